#include "gridwork/core/domain/patrol_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

#include <cmath>

namespace gridwork::domain {

namespace {
constexpr const char* kPatrolCols =
    "SELECT id, grid_id, worker_id, started_at, stopped_at, state, distance_m, findings FROM patrols ";
constexpr const char* kPointCols =
    "SELECT id, grid_id, patrol_id, seq, lat, lon, accuracy_m, recorded_at FROM patrol_points ";
constexpr const char* kPassCols =
    "SELECT id, grid_id, patrol_id, checkpoint_id, passed_at, note FROM patrol_checkpoints ";
constexpr const char* kCheckpointCols = "SELECT id, grid_id, name, kind, lat, lon, radius_m FROM checkpoints ";

Patrol readPatrol(db::Statement& q) {
    Patrol p;
    p.id = q.getUuid(0);
    p.gridId = q.getUuid(1);
    p.workerId = q.getUuid(2);
    p.startedAt = q.getInt(3);
    if (!q.isNull(4)) p.stoppedAt = q.getInt(4);
    p.state = rows::enumOr(q.getText(5), PatrolState::Active);
    p.distanceM = q.getReal(6);
    p.findings = q.getText(7);
    return p;
}

TrackPoint readPoint(db::Statement& q) {
    TrackPoint t;
    t.id = q.getUuid(0);
    t.gridId = q.getUuid(1);
    t.patrolId = q.getUuid(2);
    t.seq = q.getInt(3);
    t.location = {q.getReal(4), q.getReal(5)};
    t.accuracyM = rows::optReal(q, 6);
    t.recordedAt = q.getInt(7);
    return t;
}

CheckpointPass readPass(db::Statement& q) {
    CheckpointPass p;
    p.id = q.getUuid(0);
    p.gridId = q.getUuid(1);
    p.patrolId = q.getUuid(2);
    p.checkpointId = q.getUuid(3);
    p.passedAt = q.getInt(4);
    p.note = q.getText(5);
    return p;
}

Checkpoint readCheckpoint(db::Statement& q) {
    Checkpoint c;
    c.id = q.getUuid(0);
    c.gridId = q.getUuid(1);
    c.name = q.getText(2);
    c.kind = q.getText(3);
    c.location = {q.getReal(4), q.getReal(5)};
    c.radiusM = q.getReal(6);
    return c;
}

Status checkPoint(const GeoPoint& p) {
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon) || p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180)
        return {ErrorCode::InvalidArgument, "位置：经纬度超出范围"};
    return Status::ok();
}

Status stateError(PatrolState s) {
    switch (s) {
    case PatrolState::Active: return rows::invalidState("巡查正在进行中");
    case PatrolState::Paused: return rows::invalidState("巡查已暂停，请先继续巡查");
    case PatrolState::Stopped: return rows::invalidState("巡查已结束");
    }
    return rows::invalidState("巡查状态不正确");
}
}  // namespace

double distanceMeters(const GeoPoint& a, const GeoPoint& b) {
    constexpr double kEarthRadiusM = 6371008.8;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    double dLat = (b.lat - a.lat) * kRad, dLon = (b.lon - a.lon) * kRad;
    double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
               std::cos(a.lat * kRad) * std::cos(b.lat * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

Result<Patrol> PatrolRepo::start(const Uuid& workerId, const Uuid& gridId, std::int64_t at) {
    if (workerId.isNil()) return Status(ErrorCode::InvalidArgument, "巡查人员：不能为空");
    Patrol p;
    p.workerId = workerId;
    p.gridId = gridId;
    if (p.gridId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(m_store.database(), tables::kWorkers, workerId));
        if (!g) return rows::notFound("巡查人员");
        p.gridId = *g;
    }
    if (p.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    p.id = newUuidV7();
    p.startedAt = at ? at : rows::nowMs(m_store);
    p.state = PatrolState::Active;
    Status s = m_store.transaction([&](WriteTxn& txn) {
        if (activeFor(workerId)) return rows::invalidState("已有一次未结束的巡查，请继续或结束它");
        RowWrite w{std::string(tables::kPatrols), p.id, {}};
        w.set("grid_id", p.gridId.toValue())
            .set("worker_id", workerId.toValue())
            .set("started_at", Value::integer(p.startedAt))
            .set("state", rows::name(p.state))
            .set("distance_m", Value::real(0))
            .set("deleted", Value::boolean(false));
        return txn.write(rows::newRow(std::move(w)));
    });
    GW_TRY(s);
    return p;
}

Status PatrolRepo::pause(const Uuid& patrolId) {
    return m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Patrol p, get(patrolId));
        if (p.state != PatrolState::Active) return stateError(p.state);
        RowWrite w{std::string(tables::kPatrols), patrolId, {}};
        w.set("state", rows::name(PatrolState::Paused)).set("distance_m", Value::real(distance(patrolId)));
        return txn.write(w);
    });
}

