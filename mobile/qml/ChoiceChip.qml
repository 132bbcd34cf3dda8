// ChoiceChip — a rounded one-tap filter/choice (micro-grids, diary topics).
import QtQuick
import QtQuick.Controls
import Gridwork

AbstractButton {
    id: chip
    property bool selected: false
    implicitHeight: Math.max(Theme.tapMin, label.implicitHeight + 12)
    implicitWidth: Math.max(Theme.tapMin, label.implicitWidth + 24)
    Accessible.name: (selected ? qsTr("Selected: ") : "") + text
    background: Rectangle {
        radius: height / 2
        color: chip.selected ? Theme.primary : chip.down ? "#E3F2FD" : Theme.surface
        border.color: chip.selected ? Theme.primary : Theme.line
    }
    contentItem: Label {
        id: label
        text: (chip.selected ? "✔ " : "") + chip.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        font.pixelSize: Theme.fontSmall
        color: chip.selected ? "white" : Theme.primary
    }
}
