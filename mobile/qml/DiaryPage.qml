// DiaryPage — 民情日记: write what residents said or what you noticed; earlier entries below.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ColumnLayout {
    spacing: Theme.gap
    Connections { target: Diary; function onAdded(entryId) { draft.discard(); entry.text = "" } }
    DraftKeeper {
        id: draft
        key: "diary"
        value: ({ topic: topicGroup.current, text: entry.text })
        onRestore: (d) => { if (d.topic) topicGroup.current = d.topic; entry.text = d.text || "" }
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: form.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: Theme.gap
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: Diary.topics
                    delegate: ChoiceChip {
                        required property string modelData
                        required property int index
                        text: modelData
                        selected: topicGroup.current === modelData
                        onClicked: topicGroup.current = modelData
                    }
                }
                QtObject { id: topicGroup; property string current: Diary.topics[0] }
            }
            NoteArea {
                id: entry
                Layout.fillWidth: true
                Layout.minimumHeight: 80
                placeholderText: Theme.elder ? qsTr("What did residents say today?") : qsTr("What did residents say today? What did you notice?")
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
            }
            Label { visible: Diary.lastError.length > 0; text: Diary.lastError; color: Theme.danger }
            ActionButton {
                Layout.fillWidth: true
                highlighted: true
                text: qsTr("Save entry")
                onClicked: Diary.add(topicGroup.current, entry.text)
            }
        }
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: 6
        model: Diary.entries
        delegate: Rectangle {
            required property string entryDate
            required property string time
            required property string topic
            required property string text
            x: Theme.pad
            width: ListView.view.width - 2 * Theme.pad
            implicitHeight: c.implicitHeight + 16
            radius: Theme.radius
            color: Theme.surface
            ColumnLayout {
                id: c
                anchors.fill: parent
                anchors.margins: 8
                Label { text: topic + " · " + time; font.pixelSize: Theme.fontSmall; color: Theme.muted }
                Label { Layout.fillWidth: true; text: parent.parent.text; wrapMode: Text.Wrap; font.pixelSize: Theme.fontBody }
            }
        }
    }
}
