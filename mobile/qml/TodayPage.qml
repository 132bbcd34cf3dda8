// TodayPage — 今日: visits due and overdue, open tasks, today's patrol, recent reports and their
// status, and conflicts to look at.
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

        ColumnLayout {
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: qsTr("Hello, %1").arg(App.workerName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: App.todayLabel + " · " + App.gridName
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideRight
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [
                    { value: Visits.due.count, label: qsTr("visits due"), page: "visit", alert: Visits.overdueCount > 0 },
                    { value: Tasks.open.count, label: qsTr("open tasks"), page: "tasks", alert: Tasks.overdueCount > 0 },
                    { value: Visits.visitsToday, label: qsTr("visited today"), page: "visit", alert: false },
                    { value: Reports.openCount, label: qsTr("open reports"), page: "report", alert: false }
                ]
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: 68
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: modelData.alert ? Theme.danger : Theme.line
                    Column {
                        anchors.centerIn: parent
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            // Overdue: a ⚠ and a word, not red alone.
                            text: (modelData.alert ? "⚠ " : "") + modelData.value
                            font.pixelSize: 24
                            font.bold: true
                            color: modelData.alert ? Theme.danger : Theme.primary
                        }
                        Label {
                            anchors.horizontalCenter: parent.horizontalCenter
                            text: modelData.alert ? qsTr("%1 · overdue").arg(modelData.label) : modelData.label
                            font.pixelSize: 13
                            color: Theme.muted
                        }
                    }
                    TapHandler { onTapped: App.go(modelData.page) }
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData.value + " " + modelData.label + (modelData.alert ? qsTr(", some overdue") : "")
                }
            }
        }

        InfoCard {
            visible: Sync.conflictCount > 0
            title: qsTr("Changes to look at")
            trailing: Sync.conflictCount
            trailingColor: Theme.warn
            onTitleClicked: App.go("sync")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Some of your changes were replaced by newer ones from the township. Tap to see them.")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }

        InfoCard {
            title: qsTr("Visits due")
            trailing: Visits.overdueCount > 0 ? qsTr("%1 overdue").arg(Visits.overdueCount) : qsTr("%1 due").arg(Visits.due.count)
            trailingColor: Visits.overdueCount > 0 ? Theme.danger : Theme.muted
            onTitleClicked: App.go("visit")
            Label {
                visible: Visits.due.count === 0
                text: qsTr("No follow-up visits due today")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: Visits.due
                delegate: DueVisitDelegate {
                    visible: index < 4
                    Layout.fillWidth: true
                    onClicked: { Visits.openHousehold(householdId, scheduleId); App.go("visitRecord") }
                }
            }
        }

        InfoCard {
            title: qsTr("Tasks")
            trailing: qsTr("%1 open").arg(Tasks.open.count)
            trailingColor: Tasks.overdueCount > 0 ? Theme.danger : Theme.muted
            onTitleClicked: App.go("tasks")
            Label {
                visible: Tasks.open.count === 0
                text: qsTr("No open tasks")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: Tasks.open
                delegate: RowLayout {
                    visible: index < 3
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.tapMin
                    Accessible.role: Accessible.Button
                    Accessible.name: title
                    Label {
                        Layout.fillWidth: true
                        text: title
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                    }
                    StatusChip {
                        text: overdue ? qsTr("Overdue") : qsTr("Due %1").arg(dueDate.substring(5))
                        status: overdue ? "overdue" : ""
                    }
                    TapHandler { onTapped: App.go("tasks") }
                }
            }
        }

        InfoCard {
            title: qsTr("Today's patrol")
            trailing: Patrols.state === "active" ? qsTr("Patrolling") : Patrols.state === "paused" ? qsTr("Paused")
                    : Patrols.patrolsToday > 0 ? qsTr("%1 done").arg(Patrols.patrolsToday) : qsTr("Not started")
            trailingColor: Patrols.state === "active" ? Theme.ok : Theme.muted
            onTitleClicked: App.go("patrol")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                text: Patrols.state !== "none"
                      ? qsTr("Since %1 · %2 m · %3 of %4 checkpoints").arg(Patrols.startedAtText).arg(Math.round(Patrols.distanceM))
                            .arg(Patrols.passedCount).arg(Patrols.checkpoints.count)
                      : qsTr("%1 m walked today").arg(Math.round(Patrols.todayDistanceM))
            }
        }

        InfoCard {
            title: qsTr("Recent reports")
            trailing: qsTr("All")
            onTitleClicked: App.go("report")
            Label {
                visible: Reports.recent.count === 0
                text: qsTr("Nothing reported yet")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: Reports.recent
                delegate: ReportDelegate {
                    visible: index < 3
                    Layout.fillWidth: true
                    onClicked: { Reports.select(reportId); App.go("reportDetail") }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            ActionButton { Layout.fillWidth: true; text: qsTr("Ledger"); onClicked: App.go("ledger") }
            ActionButton { Layout.fillWidth: true; text: qsTr("Diary"); onClicked: App.go("diary") }
            ActionButton { Layout.fillWidth: true; text: qsTr("Tasks"); onClicked: App.go("tasks") }
        }
    }
}
