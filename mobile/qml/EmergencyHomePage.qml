// EmergencyHomePage — the home screen while an emergency lasts (平战转换, core/docs/emergency.md),
// in both modes: a red banner (kind, since when, the township's note), the live figures of the
// worker's grids, the wartime duties as big tiles (人员转移, 灾情上报, 风险点巡查) and the 值班
// roster the township set. It all works offline; the figures count what this phone holds.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        Rectangle {
            objectName: "emergencyBanner"
            Layout.fillWidth: true
            implicitHeight: banner.implicitHeight + 2 * Theme.gap
            radius: Theme.radius
            color: Theme.danger
            ColumnLayout {
                id: banner
                anchors.fill: parent
                anchors.margins: Theme.gap
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 emergency in force").arg(Emergency.kindLabel)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: "white"
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Since %1 · %2").arg(Emergency.startedText).arg(App.gridName)
                    font.pixelSize: Theme.fontSmall
                    color: "white"
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                }
                Label {
                    visible: Emergency.note.length > 0
                    Layout.fillWidth: true
                    text: Emergency.note
                    font.pixelSize: Theme.fontBody
                    color: "white"
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                }
            }
        }

        // Normal mode: the figures above the duties; elder mode: the duties first (no scrolling to
        // reach them), the figures below.
        Loader { Layout.fillWidth: true; active: !Theme.elder; visible: active; sourceComponent: figures }
        Repeater {
            model: [
                { page: "evacuation", label: qsTr("Evacuation"), glyph: "⇶", tint: "#B71C1C",
                  hint: Emergency.householdsListed > 0 ? qsTr("%1 of %2 households on the list done").arg(Emergency.householdsDone).arg(Emergency.householdsListed)
                                                       : qsTr("Record the families you move") },
                { page: "disasterReport", label: qsTr("Disaster report"), glyph: "⚠", tint: "#E65100",
                  hint: qsTr("Collapse, flooding, landslide, people trapped") },
                { page: "patrol", label: qsTr("Risk point patrol"), glyph: "⚑", tint: "#2E7D32",
                  hint: qsTr("Check the flood-risk points now") }
            ]
            delegate: ActionButton {
                required property var modelData
                objectName: "duty_" + modelData.page
                property bool mainFunction: true
                Layout.fillWidth: true
                implicitHeight: tile.implicitHeight + 24
                text: modelData.label
                background: Rectangle { radius: 14; color: parent.down ? Qt.darker(modelData.tint, 1.2) : modelData.tint }
                onClicked: App.go(modelData.page)
                contentItem: RowLayout {
                    id: tile
                    spacing: 16
                    Label {
                        text: modelData.glyph
                        font.pixelSize: Theme.elder ? 52 : 36
                        color: "white"
                        Layout.leftMargin: 8
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.label
                            font.pixelSize: Theme.elder ? 36 : 22
                            font.bold: true
                            color: "white"
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: modelData.hint
                            font.pixelSize: Theme.elder ? 30 : Theme.fontSmall
                            color: "white"
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                    }
                }
            }
        }

        Loader { Layout.fillWidth: true; active: Theme.elder; visible: active; sourceComponent: figures }

        InfoCard {
            objectName: "dutyRoster"
            title: qsTr("Duty roster")
            Label {
                visible: Emergency.duty.length === 0
                Layout.fillWidth: true
                text: qsTr("The township has not set a roster; call the township's duty phone.")
                font.pixelSize: Theme.fontBody
                color: Theme.muted
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
            }
            Repeater {
                model: Emergency.duty
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    lineHeight: Theme.lineHeight
                }
            }
        }

        ActionButton {
            visible: Theme.elder
            Layout.fillWidth: true
            flat: true
            text: qsTr("Settings")
            onClicked: App.go("settings")
        }
    }

    Component {
        id: figures
        GridLayout {
            columns: Theme.elder ? 2 : 4
            rowSpacing: Theme.gap
            columnSpacing: Theme.gap
            Repeater {
                model: [
                    { value: Emergency.peopleEvacuated, label: qsTr("people evacuated"), alert: false },
                    { value: Emergency.householdsDone + " / " + Emergency.householdsListed, label: qsTr("households done"), alert: Emergency.householdsDone < Emergency.householdsListed },
                    { value: Emergency.peopleStayed, label: qsTr("people stayed"), alert: Emergency.peopleStayed > 0 },
                    { value: Emergency.disasterReportsOpen, label: qsTr("disaster reports open"), alert: Emergency.disasterReportsOpen > 0 }
                ]
                delegate: Rectangle {
                    required property var modelData
                    Layout.fillWidth: true
                    implicitHeight: figure.implicitHeight + 16
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: modelData.alert ? Theme.danger : Theme.line
                    Column {
                        id: figure
                        anchors.centerIn: parent
                        width: parent.width - 8
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: modelData.value
                            font.pixelSize: Theme.fontHuge
                            font.bold: true
                            color: modelData.alert ? Theme.danger : Theme.primary
                        }
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            text: modelData.label
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            wrapMode: Text.Wrap
                            lineHeight: Theme.lineHeight
                        }
                    }
                }
            }
        }
    }
}
