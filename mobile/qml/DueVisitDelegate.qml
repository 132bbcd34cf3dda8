// DueVisitDelegate — one follow-up visit due: who, where, why, and how late.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ItemDelegate {
    id: d
    required property string householdId
    required property string scheduleId
    required property string address
    required property string person
    required property string reason
    required property int daysOverdue
    required property int index
    objectName: "dueVisit_" + index
    padding: 6
    Accessible.name: d.person + "，" + d.reason + "，" + d.address + (d.daysOverdue > 0 ? qsTr("，%1 days late").arg(d.daysOverdue) : "")
    implicitHeight: Theme.rowHeight - 8
    contentItem: RowLayout {
        spacing: Theme.gap
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: d.person + " · " + d.reason
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
            }
            Label {
                Layout.fillWidth: true
                text: d.address
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }
        StatusChip {
            text: d.daysOverdue > 0 ? qsTr("%1 days late").arg(d.daysOverdue) : qsTr("Today")
            status: d.daysOverdue > 0 ? "overdue" : ""
        }
    }
}
