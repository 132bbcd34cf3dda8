// PhotoPicker — "add a photo": picks an image file (the camera's folder on a phone); shows the
// chosen file name. The path is handed to the controller, which imports it on the DB thread.
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Gridwork

RowLayout {
    id: picker
    property string path: ""
    spacing: Theme.gap
    ActionButton {
        text: picker.path.length > 0 ? qsTr("Change photo") : qsTr("Add photo")
        font.pixelSize: Theme.fontBody
        onClicked: dialog.open()
    }
    Label {
        Layout.fillWidth: true
        text: picker.path.length > 0 ? picker.path.split("/").pop() : qsTr("optional")
        elide: Text.ElideMiddle
        font.pixelSize: Theme.fontSmall
        color: Theme.muted
    }
    ToolButton {
        visible: picker.path.length > 0
        text: "✕"
        onClicked: picker.path = ""
    }
    FileDialog {
        id: dialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: picker.path = selectedFile.toString()
    }
}
