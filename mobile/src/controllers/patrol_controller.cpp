#include "controllers/patrol_controller.h"

#include "base/log.h"
#include "base/position_service.h"
#include "base/qt_convert.h"
#include "controllers/app_controller.h"
#include "controllers/report_controller.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/patrol_repo.h"

#include <QVariantMap>

namespace gridwork::mobile {

namespace {
struct PatrolSnapshot {
    std::optional<domain::Patrol> patrol;
    QVector<QPointF> track;
    double distance = 0;
    QVector<CheckpointRow> checkpoints;
    int patrolsToday = 0;
    double todayDistance = 0;
};

QString stateName(domain::PatrolState s) {
    switch (s) {
    case domain::PatrolState::Active: return QStringLiteral("active");
    case domain::PatrolState::Paused: return QStringLiteral("paused");
    case domain::PatrolState::Stopped: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}
}  // namespace

PatrolController::PatrolController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("patrols"), QStringLiteral("checkpoints")}, parent) {
    connect(&core.position(), &PositionService::positionUpdated, this, &PatrolController::onFix);
    connect(&core.position(), &PositionService::availableChanged, this, &PatrolController::positionAvailableChanged);
}

QString PatrolController::startedAtText() const {
    return timeText(m_startedAtMs);
}
bool PatrolController::positionAvailable() const {
    return core().position().available();
}

QVariantList PatrolController::track() const {
    QVariantList list;
    list.reserve(m_track.size());
    for (const auto& p : m_track) list << QVariantMap{{QStringLiteral("lat"), p.x()}, {QStringLiteral("lon"), p.y()}};
    return list;
}

int PatrolController::passedCount() const {
    int n = 0;
    for (const auto& r : m_checkpoints.rows()) n += r.passedAt > 0 ? 1 : 0;
    return n;
}

bool PatrolController::useNmeaFile(const QString& path) {
    const bool wasRecording = m_recording;
    if (wasRecording) {
        core().position().release();
        m_recording = false;
    }
    const bool ok = core().position().useNmeaFile(path);
    if (wasRecording) applyState(m_state);
    return ok;
}

void PatrolController::applyState(const QString& state) {
    m_state = state;
    const bool record = state == QLatin1String("active");
    if (record && !m_recording) core().position().acquire();
    if (!record && m_recording) core().position().release();
    m_recording = record;
}

void PatrolController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    const std::string today = domain::localDateFromMs(nowMs());
    db().run<PatrolSnapshot>(
        this,
        [s, today](Store& store) {
            PatrolSnapshot snap;
            domain::PatrolRepo repo(store);
            snap.patrol = repo.activeFor(s.workerId);
            std::vector<domain::CheckpointPass> passes;
            if (snap.patrol) {
                for (const auto& p : repo.track(snap.patrol->id))
                    snap.track.push_back({p.location.lat, p.location.lon});
                snap.distance = repo.distance(snap.patrol->id);
                passes = repo.passes(snap.patrol->id);
            }
            for (auto& c : repo.checkpoints(s.gridId)) {
                CheckpointRow row{c, 0, -1};
                for (const auto& p : passes)
                    if (p.checkpointId == c.id) row.passedAt = p.passedAt;
                snap.checkpoints.push_back(std::move(row));
            }
            for (const auto& p : repo.ofWorker(s.workerId)) {
                if (domain::localDateFromMs(p.startedAt) != today) continue;
                ++snap.patrolsToday;
                snap.todayDistance += p.state == domain::PatrolState::Stopped ? p.distanceM : repo.distance(p.id);
            }
            return snap;
        },
        [this](PatrolSnapshot snap) {
            const bool firstLoad = !m_loaded;
            m_loaded = true;
            if (firstLoad)
                qCInfo(lcPosition) << (snap.patrol ? "open patrol found, recording resumes" : "no open patrol");
            if (snap.patrol) {
                m_patrolId = idString(snap.patrol->id);
                m_startedAtMs = snap.patrol->startedAt;
                // A patrol found open at start-up was interrupted (app killed): carry on with it.
                if (firstLoad) m_resumed = true;
                applyState(stateName(snap.patrol->state));
            } else {
                m_patrolId.clear();
                m_startedAtMs = 0;
                m_resumed = false;
                applyState(QStringLiteral("none"));
            }
            m_track = std::move(snap.track);
            m_distanceM = snap.distance;
            m_checkpoints.setRows(std::move(snap.checkpoints));
            m_patrolsToday = snap.patrolsToday;
            m_todayDistanceM = snap.todayDistance;
            emit patrolChanged();
            emit trackChanged();
            emit checkpointsChanged();
        });
}

