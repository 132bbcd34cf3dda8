#include "gridwork/core/domain/visit_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::domain {

namespace {
constexpr const char* kCols =
    "SELECT id, grid_id, household_id, resident_id, worker_id, kind, outcome, note, lat, lon, visited_at, "
    "visit_date, schedule_id, task_id, photo_sha256 FROM visits ";

Visit readVisit(db::Statement& q) {
    Visit v;
    v.id = q.getUuid(0);
    v.gridId = q.getUuid(1);
    v.householdId = q.getUuid(2);
    v.residentId = q.getUuid(3);
    v.workerId = q.getUuid(4);
    v.kind = rows::enumOr(q.getText(5), VisitKind::Routine);
    v.outcome = rows::enumOr(q.getText(6), VisitOutcome::Other);
    v.note = q.getText(7);
    v.location = rows::optPoint(q, 8, 9);
    v.visitedAt = q.getInt(10);
    v.visitDate = q.getText(11);
    v.scheduleId = q.getUuid(12);
    v.taskId = q.getUuid(13);
    v.photoSha256 = q.getText(14);
    return v;
}
}  // namespace

Result<Visit> VisitRepo::record(Visit v) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kVisits, v.id));
    if (known) return get(v.id);  // a retried add
    auto& db = m_store.database();
    GW_ASSIGN_OR_RETURN(auto grid, rows::liveGrid(db, tables::kHouseholds, v.householdId));
    if (!grid) return rows::notFound("走访的户");
    v.gridId = *grid;
    if (!v.residentId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto home, rows::queryOne<Uuid>(
                                           db, "SELECT household_id FROM residents WHERE id=?1 AND deleted=0",
                                           [&](db::Statement& q) { q.bind(1, v.residentId); },
                                           [](db::Statement& q) { return q.getUuid(0); }));
        if (!home) return rows::notFound("走访对象");
        if (*home != v.householdId) return Status(ErrorCode::InvalidArgument, "走访对象：不是该户成员");
    }
    if (!v.scheduleId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto home, rows::queryOne<Uuid>(
                                           db, "SELECT household_id FROM followup_schedules WHERE id=?1 AND deleted=0",
                                           [&](db::Statement& q) { q.bind(1, v.scheduleId); },
                                           [](db::Statement& q) { return q.getUuid(0); }));
        if (!home) return rows::notFound("随访计划");
        if (*home != v.householdId) return Status(ErrorCode::InvalidArgument, "随访计划：不是这一户的计划");
    }
    if (!v.taskId.isNil()) {
        GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(db, tables::kTasks, v.taskId));
        if (!live) return rows::notFound("任务");
    }
    if (v.location &&
        (v.location->lat < -90 || v.location->lat > 90 || v.location->lon < -180 || v.location->lon > 180))
        return Status(ErrorCode::InvalidArgument, "位置：经纬度超出范围");
    v.note = trimText(v.note);
    GW_TRY(validateMaxLength(v.note, "走访记录", kMaxLongText));
    if (v.visitedAt == 0) v.visitedAt = rows::nowMs(m_store);
    if (v.visitDate.empty()) v.visitDate = localDateFromMs(v.visitedAt);
    GW_TRY(validateDate(v.visitDate, "走访日期"));
    v.id = rows::orNew(v.id);

    RowWrite w{std::string(tables::kVisits), v.id, {}};
    w.set("grid_id", v.gridId.toValue())
        .set("household_id", v.householdId.toValue())
        .set("resident_id", rows::id(v.residentId))
        .set("worker_id", rows::id(v.workerId))
        .set("kind", rows::name(v.kind))
        .set("outcome", rows::name(v.outcome))
        .set("note", rows::text(v.note))
        .set("lat", v.location ? Value::real(v.location->lat) : Value::null())
        .set("lon", v.location ? Value::real(v.location->lon) : Value::null())
        .set("visited_at", Value::integer(v.visitedAt))
        .set("visit_date", Value::text(v.visitDate))
        .set("schedule_id", rows::id(v.scheduleId))
        .set("task_id", rows::id(v.taskId))
        .set("photo_sha256", rows::text(v.photoSha256));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return v;
}

Result<Visit> VisitRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto v, rows::queryOne<Visit>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1",
                                    [&](db::Statement& q) { q.bind(1, id); }, readVisit));
    if (!v) return rows::notFound("走访记录");
    return *v;
}

std::vector<Visit> VisitRepo::ofHousehold(const Uuid& householdId) {
    return rows::orEmpty(rows::queryAll<Visit>(
        m_store.database(), std::string(kCols) + "WHERE household_id=?1 ORDER BY visited_at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, householdId); }, readVisit));
}

std::vector<Visit> VisitRepo::ofWorkerOn(const Uuid& workerId, const std::string& date) {
    return rows::orEmpty(rows::queryAll<Visit>(
        m_store.database(),
        std::string(kCols) + "WHERE worker_id=?1 AND visit_date=?2 ORDER BY visited_at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, workerId).bind(2, date); }, readVisit));
}

std::vector<Visit> VisitRepo::ofGridOn(const Uuid& gridId, const std::string& date) {
    return rows::orEmpty(rows::queryAll<Visit>(
        m_store.database(), std::string(kCols) + "WHERE grid_id=?1 AND visit_date=?2 ORDER BY visited_at DESC, id DESC",
        [&](db::Statement& q) { q.bind(1, gridId).bind(2, date); }, readVisit));
}

}  // namespace gridwork::domain
