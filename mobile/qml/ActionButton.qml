// ActionButton — the app's ordinary button with a drawn background (filled when highlighted,
// outlined otherwise, bare when flat), so it looks the same on every renderer, including the
// software renderer used offscreen.
import QtQuick
import QtQuick.Controls
import Gridwork

Button {
    id: b
    implicitHeight: Math.max(Theme.tapMin, implicitContentHeight + 16)
    implicitWidth: Math.max(Theme.tapMin, implicitContentWidth + leftPadding + rightPadding)
    font.pixelSize: Theme.fontBody
    background: Rectangle {
        radius: 8
        visible: !b.flat || b.down
        opacity: b.enabled ? 1 : 0.45
        color: b.highlighted ? (b.down ? Qt.darker(Theme.primary, 1.2) : Theme.primary) : (b.down ? "#E3F2FD" : Theme.surface)
        border.color: b.highlighted ? Theme.primary : Theme.line
    }
    contentItem: Label {
        text: b.text
        font: b.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: b.enabled ? 1 : 0.6
        color: b.highlighted ? "white" : Theme.primary
    }
}
