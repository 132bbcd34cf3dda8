// Run a patrol from an NMEA file: start, track recorded, checkpoints passed, pause, resume,
// stop — and the track is in the store.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    name: "Patrol"
    when: windowShown && App.ready
    width: 390
    height: 844

    PatrolPage { id: page; anchors.fill: parent }

    function test_patrol_from_nmea() {
        verify(Patrols.useNmeaFile(Probe.testData("fast-patrol.nmea")))
        tryCompare(Patrols, "state", "none", 5000)
        findChild(page, "patrolStart").clicked()
        compare(Patrols.state, "active")
        tryVerify(() => Patrols.patrolId.length > 0, 5000, "the patrol is in the store")
        tryVerify(() => Patrols.pointCount >= 12, 15000, "fixes from the NMEA file arrive")
        Patrols.pause()
        compare(Patrols.state, "paused")
        App.waitIdle()
        const id = Patrols.patrolId
        compare(Probe.patrolState(id), "paused")
        const recorded = Probe.trackPointCount(id)
        verify(recorded >= 12, "track points are durable: " + recorded)
        wait(500)  // no points while paused
        App.waitIdle()
        compare(Probe.trackPointCount(id), recorded)
        Patrols.resume()
        tryVerify(() => Patrols.passedCount >= 1, 15000, "a checkpoint on the route was passed")
        Patrols.stop("巡查正常")
        App.waitIdle()
        compare(Probe.patrolState(id), "stopped")
        verify(Probe.trackPointCount(id) >= recorded)
        tryCompare(Patrols, "state", "none", 5000)
    }
}
