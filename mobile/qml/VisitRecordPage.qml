// VisitRecordPage — one household: its residents (masked IDs), and the visit outcome with big
// one-tap choices; optional note and photo; location when the phone has a fix. In elder mode
// one tap on an outcome records the visit (no other fields).
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
    Component.onCompleted: App.holdLocation(true)
    Component.onDestruction: App.holdLocation(false)
    property string outcome: ""
    property bool saved: false
    // The outcome just saved: with 有安全隐患 the report is one tap away (household and place carried).
    property string savedOutcome: ""
    property bool hazardReported: false
    Connections {
        target: Reports
        function onReportFiled(reportId) { if (page.savedOutcome === "hazard") page.hazardReported = true }
    }

    Connections {
        target: Visits
        function onVisitRecorded(visitId) { draft.discard(); page.saved = true; page.outcome = ""; note.text = ""; photo.path = ""; elderPhoto.path = "" }
    }
    DraftKeeper {
        id: draft
        key: Visits.householdId.length > 0 ? "visit:" + Visits.householdId : ""
        value: ({ outcome: page.outcome, note: note.text })
        onRestore: (d) => { page.outcome = d.outcome || ""; note.text = d.note || "" }
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        InfoCard {
            title: Visits.householdAddress
            trailing: Visits.lastVisitText.length > 0 ? qsTr("last visit %1").arg(Visits.lastVisitText.substring(5)) : qsTr("never visited")
            Label {
                visible: Visits.scheduleId.length > 0
                text: qsTr("Follow-up visit")
                font.pixelSize: Theme.fontSmall
                color: Theme.warn
            }
            Repeater {
                model: Visits.residents
                delegate: ResidentDelegate { Layout.fillWidth: true; visible: !Theme.elder || index < 3 }
            }
        }

        Rectangle {
            visible: page.saved
            Layout.fillWidth: true
            implicitHeight: savedLabel.implicitHeight + 16
            radius: Theme.radius
            color: "#E8F5E9"
            Label {
                id: savedLabel
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Visit saved on this phone. It will sync by itself.")
                font.pixelSize: Theme.fontBody
                color: Theme.ok
            }
        }

        BigButton {
            objectName: "reportHazardNow"
            visible: page.saved && page.savedOutcome === "hazard" && !page.hazardReported
            text: qsTr("Report this safety hazard now")
            subtitle: qsTr("household and place are filled in")
            tint: Theme.accent
            selected: true
            onClicked: {
                Reports.prepareDraft("", Visits.householdId);
                Reports.file("safety_hazard", qsTr("Safety hazard found on a visit: %1").arg(Visits.householdAddress), false, "");
            }
        }
        Label {
            visible: page.hazardReported
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: "✔ " + qsTr("The hazard is reported. The township will see it at the next sync.")
            font.pixelSize: Theme.fontBody
            color: Theme.ok
        }
        // Elder mode: a photo first (optional), then one tap on the outcome saves the visit.
        PhotoPicker { id: elderPhoto; visible: Theme.elder; Layout.fillWidth: true }
        Label {
            text: Theme.elder ? qsTr("How did it go? Tap once to save.") : qsTr("How did it go?")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.elder ? 1 : 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: Visits.outcomes
                delegate: BigButton {
                    required property var modelData
                    objectName: "outcome_" + modelData.name
                    text: modelData.label
                    tint: modelData.attention ? Theme.accent : modelData.name === "normal" ? Theme.ok : Theme.primary
                    selected: page.outcome === modelData.name
                    onClicked: {
                        page.saved = false
                        page.hazardReported = false
                        if (Theme.elder) { page.savedOutcome = modelData.name; Visits.recordVisit(modelData.name, "", elderPhoto.path) }
                        else page.outcome = modelData.name
                    }
                }
            }
        }
        NoteArea {
            id: note
            visible: !Theme.elder
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional): what you saw, what they asked for")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
        }
        PhotoPicker { id: photo; visible: !Theme.elder; Layout.fillWidth: true }
        Label {
            visible: !Theme.elder
            text: App.hasFix ? qsTr("Location will be attached") : qsTr("No location fix: the visit is saved without one")
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Label {
            visible: Visits.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: Visits.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        ActionButton {
            visible: !Theme.elder
            objectName: "saveVisit"
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            enabled: page.outcome.length > 0
            highlighted: true
            text: qsTr("Save visit")
            font.pixelSize: Theme.fontBody
            onClicked: { page.savedOutcome = page.outcome; Visits.recordVisit(page.outcome, note.text, photo.path) }
        }
        ActionButton {
            visible: !Theme.elder && page.outcome !== "" && page.outcome !== "normal" && page.outcome !== "not_home"
            Layout.fillWidth: true
            flat: true
            text: qsTr("Also report this as a problem")
            onClicked: { Reports.prepareDraft("", Visits.householdId); App.go("report") }
        }
    }
}
