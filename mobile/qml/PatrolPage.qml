// PatrolPage — 巡查: start, pause, resume, stop; the track recorded from the position source;
// checkpoints passed; report a problem from the patrol in one tap.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}
    property int tick: 0
    Timer { interval: 1000; running: Patrols.state === "active"; repeat: true; onTriggered: page.tick++ }
    function elapsedText() {
        page.tick;
        if (Patrols.startedAtMs <= 0) return "0:00";
        const s = Math.max(0, Math.floor((Date.now() - Patrols.startedAtMs) / 1000));
        const h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60;
        return h + ":" + (m < 10 ? "0" : "") + m;
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Rectangle {
            visible: Patrols.resumedAfterInterruption && Patrols.state !== "none"
            Layout.fillWidth: true
            implicitHeight: resumedLabel.implicitHeight + 16
            radius: Theme.radius
            color: "#FFF8E1"
            Label {
                id: resumedLabel
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.Wrap
                text: qsTr("Your patrol was interrupted and has been restored with its track (%1 points).").arg(Patrols.pointCount)
                font.pixelSize: Theme.fontSmall
            }
        }

        TrackSketch {
            visible: !Theme.elder || Patrols.state !== "none"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.elder ? 200 : 240
            points: Patrols.track
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Repeater {
                model: [
                    { value: page.elapsedText(), label: qsTr("time") },
                    { value: (Patrols.distanceM / 1000).toFixed(2) + " km", label: qsTr("distance") },
                    { value: Patrols.passedCount + "/" + Patrols.checkpoints.count, label: qsTr("checkpoints") }
                ]
                delegate: Item {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 100
                    implicitHeight: statColumn.implicitHeight
                    Column {
                        id: statColumn
                        anchors.horizontalCenter: parent.horizontalCenter
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: modelData.value; font.pixelSize: Theme.fontTitle; font.bold: true }
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: modelData.label; font.pixelSize: Theme.fontSmall; color: Theme.muted }
                    }
                }
            }
        }
        Label {
            visible: !Patrols.positionAvailable
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("No location on this phone: the patrol is recorded without a track.")
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
        }

        BigButton {
            objectName: "patrolStart"
            visible: Patrols.state === "none"
            text: qsTr("Start patrol")
            tint: Theme.ok
            selected: true
            onClicked: Patrols.start()
        }
        RowLayout {
            visible: Patrols.state !== "none"
            Layout.fillWidth: true
            spacing: Theme.gap
            BigButton {
                objectName: "patrolPause"
                text: Patrols.state === "paused" ? qsTr("Resume") : qsTr("Pause")
                tint: Theme.primary
                onClicked: Patrols.state === "paused" ? Patrols.resume() : Patrols.pause()
            }
            BigButton {
                objectName: "patrolStop"
                text: qsTr("Finish")
                tint: Theme.danger
                onClicked: stopDialog.open()
            }
        }
        BigButton {
            visible: Patrols.state !== "none"
            text: qsTr("Report a problem here")
            subtitle: Theme.elder ? "" : qsTr("location and patrol attached")
            tint: Theme.accent
            selected: true
            onClicked: Patrols.reportProblem()
        }

        InfoCard {
            title: qsTr("Checkpoints")
            trailing: qsTr("%1 passed").arg(Patrols.passedCount)
            Repeater {
                model: Patrols.checkpoints
                delegate: RowLayout {
                    required property string checkpointId
                    required property string name
                    required property string kind
                    required property bool passed
                    required property string passedAt
                    Layout.fillWidth: true
                    Label {
                        text: passed ? "✔" : "○"
                        color: passed ? Theme.ok : Theme.muted
                        font.pixelSize: Theme.fontBody
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label { Layout.fillWidth: true; text: name; font.pixelSize: Theme.fontBody; elide: Text.ElideRight }
                        Label { Layout.fillWidth: true; text: kind + (passed ? " · " + passedAt : ""); font.pixelSize: Theme.fontSmall; color: Theme.muted }
                    }
                    ActionButton {
                        visible: !passed && Patrols.state !== "none"
                        text: qsTr("Passed")
                        font.pixelSize: Theme.fontSmall
                        onClicked: Patrols.passCheckpoint(checkpointId)
                    }
                }
            }
        }
        Label {
            visible: Patrols.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: Patrols.lastError
            color: Theme.danger
        }
    }

    Dialog {
        id: stopDialog
        title: qsTr("Finish the patrol?")
        anchors.centerIn: parent
        width: page.width - 40
        modal: true
        standardButtons: Dialog.Ok | Dialog.Cancel
        contentItem: TextArea {
            id: findings
            placeholderText: qsTr("Findings (optional)")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
        }
        onAccepted: { Patrols.stop(findings.text); findings.text = "" }
    }
}
