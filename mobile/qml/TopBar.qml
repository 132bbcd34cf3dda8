// TopBar — the screen title, a back button when there is somewhere to go back to, and the
// sync badge.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

ToolBar {
    id: bar
    property string title
    property bool canGoBack: false
    signal backClicked()
    Material.foreground: "white"
    background: Rectangle { color: Theme.primary }
    implicitHeight: Theme.elder ? 72 : 56

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.canGoBack ? 0 : Theme.pad
        anchors.rightMargin: 8
        spacing: 4
        ToolButton {
            visible: bar.canGoBack
            text: Theme.elder ? qsTr("‹ Back") : "‹"
            font.pixelSize: Theme.elder ? Theme.fontBody : 28
            onClicked: bar.backClicked()
            Accessible.name: qsTr("Back")
        }
        Label {
            Layout.fillWidth: true
            text: bar.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: "white"
        }
        SyncBadge {
            Layout.alignment: Qt.AlignVCenter
            onClicked: App.go("sync")
        }
    }
}
