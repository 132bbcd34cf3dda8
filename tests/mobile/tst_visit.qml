// Record a visit through the Visit screen and check it landed in the store; search by pinyin.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    id: tc
    name: "Visit"
    when: windowShown && App.ready
    width: 390
    height: 844

    VisitRecordPage { id: page; anchors.fill: parent }

    function test_1_record_visit_from_the_screen() {
        tryVerify(() => Visits.households.count > 0, 10000, "micro-grid households load")
        const id = Visits.households.get(0, "householdId")
        const before = Probe.visitCount(id, "")
        Visits.openHousehold(id)
        tryVerify(() => Visits.residents.count > 0, 5000, "residents of the household load")
        verify(Visits.residents.get(0, "idMasked").indexOf("********") > 0, "ID numbers are masked")
        const outcome = findChild(page, "outcome_difficulty")
        verify(outcome)
        outcome.clicked()
        const save = findChild(page, "saveVisit")
        verify(save.enabled)
        save.clicked()
        Probe.waitIdle()
        compare(Probe.visitCount(id, "difficulty"), 1)
        compare(Probe.visitCount(id, ""), before + 1)
        compare(Visits.lastError, "")
    }

    function test_2_search_by_pinyin_initials() {
        Visits.search("lhm")  // nobody: the worker is 李红梅, not a resident
        Visits.search("zjg")  // 张建国, head of the first household of the demo
        Probe.waitIdle()
        tryVerify(() => Visits.households.count > 0, 5000)
        verify(Visits.households.get(0, "headName").indexOf("张") === 0 || Visits.households.get(0, "matchedName").indexOf("张") === 0)
        Visits.search("")
    }

    function test_3_bad_outcome_is_refused() {
        Visits.recordVisit("nonsense", "", "")
        compare(Visits.lastError, "请选择走访情况")  // zh_CN is the default UI language
        Visits.clearError()
    }
}
