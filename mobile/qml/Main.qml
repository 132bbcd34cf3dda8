// Main — the phone window (390×844 design size): a top bar with the sync badge, the current
// screen chosen by App.page (navigation state lives in C++), and the bottom navigation. While an
// emergency lasts (Emergency.active) the home screen is the emergency home, in both modes.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

ApplicationWindow {
    id: window
    width: 390
    height: 844
    visible: true
    title: qsTr("Gridwork")
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    color: Theme.background

    readonly property var pages: ({
        "today": Emergency.active ? { title: qsTr("Emergency"), url: "EmergencyHomePage.qml" }
                                  : { title: qsTr("Today"), url: App.elderMode ? "ElderHomePage.qml" : "TodayPage.qml" },
        "evacuation": { title: qsTr("Evacuation"), url: "EvacuationPage.qml" },
        "evacuationRecord": { title: qsTr("Record evacuation"), url: "EvacuationRecordPage.qml" },
        "disasterReport": { title: qsTr("Disaster report"), url: "DisasterReportPage.qml" },
        "visit": { title: qsTr("Visit"), url: "VisitPage.qml" },
        "visitRecord": { title: qsTr("Record visit"), url: "VisitRecordPage.qml" },
        "patrol": { title: qsTr("Patrol"), url: "PatrolPage.qml" },
        "report": { title: qsTr("Report a problem"), url: "ReportPage.qml" },
        "reportDetail": { title: qsTr("Report progress"), url: "ReportDetailPage.qml" },
        "ledger": { title: qsTr("Ledger"), url: "LedgerPage.qml" },
        "household": { title: qsTr("Household"), url: "HouseholdEditorPage.qml" },
        "tasks": { title: qsTr("Tasks"), url: "TasksPage.qml" },
        "diary": { title: qsTr("Diary"), url: "DiaryPage.qml" },
        "sync": { title: qsTr("Sync"), url: "SyncPage.qml" },
        "settings": { title: qsTr("Me"), url: "SettingsPage.qml" },
        "enroll": { title: qsTr("Sign in"), url: "EnrollPage.qml" }
    })
    readonly property string shownPage: App.ready && !App.enrolled && App.page === "today" ? "enroll" : App.page

    header: TopBar {
        title: window.pages[window.shownPage] ? window.pages[window.shownPage].title : ""
        canGoBack: App.canGoBack
        onBackClicked: App.back()
    }

    Loader {
        id: pageLoader
        anchors.fill: parent
        source: App.ready ? window.pages[window.shownPage].url : ""
    }

    Label {
        anchors.centerIn: parent
        visible: !App.ready
        width: parent.width - 40
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
        text: App.storeError.length > 0 ? qsTr("The local data cannot be opened: %1").arg(App.storeError) : qsTr("Opening…")
    }

    footer: NavBar {
        visible: App.ready && App.enrolled && !App.elderMode
    }
}
