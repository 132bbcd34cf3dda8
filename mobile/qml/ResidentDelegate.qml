// ResidentDelegate — one resident with masked ID number and phone, relation and tags.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ItemDelegate {
    id: d
    required property string residentId
    required property string name
    required property string idMasked
    required property string phoneMasked
    required property string relation
    required property string tagsLabel
    required property string statusLabel
    required property bool gone
    required property int index
    padding: 6
    Accessible.name: name
    implicitHeight: Math.max(Theme.rowHeight - 8, col.implicitHeight + 12)
    opacity: gone ? 0.55 : 1
    contentItem: ColumnLayout {
        id: col
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Label { text: d.name; font.pixelSize: Theme.fontBody; font.bold: true }
            Label { text: d.relation; font.pixelSize: Theme.fontSmall; color: Theme.muted }
            Item { Layout.fillWidth: true }
            Label { visible: d.gone; text: d.statusLabel; font.pixelSize: Theme.fontSmall; color: Theme.danger }
        }
        Label {
            Layout.fillWidth: true
            visible: d.idMasked.length > 0 || d.phoneMasked.length > 0
            text: d.idMasked + (d.phoneMasked.length > 0 && !Theme.elder ? "  ☎ " + d.phoneMasked : "")
            font.pixelSize: Theme.fontSmall
            font.family: "WenQuanYi Micro Hei Mono"
            color: Theme.muted
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            visible: d.tagsLabel.length > 0
            text: d.tagsLabel
            font.pixelSize: Theme.fontSmall
            color: Theme.warn
            elide: Text.ElideRight
        }
    }
}
