// ElderHomePage — the home screen in elder mode: three big actions (走访 / 巡查 / 上报) and the
// sync state in plain words.
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
        Repeater {
            model: [
                { page: "visit", label: qsTr("Visit"), hint: Visits.due.count > 0 ? qsTr("%1 households to visit").arg(Visits.due.count) : qsTr("Visit a household"), tint: "#1565C0", glyph: "⌂" },
                { page: "patrol", label: qsTr("Patrol"), hint: Patrols.state === "active" ? qsTr("Patrolling now") : qsTr("Walk the grid"), tint: "#2E7D32", glyph: "⚑" },
                { page: "report", label: qsTr("Report"), hint: qsTr("Found a problem"), tint: "#E65100", glyph: "✎" }
            ]
            delegate: ActionButton {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 140
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
                        Label { text: modelData.label; font.pixelSize: 44; font.bold: true; color: "white" }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.hint
                            font.pixelSize: Theme.fontBody
                            color: "white"
                            wrapMode: Text.Wrap
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
