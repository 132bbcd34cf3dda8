// FieldEditor — a labelled text field of a ledger form.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ColumnLayout {
    id: f
    property string label
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputHints: input.inputMethodHints
    Layout.fillWidth: true
    spacing: 0
    Label { text: f.label; font.pixelSize: Theme.fontSmall; color: Theme.muted }
    InputField { id: input; Accessible.name: f.label; Layout.fillWidth: true; font.pixelSize: Theme.fontBody }
}
