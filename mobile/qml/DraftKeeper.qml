// DraftKeeper — keeps a form's unsaved input as a draft (the Drafts singleton) while it is typed,
// and hands it back when the form opens again, after a restart or a kill too. The form binds
// `value` to its state, restores in onRestore, and calls discard() once the record is saved.
import QtQuick
import Gridwork

QtObject {
    id: keeper
    property string key
    property var value
    // True once a draft was restored into the form (the form may say so).
    property bool restored: false
    signal restore(var draft)
    function discard() { saveTimer.stop(); Drafts.discard(key); restored = false }

    property bool ready: false
    property Timer saveTimer: Timer {
        interval: 400
        onTriggered: if (keeper.ready && keeper.key.length > 0) Drafts.keep(keeper.key, keeper.value)
    }
    function load() {
        ready = false;
        restored = false;
        if (!Drafts.loaded || key.length === 0) return;
        if (Drafts.has(key)) {
            restore(Drafts.value(key));
            restored = true;
        }
        ready = true;
        // What was typed before the drafts were read is kept too.
        if (!restored) saveTimer.restart();
    }
    onValueChanged: if (ready) saveTimer.restart()
    onKeyChanged: load()
    Component.onCompleted: load()
    property Connections drafts: Connections {
        target: Drafts
        function onLoadedChanged() { keeper.load() }
    }
}
