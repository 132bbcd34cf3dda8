// sync_worker.h — background sync: a QThread with its OWN Store connection to the app's file
// (the store supports several connections) running the core SyncEngine over the HTTP transport,
// so a sync never blocks the UI or the DB worker's queries.
//
// Contract:
//  - All engine and store work happens on the sync thread; the public methods only queue work.
//  - Results travel back as queued signals: progress(), finished(), snapshot() (what waits, what
//    failed and why, the conflict list).
//  - enroll() keeps the server URL in meta (app.server_url), exchanges the code, then syncs.
//  - After each complete sync, pending photos are uploaded (resumable, http::AttachmentSync).
//  - Once enrolled, it syncs every `interval` and shortly after local writes (kick()); a failed
//    attempt reports the engine's typed error and is tried again later. A build without the HTTP
//    transport (GRIDWORK_HAVE_HTTP=0) reports that in `finished` and never blocks.
// Thread-safety: public methods from the GUI thread.
#pragma once

#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/sync/sync_engine.h"
#include "models/pending_list_model.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>

#include <memory>

class QTimer;

namespace gridwork::mobile {

struct SyncSnapshot {
    bool enrolled = false;
    QString serverUrl;
    qint64 pending = 0;
    qint64 lastSyncMs = 0;
    QString lastError;
    qint64 conflicts = 0;
    QVector<PendingRow> pendingByTable;
    QVector<ConflictRecord> conflictList;
};

class SyncWorker : public QObject {
    Q_OBJECT
public:
    explicit SyncWorker(QObject* parent = nullptr);
    ~SyncWorker() override;

    void open(const QString& storePath);
    void enroll(const QString& serverUrl, const QString& code);
    void syncNow();
    // Local data changed: sync soon (debounced), if enrolled.
    void kick();
    void refreshSnapshot();
    void stop();

signals:
    void started();
    void progress(double fraction, qint64 itemsDone, qint64 itemsTotal);
    // changedLocal: the pull changed local data (the app's lists must be reloaded).
    void finished(bool ok, const QString& error, bool offline, bool changedLocal);
    // offline: no answer from the server (worth retrying); otherwise the server refused.
    void enrolled(bool ok, const QString& error, bool offline);
    void snapshot(const gridwork::mobile::SyncSnapshot& s);

private:
    class Impl;
    QThread m_thread;
    Impl* m_impl = nullptr;  // lives on m_thread
};

}  // namespace gridwork::mobile

Q_DECLARE_METATYPE(gridwork::mobile::SyncSnapshot)
