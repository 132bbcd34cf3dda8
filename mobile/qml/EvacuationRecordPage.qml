// EvacuationRecordPage — 人员转移 of one household: how many people left, to where, who stayed
// and why — numbers and one-tap choices, little typing. Saving again corrects the record (one
// record per household however many workers record it; the latest wins, emergency.md).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}
    readonly property var destinations: [qsTr("Village shelter"), qsTr("Relatives or friends"), qsTr("School"), qsTr("Township shelter")]
    readonly property var reasons: [qsTr("Cannot walk, carer with them"), qsTr("Refuses to leave"), qsTr("Guarding the house"), qsTr("House is safe")]
    property string destination: Emergency.selectedDestination
    property string reason: Emergency.selectedReason

    Connections {
        target: Emergency
        function onRecorded(householdId) { App.back() }
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Label {
            Layout.fillWidth: true
            text: Emergency.selectedAddress
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
        }
        Label {
            Layout.fillWidth: true
            visible: Emergency.selectedHead.length > 0 || Emergency.selectedDone
            text: (Emergency.selectedHead.length > 0 ? qsTr("Head: %1").arg(Emergency.selectedHead) : "") + (Emergency.selectedDone ? "  " + qsTr("(recorded; saving corrects it)") : "")
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
        }

        CountStepper {
            id: evacuated
            objectName: "evacuatedCount"
            Layout.fillWidth: true
            label: qsTr("People evacuated")
            value: Emergency.selectedEvacuated
        }
        Label { text: qsTr("Where to"); font.pixelSize: Theme.fontBody }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: page.destinations
                delegate: BigButton {
                    required property string modelData
                    text: modelData
                    selected: page.destination === modelData
                    onClicked: page.destination = modelData
                }
            }
        }
        TextField {
            id: otherPlace
            objectName: "destinationText"
            Layout.fillWidth: true
            placeholderText: qsTr("Or type the place")
            font.pixelSize: Theme.fontBody
            text: page.destinations.indexOf(page.destination) < 0 ? page.destination : ""
            onTextEdited: page.destination = text
        }

        CountStepper {
            id: stayed
            objectName: "stayedCount"
            Layout.fillWidth: true
            label: qsTr("People who stayed")
            value: Emergency.selectedStayed
        }
        ColumnLayout {
            visible: stayed.value > 0
            Layout.fillWidth: true
            spacing: Theme.gap
            Label { text: qsTr("Why they stayed"); font.pixelSize: Theme.fontBody }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                rowSpacing: Theme.gap
                columnSpacing: Theme.gap
                Repeater {
                    model: page.reasons
                    delegate: BigButton {
                        required property string modelData
                        text: modelData
                        tint: Theme.warn
                        selected: page.reason === modelData
                        onClicked: page.reason = modelData
                    }
                }
            }
            TextField {
                objectName: "reasonText"
                Layout.fillWidth: true
                placeholderText: qsTr("Or type the reason")
                font.pixelSize: Theme.fontBody
                text: page.reasons.indexOf(page.reason) < 0 ? page.reason : ""
                onTextEdited: page.reason = text
            }
        }

        Label {
            visible: Emergency.lastError.length > 0
            Layout.fillWidth: true
            text: Emergency.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
        }
        ActionButton {
            objectName: "saveEvacuation"
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            highlighted: true
            text: qsTr("Save")
            onClicked: Emergency.record(Emergency.selectedId, evacuated.value, page.destination, stayed.value, stayed.value > 0 ? page.reason : "")
        }
    }
}
