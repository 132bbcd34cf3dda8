// SyncPage — 同步: the state, what waits (by kind), what failed and why, and the conflict list
// ("your change was replaced by …").
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
            title: qsTr("Sync")
            trailing: Sync.lastSyncText.length > 0 ? qsTr("last %1").arg(Sync.lastSyncText) : qsTr("never synced")
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                font.pixelSize: Theme.fontBody
                text: !App.hasNetworkSync ? qsTr("This build has no network sync: everything stays on this phone.")
                    : !Sync.enrolledWithServer ? qsTr("Not connected to a township server yet.")
                    : Sync.state === "syncing" ? qsTr("Syncing with %1…").arg(Sync.serverUrl)
                    : Sync.state === "offline" ? qsTr("No connection. Your work is safe on this phone and will be sent later.")
                    : Sync.pending > 0 ? qsTr("%1 changes wait to be sent.").arg(Sync.pending)
                    : qsTr("Everything is sent.")
            }
            ProgressBar { visible: Sync.syncing; Layout.fillWidth: true; value: Sync.progress }
            Label {
                visible: Sync.failure.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Last attempt failed: %1").arg(Sync.failure)
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
            ActionButton {
                Layout.fillWidth: true
                visible: App.hasNetworkSync && Sync.enrolledWithServer
                enabled: !Sync.syncing
                highlighted: true
                text: qsTr("Sync now")
                onClicked: Sync.syncNow()
            }
            ActionButton {
                Layout.fillWidth: true
                visible: App.hasNetworkSync && !Sync.enrolledWithServer
                text: qsTr("Connect to the township")
                onClicked: App.go("enroll")
            }
        }

        InfoCard {
            title: qsTr("Waiting to be sent")
            trailing: Sync.pending
            Label { visible: Sync.waiting.count === 0; text: qsTr("Nothing waiting"); font.pixelSize: Theme.fontSmall; color: Theme.muted }
            Repeater {
                model: Sync.waiting
                delegate: RowLayout {
                    required property string tableLabel
                    required property int count
                    Layout.fillWidth: true
                    Label { Layout.fillWidth: true; text: tableLabel; font.pixelSize: Theme.fontBody }
                    Label { text: qsTr("%1 changes").arg(count); font.pixelSize: Theme.fontSmall; color: Theme.muted }
                }
            }
        }

        InfoCard {
            title: qsTr("Changes replaced")
            trailing: Sync.conflicts.count
            trailingColor: Sync.conflicts.count > 0 ? Theme.warn : Theme.muted
            Label {
                visible: Sync.conflicts.count === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("None of your changes were replaced.")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: Sync.conflicts
                delegate: ColumnLayout {
                    required property string tableLabel
                    required property string column
                    required property string yourValue
                    required property string theirValue
                    required property string when
                    required property string who
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                        text: qsTr("Your change to %1 (%2) “%3” was replaced by “%4”").arg(tableLabel).arg(column).arg(yourValue).arg(theirValue)
                        font.pixelSize: Theme.fontBody
                    }
                    Label { text: who.length > 0 ? who + " · " + when : when; font.pixelSize: Theme.fontSmall; color: Theme.muted }
                }
            }
        }
    }
}
