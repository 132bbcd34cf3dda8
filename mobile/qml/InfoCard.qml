// InfoCard — a white card with an optional title line and a count, holding a column of content.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Rectangle {
    id: card
    property string title
    property string trailing
    property color trailingColor: Theme.muted
    default property alias content: body.data
    signal titleClicked()
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.line

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap / 2
        RowLayout {
            visible: card.title.length > 0
            Layout.fillWidth: true
            // The title line is a tap target (it opens the card's screen): 44 dp, 60 in elder mode.
            Layout.minimumHeight: Theme.tapMin
            Accessible.role: Accessible.Button
            Accessible.name: card.title + (card.trailing.length > 0 ? "，" + card.trailing : "")
            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
            Label {
                text: card.trailing
                font.pixelSize: Theme.fontSmall
                color: card.trailingColor
            }
            TapHandler { onTapped: card.titleClicked() }
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.gap / 2
        }
    }
}
