// InputField — the app's one-line text field: body-size text, a placeholder with enough contrast
// (Theme.muted), at least 44 dp high (60 in elder mode), named for screen readers.
import QtQuick
import QtQuick.Controls
import Gridwork

TextField {
    font.pixelSize: Theme.fontBody
    placeholderTextColor: Theme.muted
    implicitHeight: Math.max(Theme.elder ? 60 : 48, implicitContentHeight + topPadding + bottomPadding)
    Accessible.name: placeholderText
}
