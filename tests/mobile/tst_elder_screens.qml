// Elder mode, where a newcomer got stuck: the overdue follow-ups are on the Visit screen itself
// (elder mode has no 今日 screen), and a task's text stays visible while its result is chosen.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    name: "ElderScreens"
    visible: true  // TestCase is invisible by default; these tests check what is shown
    when: windowShown && App.ready
    width: 390
    height: 844

    VisitPage { id: visitPage; anchors.fill: parent }
    TasksPage { id: tasksPage; anchors.fill: parent; visible: false }
    VisitRecordPage { id: recordPage; anchors.fill: parent; visible: false }
    EnrollPage { id: enrollPage; anchors.fill: parent; visible: false }

    function init() { App.elderMode = true }
    function cleanup() { App.elderMode = false }

    function test_due_follow_ups_are_one_tap_away_on_the_visit_screen() {
        tryVerify(() => Visits.due.count > 0, 10000, "the demo has follow-ups due")
        const list = findChild(visitPage, "elderDueList")
        verify(list && list.visible, "the due list is shown in elder mode")
        const first = findChild(visitPage, "dueVisit_0")
        verify(first && first.visible)
        App.go("visit")
        first.clicked()
        compare(App.page, "visitRecord")
        compare(Visits.householdId, Visits.due.get(0, "householdId"))
        App.go("today")
    }

    function test_a_visit_with_a_hazard_files_the_report_in_one_tap() {
        recordPage.visible = true
        tryVerify(() => Visits.households.count > 0, 10000)
        const id = Visits.households.get(1, "householdId")
        Visits.openHousehold(id)
        tryVerify(() => Visits.householdAddress.length > 0, 5000)
        const text = "走访发现安全隐患：" + Visits.householdAddress
        compare(Probe.reportCount(text), 0)
        findChild(recordPage, "outcome_hazard").clicked()  // elder mode: one tap saves the visit
        Probe.waitIdle()
        compare(Probe.visitCount(id, "hazard"), 1)
        const report = findChild(recordPage, "reportHazardNow")
        tryVerify(() => report.visible, 5000, "the report is offered straight away")
        report.clicked()  // ... and one more tap files it
        Probe.waitIdle()
        tryVerify(() => Probe.reportCount(text) === 1, 5000)
        verify(!report.visible)
        recordPage.visible = false
    }

    function test_elder_mode_can_be_chosen_on_the_first_screen() {
        App.elderMode = false
        enrollPage.visible = true
        const sw = findChild(enrollPage, "enrollElderSwitch")
        verify(sw && sw.visible)
        sw.toggle(); sw.toggled()
        verify(App.elderMode)
        enrollPage.visible = false
    }

    function test_task_text_stays_while_choosing_a_result() {
        tasksPage.visible = true
        tryVerify(() => Tasks.open.count > 0, 10000)
        tryVerify(() => findChild(tasksPage, "taskBody") !== null, 5000)
        const body = findChild(tasksPage, "taskBody")
        body.parent.parent.completing = true
        verify(body.visible, "the task text is still there")
        body.parent.parent.completing = false
        tasksPage.visible = false
    }
}
