// ReportPage — 上报: category grid with icons, text, photo, location (automatic), the "handled on
// the spot" switch; below, the worker's reports and their status. In elder mode the form is the
// category grid and one-tap phrases (the text is the only required field).
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
    property string category: ""
    property string done: ""
    readonly property var phrases: ({
        "safety_hazard": [qsTr("Things piled in the stairwell"), qsTr("Old or loose electric wires"), qsTr("Smell of gas")],
        "dispute": [qsTr("Neighbours quarrelling"), qsTr("Dispute over money or property")],
        "people_in_difficulty": [qsTr("Elderly person needs help"), qsTr("Family in hardship")],
        "environment": [qsTr("Rubbish not cleared"), qsTr("Sewage or bad smell")],
        "public_facility": [qsTr("Street light broken"), qsTr("Road or manhole damaged")],
        "fire": [qsTr("Fire exit blocked"), qsTr("Fire extinguisher missing")],
        "flood": [qsTr("Water level rising"), qsTr("Drain blocked")],
        "other": [qsTr("Something else, please call me")]
    })

    Connections {
        target: Reports
        function onReportFiled(reportId) {
            draft.discard();
            page.done = reportId; page.category = ""; text.text = ""; photo.path = ""; elderPhoto.path = ""; onSite.checked = false
        }
    }
    // What was typed and not yet reported comes back after a restart (or the app being killed).
    DraftKeeper {
        id: draft
        key: "report"
        value: ({ category: page.category, text: text.text, onSite: onSite.checked })
        onRestore: (d) => { page.category = d.category || ""; text.text = d.text || ""; onSite.checked = !!d.onSite }
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Label {
            visible: Reports.draftPatrolId.length > 0 || Reports.draftHouseholdId.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: Reports.draftPatrolId.length > 0 ? qsTr("From the current patrol; location attached.") : qsTr("For the household you visited.")
            font.pixelSize: Theme.fontSmall
            color: Theme.primary
        }
        Rectangle {
            visible: page.done.length > 0
            Layout.fillWidth: true
            implicitHeight: doneLabel.implicitHeight + 16
            radius: Theme.radius
            color: "#E8F5E9"
            Label {
                id: doneLabel
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Reported. The township will see it at the next sync; its progress shows below.")
                font.pixelSize: Theme.fontBody
                color: Theme.ok
            }
        }
        Label {
            objectName: "draftRestored"
            visible: draft.restored && page.done.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("What you typed last time was kept; carry on or change it.")
            font.pixelSize: Theme.fontSmall
            color: Theme.primary
        }
        Label { text: qsTr("What kind of problem?"); font.pixelSize: Theme.fontTitle; font.bold: true }
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.elder ? 2 : 4
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: Reports.categories
                delegate: Rectangle {
                    required property var modelData
                    objectName: "category_" + modelData.name
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.tapMin, catColumn.implicitHeight + 16)
                    radius: Theme.radius
                    color: page.category === modelData.name ? "#FFF3E0" : Theme.surface
                    border.color: page.category === modelData.name ? Theme.accent : Theme.line
                    border.width: page.category === modelData.name ? 2 : 1
                    ColumnLayout {
                        id: catColumn
                        anchors.centerIn: parent
                        width: parent.width - 8
                        spacing: 4
                        CategoryIcon { Layout.alignment: Qt.AlignHCenter; category: modelData.name }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label
                            horizontalAlignment: Text.AlignHCenter
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                    }
                    TapHandler { onTapped: { page.category = modelData.name; page.done = "" } }
                    Accessible.role: Accessible.Button
                    Accessible.name: (page.category === modelData.name ? qsTr("Selected: ") : "") + modelData.label
                    // Not by colour alone: the chosen kind also carries a mark and a word.
                    Label {
                        objectName: "selectedMark"
                        visible: page.category === modelData.name
                        anchors.top: parent.top
                        anchors.right: parent.right
                        anchors.margins: 4
                        text: "✔"
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.accent
                    }
                }
            }
        }
        ColumnLayout {
            visible: Theme.elder && page.category.length > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            // A photo first (optional), then one tap on what was seen files the report.
            PhotoPicker { id: elderPhoto; Layout.fillWidth: true }
            Label { text: qsTr("Tap what you saw:"); font.pixelSize: Theme.fontBody }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                objectName: "elderLocationNote"
                text: App.hasFix ? qsTr("Location is attached by itself. The township will call you if they need more.")
                                 : qsTr("No location fix: the township will call you to ask where it is.")
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            Repeater {
                model: page.category.length > 0 ? page.phrases[page.category] : []
                delegate: BigButton {
                    required property string modelData
                    text: modelData
                    tint: Theme.accent
                    onClicked: Reports.file(page.category, modelData, false, elderPhoto.path)
                }
            }
        }
        NoteArea {
            id: text
            objectName: "reportText"
            visible: !Theme.elder
            Layout.fillWidth: true
            Layout.minimumHeight: 90
            placeholderText: qsTr("Describe the problem and where it is")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
        }
        PhotoPicker { id: photo; visible: !Theme.elder; Layout.fillWidth: true }
        Label {
            visible: !Theme.elder
            text: App.hasFix ? qsTr("Location will be attached") : qsTr("No location fix: describe the place in the text")
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        ToggleSwitch {
            id: onSite
            visible: !Theme.elder
            objectName: "handledOnSite"
            text: qsTr("Handled on the spot")
            font.pixelSize: Theme.fontBody
        }
        Label {
            visible: Reports.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: Reports.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        ActionButton {
            objectName: "fileReport"
            visible: !Theme.elder
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            highlighted: true
            enabled: page.category.length > 0
            text: qsTr("Report")
            font.pixelSize: Theme.fontBody
            onClicked: Reports.file(page.category, text.text, onSite.checked, photo.path)
        }

        InfoCard {
            visible: !Theme.elder || Reports.recent.count > 0
            title: qsTr("My reports")
            trailing: Reports.recent.count
            Repeater {
                model: Reports.recent
                delegate: ReportDelegate {
                    Layout.fillWidth: true
                    visible: index < 8
                    onClicked: { Reports.select(reportId); App.go("reportDetail") }
                }
            }
        }
    }
}
