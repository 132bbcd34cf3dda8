#include "workers/sync_worker.h"

#include "base/log.h"
#include "base/session.h"
#include "base/sync_error_text.h"
#include "gridwork/core/store/store.h"
#include "workers/offline_transport.h"

#if GRIDWORK_HAVE_HTTP
#include "gridwork/http/attachment_sync.h"
#include "gridwork/http/http_transport.h"
#endif

#include <QTimer>
#include <map>
#include <set>

namespace gridwork::mobile {

// Everything below runs on the sync thread.
class SyncWorker::Impl : public QObject {
public:
    explicit Impl(SyncWorker& owner) : m_owner(owner) {}

    void open(const QString& path) {
        auto options = deviceStoreOptions(path.toStdString());  // encrypted at rest
        auto s = options ? Store::open(path.toStdString(), *options) : Result<std::unique_ptr<Store>>(options.status());
        if (!s) {
            emit m_owner.finished(false, QString::fromStdString(s.status().toString()), false, false);
            return;
        }
        m_store = std::move(s).value();
        m_timer = new QTimer(this);
        m_timer->setInterval(60'000);
        connect(m_timer, &QTimer::timeout, this, [this] {
            if (enrolled()) runSync();
        });
        m_timer->start();
        m_kickTimer = new QTimer(this);
        m_kickTimer->setSingleShot(true);
        m_kickTimer->setInterval(3000);
        connect(m_kickTimer, &QTimer::timeout, this, [this] {
            if (enrolled())
                runSync();
            else
                publish();
        });
        publish();
        if (enrolled()) runSync();
    }

    bool enrolled() {
        if (!m_store) return false;
        OfflineTransport offline;
        return SyncEngine(*m_store, offline).status().enrolled;
    }

    std::unique_ptr<Transport> makeTransport(QString* error) {
        const std::string url = m_store->meta(kMetaServerUrl).value_or("");
#if GRIDWORK_HAVE_HTTP
        http::HttpTransportOptions o;
        o.baseUrl = url;
        o.timeout = std::chrono::milliseconds(20000);
        auto t = http::HttpTransport::create(o);
        if (!t) {
            qCWarning(lcSync) << "transport:" << t.status().toString().c_str();
            *error = syncErrorText(t.status(), SyncStep::Enroll);
            return nullptr;
        }
        return std::move(t).value();
#else
        (void)url;
        *error = QObject::tr("This build has no network sync");
        return nullptr;
#endif
    }

    SyncOptions options() {
        SyncOptions o;
        o.maxAttempts = 3;
        o.progress = [this](const SyncProgress& p) {
            double f = 0;
            if (p.phase == SyncProgress::Phase::Done)
                f = 1;
            else if (p.itemsTotal > 0) {
                const double part = double(p.itemsDone) / double(p.itemsTotal);
                f = p.phase == SyncProgress::Phase::Push ? 0.5 * part : 0.5 + 0.5 * part;
            }
            emit m_owner.progress(std::min(1.0, f), qint64(p.itemsDone), qint64(p.itemsTotal));
        };
        return o;
    }

    void enroll(const QString& url, const QString& code) {
        if (!m_store) return;
        (void)m_store->setMeta(kMetaServerUrl, url.trimmed().toStdString());
        QString error;
        auto transport = makeTransport(&error);
        if (!transport) {
            emit m_owner.enrolled(false, error, false);
            return;
        }
        SyncEngine engine(*m_store, *transport, options());
        Status st = engine.enroll(code.trimmed().toStdString(), "网格通");
        qCInfo(lcSync) << "enroll with" << url.trimmed() << (st.isOk() ? "ok" : st.toString().c_str());
        if (!st.isOk()) {
            emit m_owner.enrolled(false, syncErrorText(st, SyncStep::Enroll), st.code() == ErrorCode::Unavailable);
            publish();
            return;
        }
        emit m_owner.enrolled(true, {}, false);
        runSync();
    }

    void runSync() {
        if (!m_store || m_running) return;
        m_running = true;
        emit m_owner.started();
        QString error;
        bool offline = false;
        bool ok = false;
        bool changed = false;
        if (auto transport = makeTransport(&error)) {
            SyncEngine engine(*m_store, *transport, options());
            auto r = engine.sync();
            ok = r.isOk();
            if (ok) changed = r->applied > 0 || r->purgedGrids > 0;
            if (!ok) {
                error = syncErrorText(r.status(), SyncStep::Sync);
                qCWarning(lcSync) << "sync:" << r.status().toString().c_str();
                offline = r.status().code() == ErrorCode::Unavailable;
            }
#if GRIDWORK_HAVE_HTTP
            // Photos go after the records that point at them; an interrupted upload resumes
            // from the last byte the server holds on the next round.
            if (ok) {
                auto photos = http::AttachmentSync(*m_store, *transport).uploadPending();
                if (!photos) {
                    ok = false;
                    error = syncErrorText(photos.status(), SyncStep::Sync);
                    qCWarning(lcSync) << "photo upload:" << photos.status().toString().c_str();
                    offline = photos.status().code() == ErrorCode::Unavailable;
                }
            }
#endif
        } else {
            offline = true;
        }
        m_running = false;
        if (ok)
            qCInfo(lcSync) << "sync round ok" << (changed ? "(changes pulled)" : "");
        else
            qCWarning(lcSync) << "sync round failed" << (offline ? "(offline):" : ":") << error;
        emit m_owner.finished(ok, error, offline, changed);
        publish();
    }

    void publish() {
        if (!m_store) return;
        OfflineTransport offline;
        const SyncStatus st = SyncEngine(*m_store, offline).status();
        SyncSnapshot s;
        s.enrolled = st.enrolled;
        s.serverUrl = QString::fromStdString(m_store->meta(kMetaServerUrl).value_or(""));
        s.pending = qint64(st.pendingChanges);
        s.lastSyncMs = st.lastSyncMs ? qint64(*st.lastSyncMs) : 0;
        s.lastError = syncErrorText(st.lastError);
        s.conflicts = qint64(st.conflictsLost);
        // A worker thinks in records (a visit, a household), not in changed columns: count rows,
        // and count a report's events (the filing, the on-the-spot handling) as that report.
        std::map<std::string, std::set<Uuid>> byTable;
        std::set<Uuid> events;
        for (const auto& e : m_store->outbox(0, 50000)) {
            if (e.change.table == "report_events")
                events.insert(e.change.rowId);
            else
                byTable[e.change.table].insert(e.change.rowId);
        }
        for (const Uuid& ev : events) {
            auto report = m_store->columnState("report_events", ev, "report_id");
            std::optional<Uuid> owner;
            if (report && report->value.kind() == Value::Kind::Blob) owner = Uuid::fromBlob(report->value.asBlob());
            if (owner && !owner->isNil())
                byTable["reports"].insert(*owner);
            else
                byTable["report_events"].insert(ev);
        }
        s.pending = 0;
        for (const auto& [table, rows] : byTable) {
            s.pendingByTable.push_back({QString::fromStdString(table), static_cast<int>(rows.size())});
            s.pending += static_cast<qint64>(rows.size());
        }
        if (st.pendingChanges > 50000) s.pending = qint64(st.pendingChanges);  // beyond the sample
        for (auto& c : listConflicts(*m_store, 200))
            if (c.loser.site == m_store->siteId()) s.conflictList.push_back(std::move(c));
        emit m_owner.snapshot(s);
    }

    SyncWorker& m_owner;
    std::unique_ptr<Store> m_store;
    QTimer* m_timer = nullptr;
    QTimer* m_kickTimer = nullptr;
    bool m_running = false;
};

SyncWorker::SyncWorker(QObject* parent) : QObject(parent) {
    qRegisterMetaType<SyncSnapshot>();
    m_thread.setObjectName(QStringLiteral("gridwork-sync"));
    m_impl = new Impl(*this);
    m_impl->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_impl, &QObject::deleteLater);
    m_thread.start();
}

SyncWorker::~SyncWorker() {
    stop();
}

void SyncWorker::stop() {
    if (!m_thread.isRunning()) return;
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl] { impl->m_store.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncWorker::open(const QString& storePath) {
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl, storePath] { impl->open(storePath); }, Qt::QueuedConnection);
}

void SyncWorker::enroll(const QString& serverUrl, const QString& code) {
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl, serverUrl, code] { impl->enroll(serverUrl, code); }, Qt::QueuedConnection);
}

void SyncWorker::syncNow() {
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl] { impl->runSync(); }, Qt::QueuedConnection);
}

void SyncWorker::kick() {
    QMetaObject::invokeMethod(
        m_impl,
        [impl = m_impl] {
            if (impl->m_kickTimer) impl->m_kickTimer->start();
        },
        Qt::QueuedConnection);
}

void SyncWorker::refreshSnapshot() {
    QMetaObject::invokeMethod(
        m_impl, [impl = m_impl] { impl->publish(); }, Qt::QueuedConnection);
}

}  // namespace gridwork::mobile
