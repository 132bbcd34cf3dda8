// ReportDetailPage — one report and its status timeline: 上报 → 受理 → 分办 → 处置 → 反馈 → 办结,
// with the township's notes after a sync; superseded events stay visible, struck through.
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
            title: Reports.selectedCategoryLabel
            trailing: Reports.selectedStatusLabel
            trailingColor: Theme.primary
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: Reports.selectedText
                font.pixelSize: Theme.fontBody
            }
        }
        Label { text: qsTr("Progress"); font.pixelSize: Theme.fontTitle; font.bold: true }
        Repeater {
            model: Reports.timeline
            delegate: RowLayout {
                required property string kindLabel
                required property string actor
                required property string department
                required property string note
                required property string at
                required property bool superseded
                required property int index
                Layout.fillWidth: true
                spacing: Theme.gap
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    spacing: 0
                    Rectangle { Layout.alignment: Qt.AlignHCenter; width: 14; height: 14; radius: 7; color: superseded ? Theme.line : index === Reports.timeline.count - 1 ? Theme.accent : Theme.primary }
                    Rectangle { Layout.alignment: Qt.AlignHCenter; width: 2; Layout.fillHeight: true; Layout.minimumHeight: 30; color: Theme.line; visible: index < Reports.timeline.count - 1 }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: kindLabel + (department.length > 0 ? " → " + department : "")
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        font.strikeout: superseded
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: at + (actor.length > 0 ? " · " + actor : "") + (superseded ? qsTr(" · not applied") : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: note.length > 0
                        text: note
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        lineHeight: Theme.lineHeight
                    }
                }
            }
        }
    }
}