Status PatrolRepo::resume(const Uuid& patrolId) {
    return m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Patrol p, get(patrolId));
        if (p.state != PatrolState::Paused) return stateError(p.state);
        return txn.write(
            RowWrite{std::string(tables::kPatrols), patrolId, {{"state", rows::name(PatrolState::Active)}}});
    });
}

Status PatrolRepo::stop(const Uuid& patrolId, const std::string& findings, std::int64_t at) {
    std::string f = trimText(findings);
    GW_TRY(validateMaxLength(f, "巡查发现", kMaxLongText));
    std::int64_t when = at ? at : rows::nowMs(m_store);
    return m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Patrol p, get(patrolId));
        if (p.state == PatrolState::Stopped) return stateError(p.state);
        RowWrite w{std::string(tables::kPatrols), patrolId, {}};
        w.set("state", rows::name(PatrolState::Stopped))
            .set("stopped_at", Value::integer(when))
            .set("distance_m", Value::real(distance(patrolId)));
        if (!f.empty()) w.set("findings", Value::text(f));
        return txn.write(w);
    });
}

Status PatrolRepo::setFindings(const Uuid& patrolId, const std::string& findings) {
    std::string f = trimText(findings);
    GW_TRY(validateMaxLength(f, "巡查发现", kMaxLongText));
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kPatrols, patrolId));
    if (!live) return rows::notFound("巡查");
    return m_store.write(RowWrite{std::string(tables::kPatrols), patrolId, {{"findings", rows::text(f)}}});
}

Result<TrackPoint> PatrolRepo::addPoint(const Uuid& patrolId, const GeoPoint& where, std::optional<double> accuracyM,
                                        std::int64_t recordedAt, std::int64_t seq) {
    GW_TRY(checkPoint(where));
    if (accuracyM && (!std::isfinite(*accuracyM) || *accuracyM < 0))
        return Status(ErrorCode::InvalidArgument, "定位精度：不能为负数");
    if (seq < 0) return Status(ErrorCode::InvalidArgument, "序号：不能为负数");
    TrackPoint t;
    t.patrolId = patrolId;
    t.location = where;
    t.accuracyM = accuracyM;
    t.recordedAt = recordedAt ? recordedAt : rows::nowMs(m_store);
    auto& db = m_store.database();
    Status s = m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Patrol p, get(patrolId));
        if (seq > 0) {
            GW_ASSIGN_OR_RETURN(auto existing,
                                rows::queryOne<TrackPoint>(
                                    db, std::string(kPointCols) + "WHERE patrol_id=?1 AND seq=?2",
                                    [&](db::Statement& q) { q.bind(1, patrolId).bind(2, seq); }, readPoint));
            if (existing) {  // a replay after a kill: the point is already stored
                t = *existing;
                return Status::ok();
            }
        }
        if (p.state != PatrolState::Active) return stateError(p.state);
        if (seq == 0) {
            GW_ASSIGN_OR_RETURN(auto last, rows::queryOne<std::int64_t>(
                                               db, "SELECT coalesce(max(seq), 0) FROM patrol_points WHERE patrol_id=?1",
                                               [&](db::Statement& q) { q.bind(1, patrolId); },
                                               [](db::Statement& q) { return q.getInt(0); }));
            seq = 1 + last.value_or(0);
        }
        t.id = newUuidV7();
        t.gridId = p.gridId;
        t.seq = seq;
        RowWrite w{std::string(tables::kTrackPoints), t.id, {}};
        w.set("grid_id", t.gridId.toValue())
            .set("patrol_id", patrolId.toValue())
            .set("seq", Value::integer(t.seq))
            .set("lat", Value::real(where.lat))
            .set("lon", Value::real(where.lon))
            .set("accuracy_m", rows::real(accuracyM))
            .set("recorded_at", Value::integer(t.recordedAt));
        return txn.write(rows::newRow(std::move(w)));
    });
    GW_TRY(s);
    return t;
}

