// TaskDelegate — one instruction: title, body, due date; "done" opens a one-line result field.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Rectangle {
    id: d
    required property string taskId
    required property string title
    required property string body
    required property string dueDate
    required property bool overdue
    property bool completing: false
    implicitHeight: col.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: overdue ? Theme.danger : Theme.line
    ColumnLayout {
        id: col
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        RowLayout {
            Layout.fillWidth: true
            Label { Layout.fillWidth: true; text: d.title; font.pixelSize: Theme.fontBody; font.bold: true; wrapMode: Text.Wrap }
            StatusChip { text: d.overdue ? qsTr("Overdue") : qsTr("Due %1").arg(d.dueDate.substring(5)); status: d.overdue ? "overdue" : "" }
        }
        Label { objectName: "taskBody"; Layout.fillWidth: true; text: d.body; font.pixelSize: Theme.fontSmall; color: Theme.muted; wrapMode: Text.Wrap }
        Flow {
            visible: d.completing
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: [qsTr("Checked: as reported"), qsTr("Checked: not as reported"), qsTr("Put right on the spot")]
                delegate: ChoiceChip {
                    required property string modelData
                    text: modelData
                    onClicked: Tasks.complete(d.taskId, modelData)
                }
            }
        }
        InputField {
            id: result
            visible: d.completing
            Layout.fillWidth: true
            placeholderText: qsTr("Or write what you found")
            font.pixelSize: Theme.fontBody
        }
        Label { visible: d.completing && Tasks.lastError.length > 0; text: Tasks.lastError; color: Theme.danger; font.pixelSize: Theme.fontSmall }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            ActionButton { visible: d.completing; flat: true; text: qsTr("Cancel"); onClicked: d.completing = false }
            ActionButton {
                highlighted: true
                text: d.completing ? qsTr("Save result") : qsTr("Done")
                font.pixelSize: Theme.fontBody
                onClicked: d.completing ? Tasks.complete(d.taskId, result.text) : (d.completing = true)
            }
        }
    }
}
