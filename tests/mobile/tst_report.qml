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

    function draftsHold(text) {
        Probe.waitIdle()
        return Probe.meta("app.drafts").indexOf(text) >= 0
    }

    function test_draft_is_kept_while_typing() {
        const field = findChild(page, "reportText")
        field.text = "草稿：村口路灯不亮"  // typed before the drafts were read: kept all the same
        page.category = "public_facility"
        tryVerify(() => Drafts.loaded, 5000)
        // the draft is written 0.4 s after typing stops
        tryVerify(() => draftsHold("草稿：村口路灯不亮"), 5000, Probe.meta("app.drafts"))
        field.text = ""
        page.category = ""
        tryVerify(() => !draftsHold("草稿"), 5000, "an emptied form keeps no draft")
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

    function test_empty_text_is_refused_in_plain_words() {
        Reports.file("environment", "   ", false, "")
        Probe.waitIdle()
        tryVerify(() => Reports.lastError.length > 0, 5000)
        Reports.clearError()
    }
}
