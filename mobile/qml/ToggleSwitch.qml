// ToggleSwitch — an on/off switch with a drawn track and knob (visible on every renderer, and
// larger in elder mode).
import QtQuick
import QtQuick.Controls
import Gridwork

Switch {
    id: sw
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(Theme.tapMin, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.tapMin, implicitContentWidth + leftPadding + rightPadding)
    Accessible.name: text.length > 0 ? text : qsTr("Switch")
    indicator: Rectangle {
        implicitWidth: Theme.elder ? 72 : 48
        implicitHeight: Theme.elder ? 40 : 28
        x: sw.leftPadding
        y: parent.height / 2 - height / 2
        radius: height / 2
        color: sw.checked ? Theme.accent : "#BDBDBD"
        Rectangle {
            width: parent.height - 6
            height: width
            radius: width / 2
            y: 3
            x: sw.checked ? parent.width - width - 3 : 3
            color: "white"
            border.color: "#9E9E9E"
            Behavior on x { NumberAnimation { duration: 120 } }
        }
    }
    contentItem: Label {
        text: sw.text
        font: sw.font
        verticalAlignment: Text.AlignVCenter
        leftPadding: sw.indicator.width + sw.spacing
    }
}
