// PhotoPicker — a photo for a visit or report: 拍照 with the camera (CameraPopup) when the phone
// has one, else — and as second choice — a picture file (FileDialog, in Chinese). Elder mode:
// one big 拍照 button. The path is handed to the controller, which imports it on the DB thread
// (shrunk to 1600 px, EXIF location stripped unless kept).
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Gridwork

ColumnLayout {
    id: picker
    property string path: ""
    spacing: Theme.gap / 2
    function takePhoto() { PhotoCamera.hasCamera ? camera.open() : dialog.open() }

    BigButton {
        objectName: "takePhotoBig"
        visible: Theme.elder
        text: picker.path.length > 0 ? "📷 " + qsTr("Photo taken · retake") : "📷 " + qsTr("Take photo")
        tint: Theme.primary
        onClicked: picker.takePhoto()
    }
    RowLayout {
        visible: !Theme.elder
        Layout.fillWidth: true
        spacing: Theme.gap
        ActionButton {
            objectName: "takePhoto"
            text: "📷 " + (picker.path.length > 0 ? qsTr("Retake") : qsTr("Take photo"))
            onClicked: picker.takePhoto()
        }
        ActionButton {
            objectName: "choosePhoto"
            flat: true
            text: qsTr("From gallery")
            onClicked: dialog.open()
        }
        Item { Layout.fillWidth: true }
    }
    RowLayout {
        visible: picker.path.length > 0
        Layout.fillWidth: true
        Image {
            Layout.preferredWidth: Theme.elder ? 96 : 64
            Layout.preferredHeight: Theme.elder ? 72 : 48
            source: picker.path.length > 0 ? (picker.path.startsWith("file:") ? picker.path : "file://" + picker.path) : ""
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
        }
        Label {
            Layout.fillWidth: true
            text: picker.path.split("/").pop()
            elide: Text.ElideMiddle
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
        }
        ToolButton {
            implicitWidth: Theme.tapMin
            implicitHeight: Theme.tapMin
            Accessible.name: qsTr("Remove the photo")
            text: "✕"
            font.pixelSize: Theme.fontBody
            onClicked: picker.path = ""
        }
    }
    CameraPopup {
        id: camera
        objectName: "cameraPopup"
        onTaken: (shot) => picker.path = shot
    }
    FileDialog {
        id: dialog
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: picker.path = selectedFile.toString()
    }
}
