// Run a patrol from an NMEA file: start, track recorded, checkpoints passed, pause, resume,
// stop — and the track is in the store.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    name: "Patrol"
    visible: true  // TestCase is invisible by default; the summary check looks at what is shown
    when: windowShown && App.ready
    width: 390
    height: 844

    PatrolPage { id: page; anchors.fill: parent }

    function test_0_without_a_fix_the_map_says_why() {
        const map = findChild(page, "patrolMap")
        verify(map)
        compare(map.track.length, 0)
        verify(map.emptyText.length > 0, "a map without a track always says why")
        verify(findChild(map, "mapStatus").visible)
        compare(map.checkpoints.length, Patrols.checkpoints.count)
    }

    function test_0_elapsed_time_in_words() {
        compare(page.durationText(60 * 1000), "1 分钟")
        compare(page.durationText(65 * 60 * 1000), "1 小时 5 分")
    }

    function test_patrol_from_nmea() {
        verify(Patrols.useNmeaFile(Probe.testData("fast-patrol.nmea")))
        tryCompare(Patrols, "state", "none", 5000)
        findChild(page, "patrolStart").clicked()
        compare(Patrols.state, "active")
        tryVerify(() => Patrols.patrolId.length > 0, 5000, "the patrol is in the store")
        tryVerify(() => Patrols.pointCount >= 12, 15000, "fixes from the NMEA file arrive")
        Patrols.pause()
        compare(Patrols.state, "paused")
        Probe.waitIdle()
        const id = Patrols.patrolId
        compare(Probe.patrolState(id), "paused")
        const recorded = Probe.trackPointCount(id)
        verify(recorded >= 12, "track points are durable: " + recorded)
        wait(500)  // no points while paused
        Probe.waitIdle()
        compare(Probe.trackPointCount(id), recorded)
        Patrols.resume()
        tryVerify(() => Patrols.passedCount >= 1, 15000, "a checkpoint on the route was passed")
        // Finish through the dialog: a summary in words stays on the screen.
        const dialog = findChild(page, "patrolStopDialog")
        verify(dialog)
        dialog.open()
        dialog.accept()
        Probe.waitIdle()
        compare(Probe.patrolState(id), "stopped")
        verify(Probe.trackPointCount(id) >= recorded)
        tryCompare(Patrols, "state", "none", 5000)
        const summary = findChild(page, "patrolSummary")
        verify(summary.visible, "finishing a patrol shows its summary")
        verify(page.summary.passed >= 1)
        verify(page.summary.time.indexOf("分") > 0)
    }
}
