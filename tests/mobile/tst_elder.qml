// Switch to elder mode in Settings: bigger text, the three-action home, persisted in the store.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    name: "Elder"
    when: windowShown && App.ready
    width: 390
    height: 844

    SettingsPage { id: page; anchors.fill: parent }

    function test_switch_elder_mode() {
        compare(App.elderMode, false)
        const normal = Theme.fontBody
        const sw = findChild(page, "elderSwitch")
        verify(sw)
        sw.toggle(); sw.toggled()
        compare(App.elderMode, true)
        verify(Theme.fontBody >= normal * 1.4, "much larger text")
        verify(Theme.buttonHeight >= 72)
        Probe.waitIdle()
        compare(Probe.meta("app.elder_mode"), "1")
        sw.toggle(); sw.toggled()
        compare(App.elderMode, false)
        Probe.waitIdle()
        compare(Probe.meta("app.elder_mode"), "0")
    }
}