void PatrolController::start() {
    const Session s = session();
    if (m_state != QLatin1String("none")) return;
    setLastError({});
    m_resumed = false;
    db().run<QString>(
        this,
        [this, s](Store& store) {
            auto p = domain::PatrolRepo(store).start(s.workerId, s.gridId);
            if (!p) return QStringLiteral("!") + errorText(p.status());
            db().notifyChanged(QStringLiteral("patrols"));
            return idString(p->id);
        },
        [this](QString r) {
            if (r.startsWith(QLatin1Char('!'))) setLastError(r.mid(1));
        });
    // Record from the first fix on, even before the refresh lands.
    applyState(QStringLiteral("active"));
    m_track.clear();
    m_distanceM = 0;
    emit trackChanged();
}

void PatrolController::command(std::function<Status(Store&, const Uuid&)> fn, const QString& newState) {
    const Uuid id = idFrom(m_patrolId);
    if (id.isNil()) return;
    setLastError({});
    db().run<QString>(
        this,
        [this, fn, id](Store& store) {
            Status st = fn(store, id);
            db().notifyChanged(QStringLiteral("patrols"));
            return errorText(st);
        },
        [this](QString error) {
            if (!error.isEmpty()) setLastError(error);
        });
    applyState(newState);
    emit patrolChanged();
}

void PatrolController::pause() {
    command([](Store& s, const Uuid& id) { return domain::PatrolRepo(s).pause(id); }, QStringLiteral("paused"));
}

void PatrolController::resume() {
    command([](Store& s, const Uuid& id) { return domain::PatrolRepo(s).resume(id); }, QStringLiteral("active"));
}

void PatrolController::stop(const QString& findings) {
    const std::string f = ss(findings.trimmed());
    command([f](Store& s, const Uuid& id) { return domain::PatrolRepo(s).stop(id, f); }, QStringLiteral("none"));
}

void PatrolController::passCheckpoint(const QString& checkpointId) {
    const Uuid pid = idFrom(m_patrolId);
    const Uuid cid = idFrom(checkpointId);
    if (pid.isNil() || cid.isNil()) return;
    db().run<QString>(
        this,
        [this, pid, cid](Store& store) {
            auto r = domain::PatrolRepo(store).passCheckpoint(pid, cid);
            db().notifyChanged(QStringLiteral("checkpoints"));
            return r ? QString() : errorText(r.status());
        },
        [this](QString error) {
            if (!error.isEmpty()) setLastError(error);
        });
}

void PatrolController::onFix(const QGeoPositionInfo& info) {
    if (m_state != QLatin1String("active")) return;
    const domain::GeoPoint where{info.coordinate().latitude(), info.coordinate().longitude()};
    std::optional<double> accuracy;
    if (info.hasAttribute(QGeoPositionInfo::HorizontalAccuracy))
        accuracy = info.attribute(QGeoPositionInfo::HorizontalAccuracy);
    if (!m_track.isEmpty()) {
        const QPointF& last = m_track.last();
        m_distanceM += domain::distanceMeters({last.x(), last.y()}, where);
    }
    m_track.push_back({where.lat, where.lon});
    const int count = m_track.size();
    emit trackChanged();
    emit pointRecorded(count);

    // Each fix is its own durable write, queued in fix order; the patrol id may still be
    // pending right after start(), so the job looks the active patrol up when it has none.
    const Uuid pid = idFrom(m_patrolId);
    const Uuid worker = session().workerId;
    QVector<Uuid> reached;
    for (const auto& row : m_checkpoints.rows()) {
        if (row.passedAt > 0) continue;
        if (domain::distanceMeters(where, row.checkpoint.location) <= row.checkpoint.radiusM)
            reached << row.checkpoint.id;
    }
    db().run<QString>(
        this,
        [this, pid, worker, where, accuracy, reached](Store& store) {
            domain::PatrolRepo repo(store);
            Uuid id = pid;
            if (id.isNil()) {
                auto active = repo.activeFor(worker);
                if (!active) return QString();
                id = active->id;
            }
            auto p = repo.addPoint(id, where, accuracy);
            if (!p) return errorText(p.status());
            for (const auto& c : reached) (void)repo.passCheckpoint(id, c, "自动记录");
            if (!reached.isEmpty()) db().notifyChanged(QStringLiteral("checkpoints"));
            return QString();
        },
        [this](QString error) {
            if (error.isEmpty()) return;
            qCWarning(lcPosition) << "track point not recorded:" << error;
            setLastError(error);
        });
}

void PatrolController::reportProblem() {
    core().reports()->prepareDraft(m_patrolId, {});
    core().app()->go(QStringLiteral("report"));
}

}  // namespace gridwork::mobile
