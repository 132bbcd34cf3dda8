// HouseholdEditorPage — one household of the ledger: edit its fields (validation errors shown in
// plain words), its residents (edit, add, move out / move in), move the household out or in.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Gridwork

Flickable {
    id: page
    contentHeight: column.implicitHeight + 2 * Theme.pad
    clip: true
    ScrollIndicator.vertical: ScrollIndicator {}
    property bool savedOk: false
    Connections {
        target: Ledger
        function onSaved() { page.savedOk = true; residentDialog.close(); draft.discard() }
        function onSaveFailed(message) { page.savedOk = false }
        function onHouseholdChanged() { page.load() }
    }
    function load() {
        const h = Ledger.household;
        address.text = h.address || "";
        head.text = h.headName || "";
        phone.text = h.phone || "";
        note.text = h.note || "";
        kind.currentIndex = Math.max(0, Ledger.kinds.findIndex(k => k.name === h.kind));
        draft.load();  // unsaved edits of this household go over what is stored
    }
    Component.onCompleted: load()
    // Edits not saved yet: only the fields that differ from the stored household.
    function edits() {
        const h = Ledger.household, e = {};
        if (address.text !== (h.address || "")) e.address = address.text;
        if (head.text !== (h.headName || "")) e.headName = head.text;
        if (phone.text !== (h.phone || "")) e.phone = phone.text;
        if (note.text !== (h.note || "")) e.note = note.text;
        return e;
    }
    DraftKeeper {
        id: draft
        key: Ledger.householdId.length > 0 ? "household:" + Ledger.householdId : ""
        value: [address.text, head.text, phone.text, note.text].join("\u0001") && page.edits()
        onRestore: (d) => {
            if (d.address !== undefined) address.text = d.address;
            if (d.headName !== undefined) head.text = d.headName;
            if (d.phone !== undefined) phone.text = d.phone;
            if (d.note !== undefined) note.text = d.note;
        }
    }

    ColumnLayout {
        id: column
        x: Theme.pad
        y: Theme.pad
        width: page.width - 2 * Theme.pad
        spacing: Theme.gap

        InfoCard {
            title: qsTr("Household")
            trailing: Ledger.household.statusLabel || ""
            trailingColor: Ledger.household.movedOut ? Theme.danger : Theme.ok
            FieldEditor { id: address; label: qsTr("Address (required)") }
            FieldEditor { id: head; label: qsTr("Head of household") }
            FieldEditor { id: phone; label: qsTr("Phone"); inputHints: Qt.ImhDialableCharactersOnly }
            Label { text: qsTr("Kind"); font.pixelSize: Theme.fontSmall; color: Theme.muted }
            ComboBox {
                id: kind
                Layout.fillWidth: true
                implicitHeight: Theme.tapMin
                Accessible.name: qsTr("Kind")
                model: Ledger.kinds
                textRole: "label"
                font.pixelSize: Theme.fontBody
            }
            FieldEditor { id: note; label: qsTr("Note") }
            Label {
                visible: Ledger.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: Ledger.lastError
                color: Theme.danger
                font.pixelSize: Theme.fontBody
            }
            Label {
                visible: page.savedOk && Ledger.lastError.length === 0
                text: qsTr("Saved")
                color: Theme.ok
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Save")
                    onClicked: Ledger.saveHousehold({ address: address.text, headName: head.text, phone: phone.text,
                                                      note: note.text, kind: Ledger.kinds[kind.currentIndex].name })
                }
                ActionButton {
                    Layout.fillWidth: true
                    text: Ledger.household.movedOut ? qsTr("Moved back in") : qsTr("Moved out")
                    onClicked: Ledger.household.movedOut ? Ledger.moveInHousehold() : Ledger.moveOutHousehold()
                }
            }
        }

        InfoCard {
            title: qsTr("Residents")
            trailing: Ledger.residents.count
            Repeater {
                model: Ledger.residents
                delegate: ResidentDelegate {
                    Layout.fillWidth: true
                    onClicked: residentDialog.edit(residentId, name, phone, relation, gone)
                }
            }
            ActionButton {
                Layout.fillWidth: true
                text: qsTr("Add a resident")
                onClicked: residentDialog.edit("", "", "", "", false)
            }
        }
    }

    Dialog {
        id: residentDialog
        property string residentId: ""
        property bool gone: false
        function edit(id, name, phoneText, relationText, isGone) {
            residentId = id; gone = isGone;
            rName.text = name; rPhone.text = phoneText; rRelation.text = relationText; rId.text = "";
            Ledger.clearError();
            open();
        }
        title: residentId.length > 0 ? qsTr("Edit resident") : qsTr("New resident")
        anchors.centerIn: parent
        width: page.width - 32
        modal: true
        contentItem: ColumnLayout {
            spacing: Theme.gap / 2
            FieldEditor { id: rName; label: qsTr("Name (required)") }
            FieldEditor { id: rId; label: qsTr("ID number"); placeholder: residentDialog.residentId.length > 0 ? qsTr("unchanged unless you type a new one") : "" }
            FieldEditor { id: rPhone; label: qsTr("Phone") }
            FieldEditor { id: rRelation; label: qsTr("Relation to the head") }
            Label {
                visible: Ledger.lastError.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                lineHeight: Theme.lineHeight
                text: Ledger.lastError
                color: Theme.danger
            }
            RowLayout {
                Layout.fillWidth: true
                ActionButton {
                    visible: residentDialog.residentId.length > 0
                    text: residentDialog.gone ? qsTr("Moved back in") : qsTr("Moved out")
                    onClicked: { residentDialog.gone ? Ledger.moveInResident(residentDialog.residentId) : Ledger.moveOutResident(residentDialog.residentId) }
                }
                Item { Layout.fillWidth: true }
                ActionButton { text: qsTr("Cancel"); flat: true; onClicked: residentDialog.close() }
                ActionButton {
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: {
                        const f = { name: rName.text, phone: rPhone.text, relation: rRelation.text };
                        if (rId.text.length > 0) f.idNumber = rId.text;
                        Ledger.saveResident(residentDialog.residentId, f);
                    }
                }
            }
        }
    }
}
