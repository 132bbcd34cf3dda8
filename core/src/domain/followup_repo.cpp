#include "gridwork/core/domain/followup_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/validation.h"

#include <algorithm>

namespace gridwork::domain {

namespace {
constexpr const char* kCols =
    "SELECT s.id, s.grid_id, s.household_id, s.resident_id, s.reason, s.interval_days, s.start_date, s.active "
    "FROM followup_schedules s ";

FollowupSchedule readSchedule(db::Statement& q) {
    FollowupSchedule s;
    s.id = q.getUuid(0);
    s.gridId = q.getUuid(1);
    s.householdId = q.getUuid(2);
    s.residentId = q.getUuid(3);
    s.reason = q.getText(4);
    s.intervalDays = static_cast<int>(q.getInt(5));
    s.startDate = q.getText(6);
    s.active = q.isNull(7) || q.getInt(7) != 0;
    return s;
}

Status checkInterval(int days) {
    if (days < 1 || days > 3650) return {ErrorCode::InvalidArgument, "随访周期：应为1到3650天"};
    return Status::ok();
}
}  // namespace

Result<FollowupSchedule> FollowupRepo::add(FollowupSchedule s) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kFollowups, s.id));
    if (known) return get(s.id);  // a retried add
    auto& db = m_store.database();
    GW_ASSIGN_OR_RETURN(auto grid, rows::liveGrid(db, tables::kHouseholds, s.householdId));
    if (!grid) return rows::notFound("随访的户");
    s.gridId = *grid;
    if (!s.residentId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto home, rows::queryOne<Uuid>(
                                           db, "SELECT household_id FROM residents WHERE id=?1 AND deleted=0",
                                           [&](db::Statement& q) { q.bind(1, s.residentId); },
                                           [](db::Statement& q) { return q.getUuid(0); }));
        if (!home) return rows::notFound("随访对象");
        if (*home != s.householdId) return Status(ErrorCode::InvalidArgument, "随访对象：不是该户成员");
    }
    GW_TRY(checkInterval(s.intervalDays));
    if (s.startDate.empty()) s.startDate = localDateFromMs(rows::nowMs(m_store));
    GW_TRY(validateDate(s.startDate, "开始日期"));
    s.reason = trimText(s.reason);
    s.id = rows::orNew(s.id);
    RowWrite w{std::string(tables::kFollowups), s.id, {}};
    w.set("grid_id", s.gridId.toValue())
        .set("household_id", s.householdId.toValue())
        .set("resident_id", rows::id(s.residentId))
        .set("reason", rows::text(s.reason))
        .set("interval_days", Value::integer(s.intervalDays))
        .set("start_date", Value::text(s.startDate))
        .set("active", Value::boolean(s.active))
        .set("deleted", Value::boolean(false));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return s;
}

Status FollowupRepo::edit(const Uuid& id, const FollowupPatch& patch) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kFollowups, id));
    if (!live) return rows::notFound("随访计划");
    RowWrite w{std::string(tables::kFollowups), id, {}};
    if (patch.reason) w.set("reason", rows::text(trimText(*patch.reason)));
    if (patch.intervalDays) {
        GW_TRY(checkInterval(*patch.intervalDays));
        w.set("interval_days", Value::integer(*patch.intervalDays));
    }
    if (patch.startDate) {
        GW_TRY(validateDate(*patch.startDate, "开始日期"));
        w.set("start_date", Value::text(*patch.startDate));
    }
    if (patch.active) w.set("active", Value::boolean(*patch.active));
    if (w.columns.empty()) return Status::ok();
    return m_store.write(w);
}

Status FollowupRepo::remove(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kFollowups, id));
    if (!live) return rows::notFound("随访计划");
    return m_store.write(RowWrite{std::string(tables::kFollowups), id, {{"deleted", Value::boolean(true)}}});
}

Result<FollowupSchedule> FollowupRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto s, rows::queryOne<FollowupSchedule>(
                                    m_store.database(), std::string(kCols) + "WHERE s.id=?1 AND s.deleted=0",
                                    [&](db::Statement& q) { q.bind(1, id); }, readSchedule));
    if (!s) return rows::notFound("随访计划");
    return *s;
}

