// DisasterReportPage — 灾情上报 in an emergency: one of the four disaster kinds (房屋倒塌, 积水内涝,
// 山体滑坡, 人员被困), filed urgent with the location when there is a fix. Both modes offer
// one-tap phrases; in elder mode a phrase files the report at once, in normal mode it fills the
// text to edit, with a photo. Offline it waits in the outbox like every report.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}
    Component.onCompleted: App.holdLocation(true)
    Component.onDestruction: App.holdLocation(false)
    property string category: ""
    property bool done: false
    readonly property var phrases: ({
        "collapse": [qsTr("A house has collapsed"), qsTr("A wall or old building fell down")],
        "waterlogging": [qsTr("Road flooded, cars cannot pass"), qsTr("Water has entered houses")],
        "landslide": [qsTr("Landslide has cut the road"), qsTr("Cracks in the hillside")],
        "trapped_people": [qsTr("People trapped, rescue needed"), qsTr("An elderly person is trapped at home")]
    })

    Connections {
        target: Reports
        function onReportFiled(reportId) {
            page.done = true; page.category = ""; text.text = ""; photo.path = ""
        }
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Rectangle {
            visible: page.done
            Layout.fillWidth: true
            implicitHeight: doneLabel.implicitHeight + 16
            radius: Theme.radius
            color: "#E8F5E9"
            Label {
                id: doneLabel
                anchors.fill: parent
                anchors.margins: 8
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: qsTr("Reported as urgent. It goes to the command centre at the next signal.")
                font.pixelSize: Theme.fontBody
                color: Theme.ok
            }
        }
        Label { text: qsTr("What happened?"); font.pixelSize: Theme.fontTitle; font.bold: true }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: Reports.disasterCategories
                delegate: BigButton {
                    required property var modelData
                    objectName: "disaster_" + modelData.name
                    text: modelData.label
                    tint: Theme.danger
                    selected: page.category === modelData.name
                    onClicked: { page.category = modelData.name; page.done = false }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: App.hasFix ? qsTr("Location will be attached") : qsTr("No location fix: say where it is in the text")
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        Repeater {
            model: page.category.length > 0 ? page.phrases[page.category] : []
            delegate: BigButton {
                required property string modelData
                text: modelData
                tint: Theme.accent
                onClicked: {
                    if (Theme.elder) Reports.file(page.category, modelData, false, "", "urgent")
                    else text.text = modelData
                }
            }
        }
        TextArea {
            id: text
            objectName: "disasterText"
            visible: !Theme.elder
            Layout.fillWidth: true
            Layout.minimumHeight: 90
            placeholderText: qsTr("What and where: how many people, which road or house")
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
        }
        PhotoPicker { id: photo; visible: !Theme.elder; Layout.fillWidth: true }
        Label {
            visible: Reports.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: Reports.lastError
            color: Theme.danger
            font.pixelSize: Theme.fontBody
        }
        ActionButton {
            objectName: "fileDisaster"
            visible: !Theme.elder
            Layout.fillWidth: true
            implicitHeight: Theme.buttonHeight
            highlighted: true
            enabled: page.category.length > 0
            text: qsTr("Report as urgent")
            onClicked: Reports.file(page.category, text.text, false, photo.path, "urgent")
        }
    }
}
