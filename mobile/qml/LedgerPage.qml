// LedgerPage — 台账: the households of the worker's grid, searchable; open one to edit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ColumnLayout {
    spacing: 0
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: head.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        ColumnLayout {
            id: head
            anchors.fill: parent
            anchors.margins: Theme.gap
            InputField {
                Layout.fillWidth: true
                placeholderText: qsTr("Search the ledger")
                font.pixelSize: Theme.fontBody
                text: Ledger.query
                onTextEdited: Ledger.search(text)
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 households · %2 residents").arg(Ledger.householdCount).arg(Ledger.residentCount)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                }
                CheckBox {
                    implicitHeight: Theme.tapMin
                    text: qsTr("Show moved out")
                    font.pixelSize: Theme.fontSmall
                    checked: Ledger.showMovedOut
                    onToggled: Ledger.showMovedOut = checked
                }
            }
        }
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: Ledger.households
        ScrollIndicator.vertical: ScrollIndicator {}
        delegate: HouseholdDelegate {
            onClicked: { Ledger.openHousehold(householdId); App.go("household") }
        }
    }
}
