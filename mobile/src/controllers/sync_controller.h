// sync_controller.h — the `Sync` singleton: enrollment (server address + code), the sync badge
// (offline / N waiting / syncing with progress / last synced at / conflicts), and the Sync
// screen (what waits by kind, the last failure and why, "your change was replaced by …").
// It only relays: the work runs on the SyncWorker thread.
// Thread-safety: GUI thread only.
#pragma once

#include "controllers/controller_base.h"
#include "models/conflict_list_model.h"
#include "models/pending_list_model.h"
#include "workers/sync_worker.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class SyncController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    // offline | waiting | syncing | synced | error | local (not enrolled with a server)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool syncing READ syncing NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString failure READ failure NOTIFY changed)
    Q_PROPERTY(bool enrolledWithServer READ enrolledWithServer NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)
    Q_PROPERTY(PendingListModel* waiting READ waiting CONSTANT)
    Q_PROPERTY(ConflictListModel* conflicts READ conflicts CONSTANT)
public:
    SyncController(AppCore& core, QObject* parent = nullptr);
    static SyncController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->sync(), qml);
    }

    QString state() const;
    bool syncing() const { return m_syncing; }
    double progress() const { return m_progress; }
    int pending() const { return int(m_snap.pending); }
    int conflictCount() const { return int(m_snap.conflicts); }
    QString lastSyncText() const;
    QString failure() const { return m_failure; }
    bool enrolledWithServer() const { return m_snap.enrolled; }
    QString serverUrl() const { return m_snap.serverUrl; }
    bool enrolling() const { return m_enrolling; }
    PendingListModel* waiting() { return &m_waiting; }
    ConflictListModel* conflicts() { return &m_conflicts; }

    Q_INVOKABLE void enroll(const QString& serverUrl, const QString& code);
    Q_INVOKABLE void syncNow();
    void refresh() override;

signals:
    void changed();
    void progressChanged();
    void enrollingChanged();
    void enrollFinished(bool ok, const QString& message);

private:
    SyncSnapshot m_snap;
    bool m_syncing = false;
    bool m_offline = false;
    bool m_enrolling = false;
    double m_progress = 0;
    QString m_failure;
    QString m_enrollUrl;
    QString m_enrollCode;
    int m_enrollRetries = 0;
    PendingListModel m_waiting;
    ConflictListModel m_conflicts;
};

}  // namespace gridwork::mobile
