// HouseholdDelegate — one household in a list: address, head of household, masked phone,
// and the resident whose name matched a search.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ItemDelegate {
    id: d
    required property string householdId
    required property string address
    required property string headName
    required property string phoneMasked
    required property string kindLabel
    required property string statusLabel
    required property bool movedOut
    required property string matchedName
    required property int index
    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: d.address + (d.headName.length > 0 ? "，" + d.headName : "")
    implicitHeight: Math.max(Theme.rowHeight, row.implicitHeight + 12)
    opacity: movedOut ? 0.55 : 1
    contentItem: RowLayout {
        id: row
        spacing: Theme.gap
        Rectangle {
            width: Theme.elder ? 48 : 36; height: width; radius: width / 2
            color: "#E3F2FD"
            Label { anchors.centerIn: parent; text: d.headName.length > 0 ? d.headName.charAt(0) : "⌂"; font.pixelSize: Theme.fontBody; color: Theme.primary }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: d.address
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
            }
            Label {
                Layout.fillWidth: true
                text: d.headName + (d.matchedName.length > 0 && d.matchedName !== d.headName ? qsTr(" · matched %1").arg(d.matchedName) : "")
                      + (Theme.elder ? "" : "  " + d.phoneMasked)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
        Label {
            text: d.movedOut ? d.statusLabel : d.kindLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
    }
}
