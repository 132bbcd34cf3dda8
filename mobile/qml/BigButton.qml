// BigButton — a large one-tap choice (visit outcomes, elder-mode actions, categories).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

Button {
    id: button
    property color tint: Theme.primary
    property string subtitle
    property bool selected: false
    Layout.fillWidth: true
    Accessible.name: subtitle.length > 0 ? text + "，" + subtitle : text
    // Held down in elder mode, the button says what it does.
    onPressAndHold: if (Theme.elder) Speech.say(Accessible.name)
    implicitHeight: Math.max(Theme.buttonHeight, contentColumn.implicitHeight + 16)
    background: Rectangle {
        radius: 8
        color: button.selected ? button.tint : button.down ? Qt.lighter(button.tint, 1.9) : Theme.surface
        border.color: button.tint
        border.width: 2
    }
    contentItem: ColumnLayout {
        id: contentColumn
        spacing: 2
        Label {
            property bool mainFunction: true  // MIIT main-function text (≥ 30 dp in elder mode)
            Layout.fillWidth: true
            text: button.text
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            font.pixelSize: Theme.fontMain
            font.bold: true
            color: button.selected ? "white" : button.tint
        }
        Label {
            Layout.fillWidth: true
            visible: button.subtitle.length > 0
            text: button.subtitle
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            font.pixelSize: Theme.fontSmall
            color: button.selected ? "white" : Theme.muted
        }
    }
}
