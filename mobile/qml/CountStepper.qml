// CountStepper — a number of people entered with big − and + buttons (0..999), no keyboard: for
// 人员转移 at the door, in the rain, by older cadres. `value` is what the buttons changed.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

RowLayout {
    id: stepper
    property string label
    property int value: 0
    spacing: Theme.gap
    Label {
        Layout.fillWidth: true
        text: stepper.label
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        lineHeight: Theme.lineHeight
    }
    ActionButton {
        objectName: "minus"
        text: "−"
        Accessible.name: qsTr("One fewer: %1").arg(stepper.label)
        implicitWidth: Theme.buttonHeight
        implicitHeight: Theme.buttonHeight
        font.pixelSize: Theme.fontTitle
        enabled: stepper.value > 0
        onClicked: stepper.value = Math.max(0, stepper.value - 1)
    }
    Label {
        objectName: "count"
        Layout.minimumWidth: Theme.buttonHeight
        horizontalAlignment: Text.AlignHCenter
        text: stepper.value
        font.pixelSize: Theme.fontHuge
        font.bold: true
        color: Theme.primary
    }
    ActionButton {
        objectName: "plus"
        text: "+"
        Accessible.name: qsTr("One more: %1").arg(stepper.label)
        implicitWidth: Theme.buttonHeight
        implicitHeight: Theme.buttonHeight
        font.pixelSize: Theme.fontTitle
        enabled: stepper.value < 999
        onClicked: stepper.value = Math.min(999, stepper.value + 1)
    }
}
