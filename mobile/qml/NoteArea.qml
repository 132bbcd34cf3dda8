// NoteArea — the app's multi-line text field (notes, findings, descriptions): body-size text,
// line height 1.3 for what is typed, a placeholder with enough contrast, at least 60 dp high.
import QtQuick
import QtQuick.Controls
import Gridwork

TextArea {
    font.pixelSize: Theme.fontBody
    placeholderTextColor: Theme.muted
    wrapMode: TextEdit.Wrap
    implicitHeight: Math.max(Theme.elder ? 90 : 72, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: placeholderText
}
