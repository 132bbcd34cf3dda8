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
        App.waitIdle()
        compare(Probe.reportCount(text), 1)
        verify(Probe.reportHandledOnSite(text))
        Reports.select(filed.signalArguments[0][0])
        tryVerify(() => Reports.timeline.count >= 1, 5000)
        compare(Reports.timeline.get(0, "kind"), "report")
    }

    function test_empty_text_is_refused_in_plain_words() {
        Reports.file("environment", "   ", false, "")
        App.waitIdle()
        tryVerify(() => Reports.lastError.length > 0, 5000)
        Reports.clearError()
    }
}
