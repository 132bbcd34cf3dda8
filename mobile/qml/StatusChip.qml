// StatusChip — a small coloured label for a report/task status.
import QtQuick
import QtQuick.Controls
import Gridwork

Rectangle {
    id: chip
    property string text
    property string status: ""
    implicitWidth: label.implicitWidth + 14
    implicitHeight: label.implicitHeight + 6
    radius: 4
    color: status === "closed" || status === "handled" ? "#E8F5E9"
         : status === "returned" || status === "overdue" ? "#FFEBEE" : "#E3F2FD"
    Label {
        id: label
        anchors.centerIn: parent
        text: chip.text
        font.pixelSize: Theme.fontSmall
        color: chip.status === "closed" || chip.status === "handled" ? Theme.ok
             : chip.status === "returned" || chip.status === "overdue" ? Theme.danger : Theme.primary
    }
}
