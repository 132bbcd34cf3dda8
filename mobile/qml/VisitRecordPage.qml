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

    Connections {
        target: Visits
        function onVisitRecorded(visitId) { draft.discard(); page.saved = true; page.outcome = ""; note.text = ""; photo.path = "" }
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
                text: qsTr("Visit saved on this phone. It will sync by itself.")
                font.pixelSize: Theme.fontBody
                color: Theme.ok
            }
        }

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
                        if (Theme.elder) Visits.recordVisit(modelData.name, "", "")
                        else page.outcome = modelData.name
                    }
                }
            }
        }
        TextArea {
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
            onClicked: Visits.recordVisit(page.outcome, note.text, photo.path)
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