std::vector<FollowupSchedule> FollowupRepo::ofHousehold(const Uuid& householdId) {
    return rows::orEmpty(rows::queryAll<FollowupSchedule>(
        m_store.database(), std::string(kCols) + "WHERE s.household_id=?1 AND s.deleted=0 ORDER BY s.start_date, s.id",
        [&](db::Statement& q) { q.bind(1, householdId); }, readSchedule));
}

Result<std::vector<DueFollowup>> FollowupRepo::dueOn(const std::string& date, const std::vector<Uuid>& grids) {
    GW_TRY(validateDate(date, "日期"));
    auto today = *parseLocalDate(date);
    auto& db = m_store.database();
    // One pass per grid: the schedule, its household, and its last visit both ways (indexed:
    // visits_schedule(schedule_id, visit_date), visits_household(household_id, ...)).
    const std::string select =
        "SELECT s.id, s.grid_id, s.household_id, s.resident_id, s.reason, s.interval_days, s.start_date, s.active, "
        "(SELECT max(v.visit_date) FROM visits v WHERE v.schedule_id = s.id), "
        "(SELECT max(v.visit_date) FROM visits v WHERE v.household_id = s.household_id AND v.visit_date >= "
        "s.start_date), "
        "h.id, h.grid_id, h.micro_grid_id, h.address, h.kind, h.status, h.head_name, h.phone, h.note, "
        "r.id, r.name, r.status, r.deleted "
        "FROM followup_schedules s JOIN households h ON h.id = s.household_id "
        "LEFT JOIN residents r ON r.id = s.resident_id "
        "WHERE s.grid_id=?1 AND s.deleted=0 AND s.active IS NOT 0 AND h.deleted=0 AND h.status IS NOT 'moved_out'";
    std::vector<DueFollowup> due;
    std::vector<Uuid> residentIds;
    for (const auto& grid : grids) {
        GW_ASSIGN_OR_RETURN(db::Query q, db.prepare(select));
        q->bind(1, grid);
        while (q->step()) {
            FollowupSchedule s = readSchedule(*q);
            std::string bySchedule = q->getText(8), byHousehold = q->getText(9);
            if (!q->isNull(19)) {  // a resident schedule: skip people who are gone
                std::string rs = q->getText(21);
                if (q->getInt(22) != 0 || rs == "moved_out" || rs == "deceased") continue;
            }
            std::string last = !bySchedule.empty() ? bySchedule : byHousehold;
            std::string dueDate = last.empty() ? s.startDate : addDays(last, s.intervalDays);
            auto dueDay = parseLocalDate(dueDate);
            if (!dueDay || *dueDay > today) continue;
            DueFollowup d;
            d.schedule = s;
            d.household.id = q->getUuid(10);
            d.household.gridId = q->getUuid(11);
            d.household.microGridId = q->getUuid(12);
            d.household.address = q->getText(13);
            d.household.kind = rows::enumOr(q->getText(14), HouseholdKind::Own);
            d.household.status = rows::enumOr(q->getText(15), HouseholdStatus::Active);
            d.household.headName = q->getText(16);
            d.household.phone = q->getText(17);
            d.household.note = q->getText(18);
            d.lastVisitDate = last;
            d.dueDate = dueDate;
            d.daysOverdue = today - *dueDay;
            due.push_back(std::move(d));
        }
        GW_TRY(q->status());
    }
    LedgerRepo ledger(m_store);
    for (auto& d : due) {
        if (d.schedule.residentId.isNil()) continue;
        auto r = ledger.getResident(d.schedule.residentId);
        if (r) d.resident = std::move(r).value();
    }
    std::sort(due.begin(), due.end(), [](const DueFollowup& a, const DueFollowup& b) {
        if (a.daysOverdue != b.daysOverdue) return a.daysOverdue > b.daysOverdue;
        if (a.household.address != b.household.address) return a.household.address < b.household.address;
        return a.schedule.id < b.schedule.id;
    });
    return due;
}

}  // namespace gridwork::domain