Result<CheckpointPass> PatrolRepo::passCheckpoint(const Uuid& patrolId, const Uuid& checkpointId,
                                                  const std::string& note, std::int64_t at) {
    CheckpointPass c;
    c.id = newUuidV7();
    c.patrolId = patrolId;
    c.checkpointId = checkpointId;
    c.passedAt = at ? at : rows::nowMs(m_store);
    c.note = trimText(note);
    Status s = m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Patrol p, get(patrolId));
        if (p.state == PatrolState::Stopped) return stateError(p.state);
        GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kCheckpoints, checkpointId));
        if (!live) return rows::notFound("巡查点");
        c.gridId = p.gridId;
        RowWrite w{std::string(tables::kCheckpointPasses), c.id, {}};
        w.set("grid_id", c.gridId.toValue())
            .set("patrol_id", patrolId.toValue())
            .set("checkpoint_id", checkpointId.toValue())
            .set("passed_at", Value::integer(c.passedAt))
            .set("note", rows::text(c.note));
        return txn.write(rows::newRow(std::move(w)));
    });
    GW_TRY(s);
    return c;
}

Result<Patrol> PatrolRepo::get(const Uuid& patrolId) {
    GW_ASSIGN_OR_RETURN(auto p, rows::queryOne<Patrol>(
                                    m_store.database(), std::string(kPatrolCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, patrolId); }, readPatrol));
    if (!p) return rows::notFound("巡查");
    return *p;
}

std::optional<Patrol> PatrolRepo::activeFor(const Uuid& workerId) {
    return rows::orEmpty(rows::queryOne<Patrol>(
        m_store.database(),
        std::string(kPatrolCols) + "WHERE worker_id=?1 AND deleted=0 AND state IN ('active','paused') "
                                   "ORDER BY started_at DESC, id DESC LIMIT 1",
        [&](db::Statement& q) { q.bind(1, workerId); }, readPatrol));
}

std::vector<Patrol> PatrolRepo::ofWorker(const Uuid& workerId) {
    return rows::orEmpty(rows::queryAll<Patrol>(
        m_store.database(),
        std::string(kPatrolCols) + "WHERE worker_id=?1 AND deleted=0 ORDER BY started_at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, workerId); }, readPatrol));
}

std::vector<TrackPoint> PatrolRepo::track(const Uuid& patrolId) {
    return rows::orEmpty(rows::queryAll<TrackPoint>(
        m_store.database(), std::string(kPointCols) + "WHERE patrol_id=?1 ORDER BY seq, id",
        [&](db::Statement& q) { q.bind(1, patrolId); }, readPoint));
}

std::vector<CheckpointPass> PatrolRepo::passes(const Uuid& patrolId) {
    return rows::orEmpty(rows::queryAll<CheckpointPass>(
        m_store.database(), std::string(kPassCols) + "WHERE patrol_id=?1 ORDER BY passed_at, id",
        [&](db::Statement& q) { q.bind(1, patrolId); }, readPass));
}

double PatrolRepo::distance(const Uuid& patrolId) {
    double total = 0;
    std::optional<GeoPoint> prev;
    for (const auto& t : track(patrolId)) {
        if (t.accuracyM && *t.accuracyM > kMaxAccuracyM) continue;
        if (prev) total += distanceMeters(*prev, t.location);
        prev = t.location;
    }
    return total;
}

Result<Checkpoint> PatrolRepo::addCheckpoint(Checkpoint c) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kCheckpoints, c.id));
    if (known) return getCheckpoint(c.id);  // a retried add
    c.name = trimText(c.name);
    c.kind = trimText(c.kind);
    GW_TRY(validateRequired(c.name, "巡查点名称"));
    if (c.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    GW_TRY(checkPoint(c.location));
    if (!(c.radiusM > 0)) return Status(ErrorCode::InvalidArgument, "范围：半径应大于0米");
    c.id = rows::orNew(c.id);
    RowWrite w{std::string(tables::kCheckpoints), c.id, {}};
    w.set("grid_id", c.gridId.toValue())
        .set("name", Value::text(c.name))
        .set("kind", rows::text(c.kind))
        .set("lat", Value::real(c.location.lat))
        .set("lon", Value::real(c.location.lon))
        .set("radius_m", Value::real(c.radiusM))
        .set("deleted", Value::boolean(false));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return c;
}

Result<Checkpoint> PatrolRepo::getCheckpoint(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto c, rows::queryOne<Checkpoint>(
                                    m_store.database(), std::string(kCheckpointCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, id); }, readCheckpoint));
    if (!c) return rows::notFound("巡查点");
    return *c;
}

std::vector<Checkpoint> PatrolRepo::checkpoints(const Uuid& gridId) {
    return rows::orEmpty(rows::queryAll<Checkpoint>(
        m_store.database(), std::string(kCheckpointCols) + "WHERE grid_id=?1 AND deleted=0 ORDER BY name, id",
        [&](db::Statement& q) { q.bind(1, gridId); }, readCheckpoint));
}

}  // namespace gridwork::domain
