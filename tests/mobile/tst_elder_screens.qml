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
