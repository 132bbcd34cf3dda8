// controller_base.h — what every controller singleton shares: access to the AppCore (DB worker,
// session, position), an error text for the last failed command, and refresh on store changes.
//
// Contract: GUI thread only. Commands queue jobs on the DB worker and return at once; results
// and failures arrive queued. refresh() is called when the session changes and when the store
// reports a change in one of the areas the controller listens to.
#pragma once

#include "controllers/app_core.h"
#include "workers/db_worker.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace gridwork::mobile {

class ControllerBase : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
public:
    ControllerBase(AppCore& core, QStringList areas, QObject* parent = nullptr);
    QString lastError() const { return m_lastError; }
    Q_INVOKABLE void clearError() { setLastError({}); }
    virtual void refresh() = 0;

signals:
    void lastErrorChanged();

protected:
    AppCore& core() const { return m_core; }
    DbWorker& db() const { return m_core.db(); }
    const Session& session() const { return m_core.session(); }
    void setLastError(const QString& e);

private:
    AppCore& m_core;
    QStringList m_areas;
    QString m_lastError;
};

}  // namespace gridwork::mobile
