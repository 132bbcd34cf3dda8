// VisitPage — 走访: find a household fast — micro-grid chips, search by name, address or pinyin
// initials — then open it to record the visit.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

ColumnLayout {
    spacing: 0
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: searchColumn.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        ColumnLayout {
            id: searchColumn
            anchors.fill: parent
            anchors.margins: Theme.gap
            spacing: Theme.gap / 2
            InputField {
                id: searchField
                objectName: "visitSearch"
                Layout.fillWidth: true
                placeholderText: Theme.elder ? qsTr("Name, address or initials") : qsTr("Name, address or initials (zs = 张三)")
                font.pixelSize: Theme.fontBody
                text: Visits.query
                onTextEdited: Visits.search(text)
                inputMethodHints: Qt.ImhNoPredictiveText
            }
            Flickable {
                Layout.fillWidth: true
                implicitHeight: chips.implicitHeight
                contentWidth: chips.implicitWidth
                clip: true
                visible: !Theme.elder || Visits.query.length === 0
                Row {
                    id: chips
                    spacing: 8
                    Repeater {
                        model: Visits.microGrids
                        delegate: ChoiceChip {
                            required property string unitId
                            required property string name
                            required property var householdCount
                            selected: Visits.microGridId === unitId && Visits.query.length === 0
                            text: name + " " + householdCount
                            onClicked: { searchField.text = ""; Visits.selectMicroGrid(unitId) }
                        }
                    }
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        Layout.margins: Theme.gap
        visible: !Theme.elder && Visits.due.count > 0 && Visits.query.length === 0
        text: qsTr("%1 follow-up visits due — see Today").arg(Visits.due.count)
        font.pixelSize: Theme.fontSmall
        color: Visits.overdueCount > 0 ? Theme.danger : Theme.muted
    }
    // Elder mode has no 今日 screen: the follow-ups due are listed here, first, one tap each.
    ColumnLayout {
        objectName: "elderDueList"
        visible: Theme.elder && Visits.due.count > 0 && Visits.query.length === 0
        Layout.fillWidth: true
        Layout.margins: Theme.gap
        spacing: 4
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            lineHeight: Theme.lineHeight
            text: (Visits.overdueCount > 0 ? "⚠ " : "") + qsTr("%1 follow-up visits due").arg(Visits.due.count)
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Visits.overdueCount > 0 ? Theme.danger : Theme.primary
        }
        Repeater {
            model: Visits.due
            delegate: DueVisitDelegate {
                visible: index < 3
                Layout.fillWidth: true
                onClicked: { Visits.openHousehold(householdId, scheduleId); App.go("visitRecord") }
            }
        }
    }
    ListView {
        id: list
        objectName: "householdList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        model: Visits.households
        ScrollIndicator.vertical: ScrollIndicator {}
        delegate: HouseholdDelegate {
            onClicked: { Visits.openHousehold(householdId); App.go("visitRecord") }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: Visits.query.length > 0 ? qsTr("No household matches “%1”").arg(Visits.query) : qsTr("No households in this micro-grid")
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }
    }
}
