// SettingsPage — 我的: who is signed in, the elder-mode switch (persisted), and the other
// screens (ledger, tasks, diary, sync).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap
        InfoCard {
            title: App.workerName
            trailing: App.gridName
            Label {
                Layout.fillWidth: true
                text: Sync.enrolledWithServer ? qsTr("Connected to %1").arg(Sync.serverUrl) : qsTr("Working on this phone only")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                elide: Text.ElideMiddle
            }
        }
        InfoCard {
            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { text: qsTr("Elder mode"); font.pixelSize: Theme.fontTitle; font.bold: true }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                        text: qsTr("Bigger text and buttons; the home screen shows only Visit, Patrol and Report.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                }
                ToggleSwitch {
                    objectName: "elderSwitch"
                    checked: App.elderMode
                    onToggled: App.elderMode = checked
                }
            }
        }
        Repeater {
            model: [
                { page: "ledger", label: qsTr("Ledger") },
                { page: "tasks", label: qsTr("Tasks") },
                { page: "diary", label: qsTr("Diary") },
                { page: "sync", label: qsTr("Sync") }
            ]
            delegate: ActionButton {
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: Theme.buttonHeight
                text: modelData.label
                font.pixelSize: Theme.fontBody
                onClicked: App.go(modelData.page)
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Data file: %1").arg(App.dbPath)
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            elide: Text.ElideMiddle
        }
    }
}
