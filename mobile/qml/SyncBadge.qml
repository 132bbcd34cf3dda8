// SyncBadge — offline / N waiting / syncing with a progress bar / last synced at / conflicts.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

AbstractButton {
    id: badge
    implicitWidth: row.implicitWidth + 16
    implicitHeight: Theme.tapMin
    Accessible.name: qsTr("Sync: %1").arg(badge.label)
    readonly property string label: {
        switch (Sync.state) {
        case "syncing": return qsTr("Syncing");
        case "offline": return Sync.pending > 0 ? qsTr("Offline · %1 waiting").arg(Sync.pending) : qsTr("Offline");
        case "error": return qsTr("Sync failed");
        case "waiting": return qsTr("%1 waiting").arg(Sync.pending);
        case "synced": return Sync.lastSyncText.length > 0 ? qsTr("Synced %1").arg(Sync.lastSyncText) : qsTr("Synced");
        default: return Sync.pending > 0 ? qsTr("%1 waiting").arg(Sync.pending) : qsTr("On this phone");
        }
    }
    background: Rectangle {
        radius: height / 2
        // A darker pill on the blue bar: white text on it stays above 4.5:1.
        color: Sync.state === "error" || Sync.conflictCount > 0 ? "#FFE0B2" : Qt.rgba(0, 0, 0, 0.22)
    }
    contentItem: Item {
        RowLayout {
            id: row
            anchors.centerIn: parent
            spacing: 6
            Rectangle {
                width: 8; height: 8; radius: 4
                color: Sync.state === "synced" ? "#A5D6A7" : Sync.state === "offline" || Sync.state === "local" ? "#BDBDBD"
                     : Sync.state === "error" ? "#EF5350" : "#FFD54F"
            }
            Label {
                text: badge.label + (Sync.conflictCount > 0 ? qsTr(" · %1 to check").arg(Sync.conflictCount) : "")
                font.pixelSize: Theme.fontSmall
                color: Sync.state === "error" || Sync.conflictCount > 0 ? "#BF360C" : "white"
            }
        }
        ProgressBar {
            visible: Sync.syncing
            anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
            anchors.margins: 2
            height: 3
            value: Sync.progress
        }
    }
}
