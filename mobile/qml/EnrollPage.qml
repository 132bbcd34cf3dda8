// EnrollPage — first start: the township server's address and the one-time enrollment code
// from the township; then the app is ready. Without network sync in this build it says so.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad * 2
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap * 1.5
        Label { text: qsTr("网格通"); font.pixelSize: Theme.fontHuge; font.bold: true; color: Theme.primary }
        // Elder mode from the very first start, before anything else has to be read.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: elderRow.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: "#FFF3E0"
            border.color: Theme.accent
            RowLayout {
                id: elderRow
                anchors.fill: parent
                anchors.margins: Theme.gap
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                    text: qsTr("Bigger text and buttons (elder mode)")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                ToggleSwitch {
                    objectName: "enrollElderSwitch"
                    Accessible.name: qsTr("Elder mode")
                    checked: App.elderMode
                    onToggled: App.elderMode = checked
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("Enter the server address and the enrollment code you got from the township office.")
            font.pixelSize: Theme.fontBody
        }
        Label {
            visible: !App.hasNetworkSync
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("This build has no network sync, so it cannot connect to a server.")
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        FieldEditor { id: server; label: qsTr("Server address"); placeholder: "https://jiedao.example.cn:8443"; text: Sync.serverUrl; inputHints: Qt.ImhUrlCharactersOnly }
        FieldEditor { id: code; label: qsTr("Enrollment code"); placeholder: "ABCD-1234"; inputHints: Qt.ImhPreferUppercase }
        Label {
            visible: Sync.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: Sync.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        ActionButton {
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            highlighted: true
            enabled: App.hasNetworkSync && !Sync.enrolling
            text: Sync.enrolling ? qsTr("Connecting…") : qsTr("Connect")
            font.pixelSize: Theme.fontBody
            onClicked: Sync.enroll(server.text, code.text)
        }
        ActionButton {
            visible: !App.enrolled
            Layout.fillWidth: true
            flat: true
            text: qsTr("Try it with demo data on this phone")
            onClicked: App.useDemoData()
        }
        BusyIndicator { Layout.alignment: Qt.AlignHCenter; running: Sync.enrolling; visible: running }
        Label {
            visible: App.enrolled
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: qsTr("Signed in as %1 (%2).").arg(App.workerName).arg(App.gridName)
            color: Theme.ok
            font.pixelSize: Theme.fontBody
        }
    }
}
