// TopBar — the screen title, a back button when there is somewhere to go back to, and the
// sync badge. In elder mode the badge gets a row of its own below the title, so a long sync
// state never cuts the title short (问题… / 记录…).
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
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.elder ? 72 : 56
            Layout.leftMargin: bar.canGoBack ? 0 : Theme.pad
            Layout.rightMargin: 8
            spacing: 4
            ToolButton {
                objectName: "backButton"
                visible: bar.canGoBack
                implicitWidth: Math.max(Theme.elder ? 110 : 48, implicitContentWidth + 16)
                implicitHeight: Theme.elder ? 72 : 56
                text: Theme.elder ? qsTr("‹ Back") : "‹"
                font.pixelSize: Theme.elder ? Theme.fontBody : 28
                onClicked: bar.backClicked()
                Accessible.name: qsTr("Back")
            }
            Label {
                objectName: "pageTitle"
                Layout.fillWidth: true
                text: bar.title
                elide: Text.ElideRight
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: "white"
            }
            SyncBadge {
                visible: !Theme.elder
                Layout.alignment: Qt.AlignVCenter
                onClicked: App.go("sync")
            }
        }
        SyncBadge {
            visible: Theme.elder
            Layout.fillWidth: true
            Layout.leftMargin: Theme.pad
            Layout.rightMargin: Theme.pad
            Layout.bottomMargin: 8
            onClicked: App.go("sync")
        }
    }
}
