// patrol_controller.h — the `Patrols` singleton: start, pause, resume and stop the day's patrol
// (PatrolRepo), record the track from the position service while active, mark checkpoints
// passed (automatically when a fix falls inside a checkpoint's radius, or by one tap), and start
// a report from the patrol in one tap.
//
// Interruption: on start-up the worker's active or paused patrol (PatrolRepo::activeFor) is
// restored with its track; an active one resumes recording, so a killed app loses nothing
// (every point is its own durable write).
// Thread-safety: GUI thread only; store access is queued to the DB worker in fix order.
#pragma once

#include "controllers/controller_base.h"
#include "models/checkpoint_list_model.h"

#include <QGeoPositionInfo>
#include <QPointF>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class PatrolController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Patrols)
    QML_SINGLETON
    Q_PROPERTY(QString state READ state NOTIFY patrolChanged)  // none | active | paused
    Q_PROPERTY(QString patrolId READ patrolId NOTIFY patrolChanged)
    Q_PROPERTY(qint64 startedAtMs READ startedAtMs NOTIFY patrolChanged)
    Q_PROPERTY(QString startedAtText READ startedAtText NOTIFY patrolChanged)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY trackChanged)
    Q_PROPERTY(double distanceM READ distanceM NOTIFY trackChanged)
    Q_PROPERTY(QVariantList track READ track NOTIFY trackChanged)  // [{lat, lon}] for the sketch
    Q_PROPERTY(int passedCount READ passedCount NOTIFY checkpointsChanged)
    Q_PROPERTY(CheckpointListModel* checkpoints READ checkpoints CONSTANT)
    Q_PROPERTY(bool positionAvailable READ positionAvailable NOTIFY positionAvailableChanged)
    Q_PROPERTY(bool resumedAfterInterruption READ resumedAfterInterruption NOTIFY patrolChanged)
    Q_PROPERTY(int patrolsToday READ patrolsToday NOTIFY patrolChanged)
    Q_PROPERTY(double todayDistanceM READ todayDistanceM NOTIFY patrolChanged)
public:
    PatrolController(AppCore& core, QObject* parent = nullptr);
    static PatrolController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->patrols(), qml);
    }

    QString state() const { return m_state; }
    QString patrolId() const { return m_patrolId; }
    qint64 startedAtMs() const { return m_startedAtMs; }
    QString startedAtText() const;
    int pointCount() const { return m_track.size(); }
    double distanceM() const { return m_distanceM; }
    QVariantList track() const;
    int passedCount() const;
    CheckpointListModel* checkpoints() { return &m_checkpoints; }
    bool positionAvailable() const;
    bool resumedAfterInterruption() const { return m_resumed; }
    int patrolsToday() const { return m_patrolsToday; }
    double todayDistanceM() const { return m_todayDistanceM; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void stop(const QString& findings = {});
    Q_INVOKABLE void passCheckpoint(const QString& checkpointId);
    // One tap: opens the report screen with this patrol and the last fix attached.
    Q_INVOKABLE void reportProblem();
    // Test and desktop hook: replay an NMEA file as the GPS (the --nmea option does the same).
    Q_INVOKABLE bool useNmeaFile(const QString& path);

    void refresh() override;

signals:
    void patrolChanged();
    void trackChanged();
    void checkpointsChanged();
    void positionAvailableChanged();
    void pointRecorded(int count);

private:
    void onFix(const QGeoPositionInfo& info);
    void applyState(const QString& state);
    void command(std::function<Status(Store&, const Uuid&)> fn, const QString& newState);

    QString m_state = QStringLiteral("none");
    QString m_patrolId;
    qint64 m_startedAtMs = 0;
    QVector<QPointF> m_track;  // (lat, lon)
    double m_distanceM = 0;
    CheckpointListModel m_checkpoints;
    bool m_resumed = false;
    bool m_recording = false;
    bool m_loaded = false;
    int m_patrolsToday = 0;
    double m_todayDistanceM = 0;
};

}  // namespace gridwork::mobile
