// app_core.h — the C++ side of the app, created once by main() (or a test) before the QML
// engine: it owns the DB worker thread, the sync worker thread, the position service and every
// controller singleton. QML gets the controllers through their static create() (QML_SINGLETON),
// which hands out these C++-owned instances (CppOwnership): no setContextProperty anywhere.
//
// Contract: one AppCore per process, on the GUI thread; it must outlive the QML engine.
// start() opens the store on the DB thread and loads the session; ready flips on App when done.
#pragma once

#include "base/app_options.h"
#include "base/session.h"

#include <QObject>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace gridwork::mobile {

class DbWorker;
class SyncWorker;
class PositionService;
class AppController;
class VisitController;
class PatrolController;
class ReportController;
class LedgerController;
class TaskController;
class DiaryController;
class DraftController;
class SyncController;
class EmergencyController;

class AppCore : public QObject {
    Q_OBJECT
public:
    explicit AppCore(AppOptions options, QObject* parent = nullptr);
    ~AppCore() override;
    static AppCore* instance();

    void start();
    // Blocks until the DB worker ran every queued job (and the jobs their results queued), then
    // delivers the results. For tools and tests only (the screenshot runner, the test probe);
    // never called from QML, so a production screen cannot freeze the GUI thread with it.
    void waitIdle();
    const AppOptions& options() const { return m_options; }

    DbWorker& db() { return *m_db; }
    SyncWorker& syncWorker() { return *m_sync; }
    PositionService& position() { return *m_position; }
    const Session& session() const { return m_session; }
    void setSession(Session s);

    AppController* app() { return m_app; }
    VisitController* visits() { return m_visits; }
    PatrolController* patrols() { return m_patrols; }
    ReportController* reports() { return m_reports; }
    LedgerController* ledger() { return m_ledger; }
    TaskController* tasks() { return m_tasks; }
    DiaryController* diary() { return m_diary; }
    DraftController* drafts() { return m_drafts; }
    SyncController* sync() { return m_syncController; }
    EmergencyController* emergency() { return m_emergency; }

    // Hands `obj` to QML as a singleton that C++ keeps owning.
    template <typename T> static T* toQml(T* obj, QQmlEngine* engine);

signals:
    void sessionChanged();

private:
    AppOptions m_options;
    Session m_session;
    DbWorker* m_db = nullptr;
    SyncWorker* m_sync = nullptr;
    bool m_syncOpened = false;
    PositionService* m_position = nullptr;
    AppController* m_app = nullptr;
    VisitController* m_visits = nullptr;
    PatrolController* m_patrols = nullptr;
    ReportController* m_reports = nullptr;
    LedgerController* m_ledger = nullptr;
    TaskController* m_tasks = nullptr;
    DiaryController* m_diary = nullptr;
    DraftController* m_drafts = nullptr;
    SyncController* m_syncController = nullptr;
    EmergencyController* m_emergency = nullptr;
};

void markCppOwned(QObject* obj, QQmlEngine* engine);

template <typename T> T* AppCore::toQml(T* obj, QQmlEngine* engine) {
    markCppOwned(obj, engine);
    return obj;
}

}  // namespace gridwork::mobile
