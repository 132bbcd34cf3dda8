// DuePage — 今天要办 (elder mode's fourth tile): the follow-up visits due or overdue and the tasks
// due today or overdue, each one tap away; overdue ones say so in words (⚠ 逾期), not by colour.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}
    readonly property var dueTasks: {
        const out = [];
        for (let i = 0; i < Tasks.open.count; ++i)
            if (Tasks.open.get(i, "overdue") || Tasks.open.get(i, "dueDate") <= App.today)
                out.push({ id: Tasks.open.get(i, "taskId"), title: Tasks.open.get(i, "title"), overdue: Tasks.open.get(i, "overdue") });
        return out;
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        InfoCard {
            title: qsTr("Follow-up visits")
            trailing: Visits.overdueCount > 0 ? qsTr("%1 overdue").arg(Visits.overdueCount) : qsTr("%1 due").arg(Visits.due.count)
            Label {
                visible: Visits.due.count === 0
                text: qsTr("No follow-up visits due today")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Repeater {
                model: Visits.due
                delegate: DueVisitDelegate {
                    Layout.fillWidth: true
                    onClicked: { Visits.openHousehold(householdId, scheduleId); App.go("visitRecord") }
                }
            }
        }
        InfoCard {
            title: qsTr("Tasks due")
            trailing: qsTr("%1 due").arg(page.dueTasks.length)
            Label {
                visible: page.dueTasks.length === 0
                text: qsTr("No tasks due today")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
            }
            Repeater {
                model: page.dueTasks
                delegate: ActionButton {
                    required property var modelData
                    Layout.fillWidth: true
                    text: (modelData.overdue ? "⚠ " + qsTr("Overdue") + " · " : "") + modelData.title
                    onClicked: App.go("tasks")
                }
            }
        }
    }
}
