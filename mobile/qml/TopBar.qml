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
    // The screen shown below the bar: 朗读 reads its title and what it says (elder mode).
    property Item screen: null
    signal backClicked()
    // The screen's own summary (a `spokenText` property) or the visible texts on it, in order.
    function spokenParts() {
        const parts = [bar.title];
        if (!screen) return parts;
        if (screen.spokenText !== undefined) { parts.push(screen.spokenText); return parts; }
        const seen = {};
        const walk = (item) => {
            if (!item || !item.visible || parts.length > 14) return;
            if (item.text !== undefined && typeof item.text === "string" && item.text.trim().length > 0
                    && item.font !== undefined && !seen[item.text]) {
                seen[item.text] = true;
                parts.push(item.text);
            }
            for (let i = 0; i < item.children.length; ++i) walk(item.children[i]);
        };
        walk(screen);
        return parts;
    }
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
            ToolButton {
                objectName: "readAloud"
                visible: Theme.elder
                implicitWidth: Math.max(96, implicitContentWidth + 16)
                implicitHeight: 72
                text: "🔊 " + qsTr("Read")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Read this screen aloud")
                onClicked: Speech.sayParts(bar.spokenParts())
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
