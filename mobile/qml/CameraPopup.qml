// CameraPopup — take a photo with the phone's camera (Qt Multimedia CaptureSession / Camera /
// ImageCapture, the Android path), see it, retake or use it. With the simulated camera of the
// PhotoCamera seam (tests, a desktop tool) the frame comes from C++. `taken(path)` hands the
// file to the form; it is shrunk and its location stripped when the record is saved.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Gridwork

Popup {
    id: cam
    signal taken(string path)
    property string shot: ""
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 390
    height: parent ? parent.height : 844
    modal: true
    padding: 0
    onOpened: shot = ""
    background: Rectangle { color: "#101418" }

    CaptureSession {
        camera: Camera {
            id: camera
            active: cam.opened && !PhotoCamera.simulated && PhotoCamera.hasCamera && cam.shot === ""
        }
        imageCapture: ImageCapture {
            id: capture
            onImageSaved: (requestId, path) => cam.shot = path
        }
        videoOutput: preview
    }

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            VideoOutput {
                id: preview
                anchors.fill: parent
                visible: cam.shot === "" && !PhotoCamera.simulated
            }
            Image {
                anchors.fill: parent
                visible: cam.shot !== ""
                source: cam.shot !== "" ? "file://" + cam.shot : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.pad
                visible: cam.shot === "" && (PhotoCamera.simulated || !PhotoCamera.hasCamera)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: PhotoCamera.simulated ? qsTr("Simulated camera: tap Take photo.") : qsTr("This phone has no camera. Choose a picture instead.")
                font.pixelSize: Theme.fontBody
                color: "white"
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.pad
            spacing: Theme.gap
            ActionButton {
                objectName: "cameraCancel"
                Layout.fillWidth: true
                text: qsTr("Cancel")
                onClicked: cam.close()
            }
            BigButton {
                objectName: "cameraShutter"
                visible: cam.shot === ""
                enabled: PhotoCamera.hasCamera
                text: qsTr("Take photo")
                tint: Theme.ok
                selected: true
                onClicked: PhotoCamera.simulated ? cam.shot = PhotoCamera.captureSimulated()
                                                 : capture.captureToFile(PhotoCamera.newPhotoPath())
            }
            ActionButton {
                objectName: "cameraRetake"
                visible: cam.shot !== ""
                Layout.fillWidth: true
                text: qsTr("Retake")
                onClicked: cam.shot = ""
            }
            BigButton {
                objectName: "cameraUse"
                visible: cam.shot !== ""
                text: qsTr("Use photo")
                tint: Theme.ok
                selected: true
                onClicked: { cam.taken(cam.shot); cam.close() }
            }
        }
    }
}
