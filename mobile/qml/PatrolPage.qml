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
    // "1 小时 5 分" / "12 分钟": minutes in words, never "0:01" (read as one second).
    function durationText(ms) {
        const min = Math.max(0, Math.floor(ms / 60000));
        const h = Math.floor(min / 60), m = min % 60;
        return h > 0 ? qsTr("%1 h %2 min").arg(h).arg(m) : qsTr("%1 min").arg(m);
    }
    function elapsedText() {
        page.tick;
        return Patrols.startedAtMs <= 0 ? durationText(0) : durationText(Date.now() - Patrols.startedAtMs);
    }
    // The checkpoints for the map: where they are and whether they were reached.
    readonly property var checkpointList: {
        Patrols.passedCount;
        const out = [];
        for (let i = 0; i < Patrols.checkpoints.count; ++i)
            out.push({ name: Patrols.checkpoints.get(i, "name"), lat: Patrols.checkpoints.get(i, "lat"),
                       lon: Patrols.checkpoints.get(i, "lon"), passed: Patrols.checkpoints.get(i, "passed") });
        return out;
    }
    // What the finished patrol came to, kept for the summary card after it stopped.
    property var summary: null

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
                lineHeight: Theme.lineHeight
                text: qsTr("Your patrol was interrupted and has been restored with its track (%1 points).").arg(Patrols.pointCount)
                font.pixelSize: Theme.fontSmall
            }
        }

        Rectangle {
            objectName: "patrolSummary"
            visible: page.summary !== null && Patrols.state === "none"
            Layout.fillWidth: true
            implicitHeight: summaryColumn.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: "#E8F5E9"
            border.color: Theme.ok
            ColumnLayout {
                id: summaryColumn
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: 4
                Label {
                    text: "✔ " + qsTr("Patrol finished")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.ok
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                    font.pixelSize: Theme.fontBody
                    text: page.summary === null ? "" : qsTr("Walked %1 km in %2; %3 of %4 checkpoints passed.")
                          .arg(page.summary.km).arg(page.summary.time).arg(page.summary.passed).arg(page.summary.total)
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.summary !== null && page.summary.missed.length > 0
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                    font.pixelSize: Theme.fontBody
                    text: page.summary === null ? "" : qsTr("Not reached: %1").arg(page.summary.missed)
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.summary !== null && page.summary.findings.length > 0
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                    font.pixelSize: Theme.fontBody
                    text: page.summary === null ? "" : qsTr("Findings: %1").arg(page.summary.findings)
                }
            }
        }

        PatrolMap {
            objectName: "patrolMap"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.elder ? 300 : 320
            checkpoints: page.checkpointList
            track: Patrols.track
            here: Patrols.state === "active" && Patrols.track.length > 0 ? Patrols.track[Patrols.track.length - 1] : null
            emptyText: !Patrols.positionAvailable ? qsTr("No location on this phone: the patrol is recorded without a track.")
                     : Patrols.state === "none" ? qsTr("Start the patrol: your track is drawn here.")
                     : qsTr("Waiting for a location fix… Stay outdoors with a clear view of the sky.")
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
            lineHeight: Theme.lineHeight
            text: qsTr("No location on this phone: the patrol is recorded without a track.")
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
        }

        BigButton {
            objectName: "patrolStart"
            visible: Patrols.state === "none"
            text: page.summary !== null ? qsTr("Start a new patrol") : qsTr("Start patrol")
            tint: Theme.ok
            selected: true
            onClicked: { page.summary = null; Patrols.start() }
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
            lineHeight: Theme.lineHeight
            text: Patrols.lastError
            color: Theme.danger
        }
    }

    ConfirmDialog {
        id: stopDialog
        objectName: "patrolStopDialog"
        title: qsTr("Finish the patrol?")
        confirmText: qsTr("Finish")
        width: page.width - 32
        NoteArea {
            id: findings
            Layout.fillWidth: true
            placeholderText: qsTr("Findings (optional)")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
        }
        onAccepted: {
            let missed = [];
            for (let i = 0; i < Patrols.checkpoints.count; ++i)
                if (!Patrols.checkpoints.get(i, "passed")) missed.push(Patrols.checkpoints.get(i, "name"));
            page.summary = { km: (Patrols.distanceM / 1000).toFixed(2), time: page.elapsedText(),
                             passed: Patrols.passedCount, total: Patrols.checkpoints.count,
                             missed: missed.join("、"), findings: findings.text.trim() };
            Patrols.stop(findings.text);
            findings.text = "";
        }
    }
}
