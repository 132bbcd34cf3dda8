#include "controllers/app_core.h"

#include "base/log.h"
#include "base/position_service.h"
#include "controllers/app_controller.h"
#include "controllers/diary_controller.h"
#include "controllers/draft_controller.h"
#include "controllers/emergency_controller.h"
#include "controllers/ledger_controller.h"
#include "controllers/patrol_controller.h"
#include "controllers/report_controller.h"
#include "controllers/sync_controller.h"
#include "controllers/task_controller.h"
#include "controllers/visit_controller.h"
#include "workers/db_worker.h"
#include "workers/sync_worker.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJSEngine>
#include <QQmlEngine>

namespace gridwork::mobile {

namespace {
AppCore* g_instance = nullptr;
}

void markCppOwned(QObject* obj, QQmlEngine*) {
    QJSEngine::setObjectOwnership(obj, QJSEngine::CppOwnership);
}

AppCore::AppCore(AppOptions options, QObject* parent) : QObject(parent), m_options(std::move(options)) {
    Q_ASSERT(!g_instance);
    g_instance = this;
    if (m_options.dbPath.isEmpty()) m_options.dbPath = defaultDbPath();
    m_db = new DbWorker(this);
    m_sync = new SyncWorker(this);
    m_position = new PositionService(this);
    if (!m_options.nmeaPath.isEmpty()) m_position->useNmeaFile(m_options.nmeaPath);
    m_app = new AppController(*this, this);
    m_visits = new VisitController(*this, this);
    m_patrols = new PatrolController(*this, this);
    m_reports = new ReportController(*this, this);
    m_ledger = new LedgerController(*this, this);
    m_tasks = new TaskController(*this, this);
    m_diary = new DiaryController(*this, this);
    m_drafts = new DraftController(*this, this);
    m_syncController = new SyncController(*this, this);
    m_emergency = new EmergencyController(*this, this);
    connect(m_db, &DbWorker::opened, this, [this](bool ok, const QString& error) {
        if (!ok) m_app->setReady(false, error);
    });
}

AppCore::~AppCore() {
    // Stop the worker threads before the controllers their jobs refer to go away.
    m_sync->stop();
    delete m_db;
    m_db = nullptr;
    g_instance = nullptr;
}

AppCore* AppCore::instance() {
    return g_instance;
}

void AppCore::start() {
    if (m_db->path().isEmpty()) m_db->open(m_options.dbPath);
    m_db->run<Session>(
        this, [](Store& store) { return loadSession(store); },
        [this](Session s) {
            // The sync thread's connection opens only once the DB worker has created and
            // migrated the file: two first opens of a new file at once would race on the schema.
            if (!m_syncOpened) {
                m_syncOpened = true;
                m_sync->open(m_options.dbPath);
            }
            setSession(std::move(s));
            m_app->setReady(true, {});
            if (!m_session.hasWorker() && !m_options.serverUrl.isEmpty() && !m_options.code.isEmpty()) {
                m_syncController->enroll(m_options.serverUrl, m_options.code);
                m_options.code.clear();  // one-time
            }
        });
}

void AppCore::waitIdle() {
    // Jobs may queue follow-up jobs from their result handlers: drain until quiet.
    for (int round = 0; round < 20; ++round) {
        m_db->waitIdle();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_db->pendingJobs() == 0) {
            QCoreApplication::sendPostedEvents();
            if (m_db->pendingJobs() == 0) return;
        }
    }
}

void AppCore::setSession(Session s) {
    m_session = std::move(s);
    qCInfo(lcApp) << "session: worker" << QString::fromStdString(m_session.workerId.toString()) << "grids"
                  << m_session.grids().size() << (m_session.serverUrl.empty() ? "(no server)" : "(enrolled)");
    emit sessionChanged();
}

}  // namespace gridwork::mobile
