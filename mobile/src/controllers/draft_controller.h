// draft_controller.h — the `Drafts` singleton: whatever a worker typed and has not saved yet
// (report text and category, diary entry, visit note, ledger edits) is kept on the phone as he
// types and comes back after the app was closed, killed or the phone restarted.
//
// Drafts are device-local: one JSON object in the store's meta (key app.drafts), never synced.
// A form keeps its draft under a key of its own ("report", "diary", "visit:<household id>",
// "household:<household id>") with keep(), reads it back with value() when it opens, and
// discards it when the record is saved.
// Contract: GUI thread. keep() and discard() write through to the store at once (a queued DB
// job, durable when it ran); value() answers from memory, filled when the session loads.
// `loaded` flips once the drafts were read, so a form opened before that restores on the signal.
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"

#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class DraftController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Drafts)
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadedChanged)
public:
    DraftController(AppCore& core, QObject* parent = nullptr);
    static DraftController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->drafts(), qml);
    }

    bool loaded() const { return m_loaded; }
    // The kept draft (a string or an object of strings/bools), or undefined when there is none.
    Q_INVOKABLE QVariant value(const QString& key) const { return m_drafts.value(key); }
    Q_INVOKABLE bool has(const QString& key) const { return m_drafts.contains(key); }
    // Keeps `value` as the draft of `key`; an empty string or an object whose every value is
    // empty discards it.
    Q_INVOKABLE void keep(const QString& key, const QVariant& value);
    Q_INVOKABLE void discard(const QString& key);

    void refresh() override;

signals:
    void loadedChanged();

private:
    void persist();

    QVariantMap m_drafts;
    bool m_loaded = false;
};

inline constexpr const char* kMetaDrafts = "app.drafts";

}  // namespace gridwork::mobile
