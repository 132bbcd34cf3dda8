// ElderHomePage — the home screen in elder mode: what is due today (a count, one tap to the list)
// and three big actions (走访 / 巡查 / 上报).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

Item {
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.pad
        spacing: Theme.gap * 1.5
        Label {
            Layout.fillWidth: true
            text: qsTr("Hello, %1").arg(App.workerName)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: App.todayLabel
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
        // 今天要办: overdue follow-ups and tasks due today, in words and a count, one tap away.
        ActionButton {
            id: dueTile
            objectName: "elderDueTile"
            readonly property int count: Visits.due.count + Tasks.dueCount
            Layout.fillWidth: true
            Layout.minimumHeight: 96
            Accessible.name: dueLabel.text + "，" + dueHint.text
            background: Rectangle {
                radius: 14
                color: dueTile.down ? "#FFE0B2" : (dueTile.count > 0 ? "#FFF3E0" : Theme.surface)
                border.color: dueTile.count > 0 ? Theme.accent : Theme.line
                border.width: 3
            }
            onClicked: App.go("due")
            contentItem: RowLayout {
                spacing: 16
                Label {
                    Layout.leftMargin: 12
                    text: dueTile.count > 0 ? "⚠" : "✔"
                    font.pixelSize: 44
                    color: dueTile.count > 0 ? Theme.accent : Theme.ok
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        id: dueLabel
                        property bool mainFunction: true
                        Layout.fillWidth: true
                        text: qsTr("Due today: %1").arg(dueTile.count)
                        font.pixelSize: Theme.fontMain
                        font.bold: true
                        color: Theme.accent
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                    }
                    Label {
                        id: dueHint
                        Layout.fillWidth: true
                        text: dueTile.count > 0
                              ? qsTr("%1 follow-up visits (%2 overdue), %3 tasks").arg(Visits.due.count).arg(Visits.overdueCount).arg(Tasks.dueCount)
                              : qsTr("Nothing due today")
                        font.pixelSize: Theme.fontBody
                        color: "#4E342E"
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                    }
                }
            }
        }
        Repeater {
            model: [
                { page: "visit", label: qsTr("Visit"), hint: Visits.due.count > 0 ? qsTr("%1 households to visit").arg(Visits.due.count) : qsTr("Visit a household"), tint: "#1565C0", glyph: "⌂" },
                { page: "patrol", label: qsTr("Patrol"), hint: Patrols.state === "active" ? qsTr("Patrolling now") : qsTr("Walk the grid"), tint: "#2E7D32", glyph: "⚑" },
                { page: "report", label: qsTr("Report"), hint: qsTr("Found a problem"), tint: Theme.accent, glyph: "✎" }
            ]
            delegate: ActionButton {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 104
                Accessible.name: modelData.label + "，" + modelData.hint
                background: Rectangle { radius: 14; color: parent.down ? Qt.darker(modelData.tint, 1.2) : modelData.tint }
                onClicked: App.go(modelData.page)
                contentItem: RowLayout {
                    spacing: 20
                    Label {
                        text: modelData.glyph
                        font.pixelSize: 56
                        color: "white"
                        Layout.leftMargin: 12
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Label { property bool mainFunction: true; text: modelData.label; font.pixelSize: 44; font.bold: true; color: "white" }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.hint
                            font.pixelSize: Theme.fontBody
                            color: "white"
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                    }
                }
            }
        }
        ActionButton {
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            flat: true
            text: qsTr("Settings")
            font.pixelSize: Theme.fontBody
            onClicked: App.go("settings")
        }
    }
}
