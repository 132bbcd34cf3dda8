// NavBar — the bottom navigation: 今日 / 走访 / 巡查 / 上报 / 我的.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

Rectangle {
    implicitHeight: 60
    color: Theme.surface
    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.line }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        Repeater {
            model: [
                { page: "today", label: qsTr("Today"), glyph: "◉" },
                { page: "visit", label: qsTr("Visit"), glyph: "⌂" },
                { page: "patrol", label: qsTr("Patrol"), glyph: "⚑" },
                { page: "report", label: qsTr("Report"), glyph: "✎" },
                { page: "settings", label: qsTr("Me"), glyph: "☰" }
            ]
            delegate: ItemDelegate {
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                readonly property bool current: App.page === modelData.page
                Accessible.name: modelData.label
                contentItem: Column {
                    spacing: 2
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData.glyph
                        font.pixelSize: 20
                        color: current ? Theme.primary : Theme.muted
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: modelData.label
                        font.pixelSize: 12
                        color: current ? Theme.primary : Theme.muted
                    }
                }
                onClicked: App.go(modelData.page)
            }
        }
    }
}
