#include "controllers/sync_controller.h"

#include "base/qt_convert.h"
#include "controllers/report_controller.h"

#include <QTimer>

namespace gridwork::mobile {

SyncController::SyncController(AppCore& core, QObject* parent) : ControllerBase(core, {}, parent) {
    SyncWorker& w = core.syncWorker();
    connect(&w, &SyncWorker::started, this, [this] {
        m_syncing = true;
        m_progress = 0;
        emit progressChanged();
        emit changed();
    });
    connect(&w, &SyncWorker::progress, this, [this](double f, qint64, qint64) {
        m_progress = f;
        emit progressChanged();
    });
    connect(&w, &SyncWorker::finished, this,
            [this, &core](bool ok, const QString& error, bool offline, bool changedLocal) {
                // Pulled changes landed through the sync thread's connection: reload the session (the
                // grid's name may have arrived) and with it every screen's lists.
                if (changedLocal) core.start();
                // What the server acknowledged is no longer 待发送.
                else if (ok)
                    core.reports()->refresh();
                m_syncing = false;
                m_offline = !ok && offline;
                m_failure = ok ? QString() : error;
                emit changed();
            });
    connect(&w, &SyncWorker::enrolled, this, [this, &core](bool ok, const QString& error, bool offline) {
        // The server may still be starting (./gridwork start opens the app right after it):
        // an enrollment that got no answer is tried again a few times before giving up.
        if (!ok && offline && m_enrollRetries > 0) {
            --m_enrollRetries;
            QTimer::singleShot(3000, this, [this, &core] { core.syncWorker().enroll(m_enrollUrl, m_enrollCode); });
            return;
        }
        m_enrollCode.clear();
        m_enrolling = false;
        emit enrollingChanged();
        if (!ok) setLastError(error);
        emit enrollFinished(ok, error);
        if (ok) core.start();  // reload the session: the engine now knows the worker and grids
    });
    connect(&w, &SyncWorker::snapshot, this, [this](const SyncSnapshot& s) {
        m_snap = s;
        m_waiting.setRows(s.pendingByTable);
        m_conflicts.setRows(s.conflictList);
        if (m_failure.isEmpty() && !s.lastError.isEmpty() && !m_syncing) m_failure = s.lastError;
        emit changed();
    });
    // Local writes: refresh what waits, and sync soon when a server is known.
    connect(&core.db(), &DbWorker::storeChanged, this, [this, &w](const QString&) { w.kick(); });
}

QString SyncController::state() const {
    if (m_syncing) return QStringLiteral("syncing");
    if (!m_snap.enrolled) return QStringLiteral("local");
    if (m_offline) return QStringLiteral("offline");
    if (!m_failure.isEmpty()) return QStringLiteral("error");
    if (m_snap.pending > 0) return QStringLiteral("waiting");
    return QStringLiteral("synced");
}

QString SyncController::lastSyncText() const {
    return timeText(m_snap.lastSyncMs);
}

void SyncController::enroll(const QString& serverUrl, const QString& code) {
    if (serverUrl.trimmed().isEmpty() || code.trimmed().isEmpty()) {
        setLastError(tr("Please fill in the server address and the enrollment code"));
        return;
    }
    setLastError({});
    m_enrolling = true;
    m_enrollUrl = serverUrl;
    m_enrollCode = code;
    m_enrollRetries = 10;
    emit enrollingChanged();
    core().syncWorker().enroll(serverUrl, code);
}

void SyncController::syncNow() {
    core().syncWorker().syncNow();
}

void SyncController::refresh() {
    core().syncWorker().refreshSnapshot();
}

}  // namespace gridwork::mobile
