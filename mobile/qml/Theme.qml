// Theme — sizes and colours of the app; elder mode (App.elderMode) scales text and touch
// targets up (about 1.5x text, 72 px buttons).
pragma Singleton
import QtQuick
import Gridwork

QtObject {
    readonly property bool elder: App.elderMode
    readonly property color primary: "#1565C0"
    readonly property color accent: "#BF360C"  // white on it 5.6:1 (was #E65100, 3.8)
    readonly property color danger: "#C62828"
    readonly property color ok: "#2E7D32"
    readonly property color warn: "#A84300"    // 6.1:1 on white (was #EF6C00, 3.1)
    readonly property color muted: "#616161"
    readonly property color surface: "#FFFFFF"
    readonly property color background: "#F2F4F7"
    readonly property color line: "#E0E0E0"
    readonly property int fontSmall: elder ? 20 : 13
    readonly property int fontBody: elder ? 24 : 16
    readonly property int fontTitle: elder ? 30 : 20
    readonly property int fontHuge: elder ? 40 : 28
    // Main functions (outcome, phrase, start-patrol buttons, home tiles): MIIT ≥ 30 dp in elder mode.
    readonly property int fontMain: elder ? 30 : 18
    // Tap targets: MIIT ≥ 60×60 dp in elder mode, ≥ 44×44 dp otherwise.
    readonly property int tapMin: elder ? 60 : 44
    readonly property int buttonHeight: elder ? 72 : 48
    readonly property int rowHeight: elder ? 88 : 64
    readonly property int gap: elder ? 14 : 10
    readonly property int radius: 10
    readonly property int pad: 16
    // MIIT: line spacing at least 1.3 for every text.
    readonly property real lineHeight: 1.3
}
