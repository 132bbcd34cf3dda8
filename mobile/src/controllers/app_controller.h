// app_controller.h — the `App` singleton: readiness, who is signed in, navigation state, elder
// mode (persisted in the store's meta, key app.elder_mode).
//
// Navigation lives here (page + a back stack) so that C++ (the screenshot tool) can show a
// screen without reaching into QML objects: QML binds its StackView to `page`.
// Thread-safety: GUI thread only.
#pragma once

#include "controllers/controller_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class AppController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString storeError READ storeError NOTIFY readyChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY sessionChanged)
    Q_PROPERTY(QString workerName READ workerName NOTIFY sessionChanged)
    Q_PROPERTY(QString gridName READ gridName NOTIFY sessionChanged)
    Q_PROPERTY(bool elderMode READ elderMode WRITE setElderMode NOTIFY elderModeChanged)
    Q_PROPERTY(QString page READ page NOTIFY pageChanged)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY pageChanged)
    Q_PROPERTY(QString today READ today NOTIFY todayChanged)
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY todayChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool hasNetworkSync READ hasNetworkSync CONSTANT)
    Q_PROPERTY(QString dbPath READ dbPath CONSTANT)
    Q_PROPERTY(bool hasFix READ hasFix NOTIFY fixChanged)
    Q_PROPERTY(bool keepPhotoLocation READ keepPhotoLocation WRITE setKeepPhotoLocation NOTIFY keepPhotoLocationChanged)
public:
    AppController(AppCore& core, QObject* parent = nullptr);
    static AppController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->app(), qml);
    }

    bool ready() const { return m_ready; }
    QString storeError() const { return m_storeError; }
    bool enrolled() const { return session().hasWorker(); }
    QString workerName() const;
    QString gridName() const;
    bool elderMode() const { return m_elderMode; }
    void setElderMode(bool on);
    QString page() const { return m_stack.isEmpty() ? QString() : m_stack.last(); }
    bool canGoBack() const { return m_stack.size() > 1; }
    QString today() const { return m_today; }
    QString todayLabel() const;
    bool busy() const { return m_busy; }
    static bool hasNetworkSync();
    QString dbPath();

    // Shows a top-level screen (today, visit, patrol, report, ledger, tasks, diary, sync,
    // settings, enroll); "today" resets the back stack.
    Q_INVOKABLE void go(const QString& page);
    Q_INVOKABLE void back();
    // Screens that attach a location (visit, report) hold the GPS while they are shown.
    Q_INVOKABLE void holdLocation(bool on);
    // First start without a server: fill this phone with the demo grid to try the app.
    Q_INVOKABLE void useDemoData();
    bool hasFix() const;
    bool keepPhotoLocation() const;
    void setKeepPhotoLocation(bool keep);

    void refresh() override;
    void setReady(bool ok, const QString& error);

signals:
    void readyChanged();
    void sessionChanged();
    void elderModeChanged();
    void pageChanged();
    void todayChanged();
    void busyChanged();
    void fixChanged();
    void keepPhotoLocationChanged();

private:
    bool m_ready = false;
    QString m_storeError;
    bool m_elderMode = false;
    bool m_elderLoaded = false;
    QStringList m_stack{QStringLiteral("today")};
    QString m_today;
    bool m_busy = false;
    int m_locationHolds = 0;
};

}  // namespace gridwork::mobile
