// TasksPage — 任务: verification instructions (指令核查) with due dates; complete with a result.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ListView {
    id: list
    clip: true
    spacing: Theme.gap
    topMargin: Theme.pad
    bottomMargin: Theme.pad
    model: Tasks.open
    ScrollIndicator.vertical: ScrollIndicator {}
    Label {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("No open tasks")
        font.pixelSize: Theme.fontBody
        color: Theme.muted
    }
    delegate: TaskDelegate {
        x: Theme.pad
        width: list.width - 2 * Theme.pad
    }
}
