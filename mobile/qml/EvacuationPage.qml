// EvacuationPage — 人员转移: the risk list of the worker's grids (危旧房, 低洼易涝 … flagged before
// the season), each household with what is recorded; tap one to record or correct it. Families
// moved without being on the list are shown after it. Works offline.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: qsTr("%1 of %2 households done · %3 people evacuated").arg(Emergency.householdsDone).arg(Emergency.householdsListed).arg(Emergency.peopleEvacuated)
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
        }
        Label {
            visible: Emergency.households.count === 0
            Layout.fillWidth: true
            text: qsTr("No household of your grid is on the risk list. Ask the township to add the ones at risk.")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
        }
        Repeater {
            model: Emergency.households
            delegate: Rectangle {
                id: row
                required property string householdId
                required property string address
                required property string headName
                required property bool listed
                required property bool done
                required property string summary
                objectName: "evacuation_" + index
                required property int index
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.rowHeight, rowColumn.implicitHeight + 16)
                radius: Theme.radius
                color: Theme.surface
                border.color: row.done ? Theme.ok : Theme.warn
                border.width: row.done ? 1 : 2
                Accessible.role: Accessible.Button
                Accessible.name: row.address + " " + row.summary
                RowLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: Theme.gap
                    Label {
                        text: row.done ? "✓" : "●"
                        font.pixelSize: Theme.fontTitle
                        color: row.done ? Theme.ok : Theme.warn
                    }
                    ColumnLayout {
                        id: rowColumn
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: row.address + (row.headName.length > 0 ? " · " + row.headName : "")
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: row.summary + (row.listed ? "" : " · " + qsTr("not on the list"))
                            font.pixelSize: Theme.fontSmall
                            color: row.done ? Theme.ok : "#B45309"
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                    }
                }
                TapHandler {
                    onTapped: {
                        Emergency.openHousehold(row.householdId)
                        App.go("evacuationRecord")
                    }
                }
            }
        }
    }
}
