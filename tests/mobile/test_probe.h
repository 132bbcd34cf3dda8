// test_probe.h — the `Probe` singleton of the QML tests: looks into the store file through the
// domain API (its own Store connection, after the app's DB worker went idle) so a test can check
// what really landed on disk. Test-only; the app never links it.
#pragma once

#include <QObject>
#include <QString>

namespace gridwork::mobile {

class TestProbe : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Blocks until the app's DB worker is idle and its results are delivered (AppCore::waitIdle).
    Q_INVOKABLE void waitIdle();
    Q_INVOKABLE int visitCount(const QString& householdId, const QString& outcome = {});
    Q_INVOKABLE int trackPointCount(const QString& patrolId);
    Q_INVOKABLE QString patrolState(const QString& patrolId);
    Q_INVOKABLE int reportCount(const QString& text);
    Q_INVOKABLE bool reportHandledOnSite(const QString& text);
    Q_INVOKABLE QString meta(const QString& key);
    Q_INVOKABLE QString testData(const QString& name);
};

}  // namespace gridwork::mobile
