// File a report through the Report screen (category tile, text, "handled on the spot") and check
// the store; its timeline starts with the filing event.
import QtQuick
import QtTest
import Gridwork
import GridworkTest

TestCase {
    name: "Report"
    when: windowShown && App.ready
    width: 390
    height: 844

    ReportPage { id: page; anchors.fill: parent }
    SignalSpy { id: filed; target: Reports; signalName: "reportFiled" }

    function test_file_report() {
        tryVerify(() => App.enrolled, 5000)
        const text = "测试：学堂弄井盖松动"
        compare(Probe.reportCount(text), 0)
        verify(findChild(page, "category_public_facility"))
        page.category = "public_facility"
        findChild(page, "reportText").text = text
        findChild(page, "handledOnSite").checked = true
        findChild(page, "fileReport").clicked()
        filed.wait(5000)
        Probe.waitIdle()
        compare(Probe.reportCount(text), 1)
        verify(Probe.meta("app.drafts").indexOf(text) < 0, "the draft is gone once the report is filed")
        verify(Probe.reportHandledOnSite(text))
        Reports.select(filed.signalArguments[0][0])
        tryVerify(() => Reports.timeline.count >= 1, 5000)
        compare(Reports.timeline.get(0, "kind"), "report")
    }

    function test_draft_is_kept_while_typing() {
        const field = findChild(page, "reportText")
        field.text = "草稿：村口路灯不亮"
        page.category = "public_facility"
        wait(800)  // the draft is written 0.4 s after typing stops
        Probe.waitIdle()
        verify(Probe.meta("app.drafts").indexOf("草稿：村口路灯不亮") >= 0, Probe.meta("app.drafts"))
        field.text = ""
        page.category = ""
        wait(800)
        Probe.waitIdle()
        verify(Probe.meta("app.drafts").indexOf("草稿") < 0, "an emptied form keeps no draft")
    }

    function test_elder_report_never_claims_a_location_it_has_not() {
        App.elderMode = true
        page.category = "safety_hazard"
        const note = findChild(page, "elderLocationNote")
        verify(note)
        verify(!App.hasFix, "no position source in the test")
        verify(note.text.indexOf("自动") < 0, note.text)
        verify(note.text.indexOf("暂无定位") >= 0, note.text)
        page.category = ""
        App.elderMode = false
    }

    function test_chosen_category_is_marked_not_only_coloured() {
        page.category = "fire"
        const marks = []
        for (const name of ["category_fire", "category_flood"]) {
            const tile = findChild(page, name)
            const mark = findChild(tile, "selectedMark")
            marks.push(mark.visible)
        }
        compare(marks, [true, false])
        page.category = ""
    }

    function test_empty_text_is_refused_in_plain_words() {
        Reports.file("environment", "   ", false, "")
        Probe.waitIdle()
        tryVerify(() => Reports.lastError.length > 0, 5000)
        Reports.clearError()
    }
}
