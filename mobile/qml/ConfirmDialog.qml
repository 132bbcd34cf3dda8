// ConfirmDialog — a modal question with the app's own big buttons (not Qt's small, English-styled
// standard buttons): a title, optional content, 取消 and a confirm button.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gridwork

Dialog {
    id: dialog
    property string confirmText: qsTr("OK")
    default property alias content: body.data
    modal: true
    anchors.centerIn: parent
    header: Label {
        text: dialog.title
        visible: dialog.title.length > 0
        padding: Theme.pad
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle
        font.bold: true
        lineHeight: Theme.lineHeight
    }
    contentItem: ColumnLayout {
        id: body
        spacing: Theme.gap
    }
    footer: RowLayout {
        spacing: Theme.gap
        Item { Layout.preferredWidth: Theme.pad - Theme.gap }
        ActionButton {
            objectName: "dialogCancel"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.pad
            text: qsTr("Cancel")
            onClicked: dialog.reject()
        }
        ActionButton {
            objectName: "dialogConfirm"
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.pad
            highlighted: true
            text: dialog.confirmText
            onClicked: dialog.accept()
        }
        Item { Layout.preferredWidth: Theme.pad - Theme.gap }
    }
}
