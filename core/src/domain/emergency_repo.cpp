#include "gridwork/core/domain/emergency_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/validation.h"

#include <algorithm>
#include <map>
#include <set>

namespace gridwork::domain {

bool Emergency::covers(const Uuid& grid) const {
    return grids.empty() || std::find(grids.begin(), grids.end(), grid) != grids.end();
}

Uuid evacuationRowId(const Uuid& emergencyId, const Uuid& householdId) {
    return rows::derivedRowId("gridwork.evacuation", emergencyId, householdId);
}

namespace {
constexpr const char* kEmergencyCols =
    "SELECT id, kind, grids, started_at, ended_at, note, duty, declared_by FROM emergencies ";
constexpr const char* kEvacuationCols =
    "SELECT id, grid_id, emergency_id, household_id, evacuated, destination, stayed, stayed_reason, worker_id, "
    "recorded_at FROM evacuations ";
constexpr int kMaxPeople = 999;

// The disaster reports an emergency counts as open (emergency.md): in grid ?1, a disaster
// category, reported from its start ?2 to its end ?3 (NULL while it lasts), not handled or closed.
// One predicate for stats() and openDisasterReports().
std::string openDisasterWhere() {
    std::string categories;
    for (auto c : enumValues<ReportCategory>())
        if (isDisasterCategory(c))
            categories += std::string(categories.empty() ? "'" : ",'") + std::string(enumName(c)) + "'";
    return "WHERE grid_id=?1 AND deleted=0 AND category IN (" + categories +
           ") AND reported_at>=?2 AND (?3 IS NULL OR reported_at<=?3) AND "
           "coalesce(status,'reported') NOT IN ('handled','closed')";
}

Emergency readEmergency(db::Statement& q) {
    Emergency e;
    e.id = q.getUuid(0);
    e.kind = rows::enumOr(q.getText(1), EmergencyKind::Other);
    e.grids = rows::decodeGrids(q.getText(2));
    e.startedAt = q.getInt(3);
    if (!q.isNull(4)) e.endedAt = q.getInt(4);
    e.note = q.getText(5);
    e.duty = q.getText(6);
    e.declaredBy = q.getText(7);
    return e;
}

Evacuation readEvacuation(db::Statement& q) {
    Evacuation v;
    v.id = q.getUuid(0);
    v.gridId = q.getUuid(1);
    v.emergencyId = q.getUuid(2);
    v.householdId = q.getUuid(3);
    v.evacuated = static_cast<int>(q.getInt(4));
    v.destination = q.getText(5);
    v.stayed = static_cast<int>(q.getInt(6));
    v.stayedReason = q.getText(7);
    v.workerId = q.getUuid(8);
    v.recordedAt = q.getInt(9);
    return v;
}

bool canonical(const Evacuation& v) {
    return v.id == evacuationRowId(v.emergencyId, v.householdId);
}

Status checkPeople(int n, std::string_view field) {
    if (n < 0 || n > kMaxPeople)
        return {ErrorCode::InvalidArgument, std::string(field) + "：应为0到" + std::to_string(kMaxPeople) + "人"};
    return Status::ok();
}

std::vector<Uuid> liveGrids(Store& store) {
    std::vector<Uuid> out;
    for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) out.push_back(g.id);
    return out;
}
}  // namespace

EmergencyTotals& EmergencyTotals::operator+=(const EmergencyTotals& o) {
    householdsListed += o.householdsListed;
    householdsDone += o.householdsDone;
    peopleEvacuated += o.peopleEvacuated;
    peopleStayed += o.peopleStayed;
    disasterReportsOpen += o.disasterReportsOpen;
    return *this;
}

Result<Emergency> EmergencyRepo::declare(Emergency e) {
    if (rows::exists(m_store.database(), tables::kEmergencies, e.id)) return get(e.id);  // a retried declare
    e.note = trimText(e.note);
    e.duty = trimText(e.duty);
    e.declaredBy = trimText(e.declaredBy);
    GW_TRY(validateMaxLength(e.note, "说明", kMaxLongText));
    GW_TRY(validateMaxLength(e.duty, "值班安排", kMaxLongText));
    GW_TRY(validateMaxLength(e.declaredBy, "发布人", kMaxShortText));
    OrgRepo org(m_store);
    for (const auto& g : e.grids) {
        auto unit = org.get(g);
        if (!unit || unit->level != OrgLevel::Grid) return rows::notFound("网格 " + g.toString());
    }
    for (const auto& other : active()) {
        bool overlaps = other.grids.empty() || e.grids.empty();
        for (const auto& g : e.grids) overlaps = overlaps || other.covers(g);
        if (overlaps)
            return rows::invalidState("已有进行中的应急（" + std::string(enumLabelZh(other.kind)) +
                                      "），请先结束再发布");
    }
    if (e.startedAt == 0) e.startedAt = rows::nowMs(m_store);
    e.endedAt.reset();
    e.id = rows::orNew(e.id);
    std::sort(e.grids.begin(), e.grids.end());
    e.grids.erase(std::unique(e.grids.begin(), e.grids.end()), e.grids.end());
    RowWrite w{std::string(tables::kEmergencies), e.id, {}};
    w.set("kind", rows::name(e.kind))
        .set("grids", rows::text(rows::encodeGrids(e.grids)))
        .set("started_at", Value::integer(e.startedAt))
        .set("note", rows::text(e.note))
        .set("duty", rows::text(e.duty))
        .set("declared_by", rows::text(e.declaredBy));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return e;
}

Status EmergencyRepo::end(const Uuid& emergencyId, std::int64_t endedAt) {
    GW_ASSIGN_OR_RETURN(Emergency e, get(emergencyId));
    if (!e.active()) return rows::invalidState("应急已结束");
    if (endedAt == 0) endedAt = rows::nowMs(m_store);
    if (endedAt < e.startedAt) return Status(ErrorCode::InvalidArgument, "结束时间：不能早于开始时间");
    return m_store.write(
        RowWrite{std::string(tables::kEmergencies), emergencyId, {{"ended_at", Value::integer(endedAt)}}});
}

Result<Emergency> EmergencyRepo::get(const Uuid& emergencyId) {
    auto e = rows::queryOne<Emergency>(
        m_store.database(), std::string(kEmergencyCols) + "WHERE id=?1 AND deleted=0",
        [&](db::Statement& q) { q.bind(1, emergencyId); }, readEmergency);
    if (!e) return rows::notFound("应急");
    return *e;
}

std::vector<Emergency> EmergencyRepo::active() {
    return rows::queryAll<Emergency>(
        m_store.database(),
        std::string(kEmergencyCols) + "WHERE deleted=0 AND ended_at IS NULL ORDER BY started_at DESC, id DESC",
        [](db::Statement&) {}, readEmergency);
}

std::optional<Emergency> EmergencyRepo::latest() {
    auto lasting = active();
    if (!lasting.empty()) return lasting.front();
    return rows::queryOne<Emergency>(
        m_store.database(), std::string(kEmergencyCols) + "WHERE deleted=0 ORDER BY started_at DESC, id DESC LIMIT 1",
        [](db::Statement&) {}, readEmergency);
}

std::optional<Emergency> EmergencyRepo::activeFor(const std::vector<Uuid>& grids) {
    for (auto& e : active())
        for (const auto& g : grids)
            if (e.covers(g)) return e;
    return std::nullopt;
}

Status EmergencyRepo::setRisk(const Uuid& householdId, bool onList) {
    if (!rows::isLive(m_store.database(), tables::kHouseholds, householdId)) return rows::notFound("户");
    return m_store.write(
        RowWrite{std::string(tables::kHouseholds), householdId, {{"evac_risk", Value::boolean(onList)}}});
}

Result<std::vector<RiskHousehold>> EmergencyRepo::riskList(const Uuid& emergencyId, const std::vector<Uuid>& grids) {
    GW_ASSIGN_OR_RETURN(Emergency e, get(emergencyId));
    auto& db = m_store.database();
    LedgerRepo ledger(m_store);
    std::vector<RiskHousehold> listed, extra;
    for (const auto& grid : grids) {
        if (!e.covers(grid)) continue;
        std::map<Uuid, Evacuation> records;
        for (auto& v : rows::queryAll<Evacuation>(
                 db, std::string(kEvacuationCols) + "WHERE emergency_id=?1 AND grid_id=?2 AND deleted=0",
                 [&](db::Statement& q) { q.bind(1, emergencyId).bind(2, grid); }, readEvacuation))
            if (canonical(v)) records[v.householdId] = v;
        auto risk = rows::queryAll<Uuid>(
            db, "SELECT id FROM households WHERE grid_id=?1 AND deleted=0 AND evac_risk=1",
            [&](db::Statement& q) { q.bind(1, grid); }, [](db::Statement& q) { return q.getUuid(0); });
        std::set<Uuid> onList(risk.begin(), risk.end());
        for (auto& h : ledger.householdsOfGrid(grid)) {
            auto rec = records.find(h.id);
            bool isListed = onList.count(h.id) > 0;
            if (!isListed && rec == records.end()) continue;
            RiskHousehold item{h, {}};
            if (rec != records.end()) item.evacuation = rec->second;
            (isListed ? listed : extra).push_back(std::move(item));
        }
    }
    auto byAddress = [](const RiskHousehold& a, const RiskHousehold& b) {
        if (a.household.address != b.household.address) return a.household.address < b.household.address;
        return a.household.id < b.household.id;
    };
    std::sort(listed.begin(), listed.end(), byAddress);
    std::sort(extra.begin(), extra.end(), byAddress);
    for (auto& x : extra) listed.push_back(std::move(x));
    return listed;
}

Result<Evacuation> EmergencyRepo::record(Evacuation ev) {
    GW_ASSIGN_OR_RETURN(Emergency e, get(ev.emergencyId));
    if (!e.active()) return rows::invalidState("应急已结束，不能再登记转移");
    auto grid = rows::liveGrid(m_store.database(), tables::kHouseholds, ev.householdId);
    if (!grid) return rows::notFound("户");
    if (!e.covers(*grid)) return Status(ErrorCode::InvalidArgument, "户：不在本次应急的网格内");
    GW_TRY(checkPeople(ev.evacuated, "转移人数"));
    GW_TRY(checkPeople(ev.stayed, "留守人数"));
    ev.destination = trimText(ev.destination);
    ev.stayedReason = trimText(ev.stayedReason);
    GW_TRY(validateMaxLength(ev.destination, "转移去向", kMaxShortText));
    GW_TRY(validateMaxLength(ev.stayedReason, "留守原因", kMaxShortText));
    if (ev.stayed > 0) GW_TRY(validateRequired(ev.stayedReason, "留守原因"));
    if (ev.stayed == 0) ev.stayedReason.clear();
    ev.gridId = *grid;
    ev.id = evacuationRowId(ev.emergencyId, ev.householdId);
    if (ev.recordedAt == 0) ev.recordedAt = rows::nowMs(m_store);
    // Every column, NULLs too, in one write: one stamp for the whole record, so a merge keeps
    // one worker's record entire (never one's count with the other's reason).
    RowWrite w{std::string(tables::kEvacuations), ev.id, {}};
    w.set("grid_id", ev.gridId.toValue())
        .set("emergency_id", ev.emergencyId.toValue())
        .set("household_id", ev.householdId.toValue())
        .set("evacuated", Value::integer(ev.evacuated))
        .set("destination", rows::text(ev.destination))
        .set("stayed", Value::integer(ev.stayed))
        .set("stayed_reason", rows::text(ev.stayedReason))
        .set("worker_id", rows::id(ev.workerId))
        .set("recorded_at", Value::integer(ev.recordedAt))
        .set("deleted", Value::boolean(false));
    GW_TRY(m_store.write(w));
    return ev;
}

std::optional<Evacuation> EmergencyRepo::evacuationOf(const Uuid& emergencyId, const Uuid& householdId) {
    return rows::queryOne<Evacuation>(
        m_store.database(), std::string(kEvacuationCols) + "WHERE id=?1 AND deleted=0",
        [&](db::Statement& q) { q.bind(1, evacuationRowId(emergencyId, householdId)); }, readEvacuation);
}

Result<EmergencyStats> EmergencyRepo::stats(const Uuid& emergencyId) {
    GW_ASSIGN_OR_RETURN(Emergency e, get(emergencyId));
    auto& db = m_store.database();
    EmergencyStats out;
    out.emergency = e;
    std::vector<Uuid> grids = e.grids.empty() ? liveGrids(m_store) : e.grids;
    OrgRepo org(m_store);
    const std::string openReports = "SELECT count(*) FROM reports " + openDisasterWhere();
    for (const auto& grid : grids) {
        EmergencyTotals t;
        t.gridId = grid;
        if (auto unit = org.get(grid)) t.gridName = unit->name;
        t.householdsListed =
            rows::queryOne<std::int64_t>(
                db,
                "SELECT count(*) FROM households WHERE grid_id=?1 AND deleted=0 AND evac_risk=1 AND "
                "status IS NOT 'moved_out'",
                [&](db::Statement& q) { q.bind(1, grid); }, [](db::Statement& q) { return q.getInt(0); })
                .value_or(0);
        for (const auto& v : rows::queryAll<Evacuation>(
                 db, std::string(kEvacuationCols) + "WHERE emergency_id=?1 AND grid_id=?2 AND deleted=0",
                 [&](db::Statement& q) { q.bind(1, emergencyId).bind(2, grid); }, readEvacuation)) {
            if (!canonical(v)) continue;
            ++t.householdsDone;
            t.peopleEvacuated += v.evacuated;
            t.peopleStayed += v.stayed;
        }
        t.disasterReportsOpen = rows::queryOne<std::int64_t>(
                                    db, openReports,
                                    [&](db::Statement& q) {
                                        q.bind(1, grid).bind(2, e.startedAt);
                                        q.bind(3, e.endedAt ? Value::integer(*e.endedAt) : Value::null());
                                    },
                                    [](db::Statement& q) { return q.getInt(0); })
                                    .value_or(0);
        out.township += t;
        out.grids.push_back(std::move(t));
    }
    std::sort(out.grids.begin(), out.grids.end(), [](const EmergencyTotals& a, const EmergencyTotals& b) {
        if (a.gridName != b.gridName) return a.gridName < b.gridName;
        return a.gridId < b.gridId;
    });
    if (auto t = org.byLevel(OrgLevel::Township); !t.empty()) out.township.gridName = t.front().name;
    return out;
}

Result<std::vector<Uuid>> EmergencyRepo::openDisasterReports(const Uuid& emergencyId) {
    GW_ASSIGN_OR_RETURN(Emergency e, get(emergencyId));
    std::vector<Uuid> out;
    const std::string sql = "SELECT id FROM reports " + openDisasterWhere() + " ORDER BY reported_at DESC, id";
    for (const auto& grid : e.grids.empty() ? liveGrids(m_store) : e.grids)
        for (const auto& id : rows::queryAll<Uuid>(
                 m_store.database(), sql,
                 [&](db::Statement& q) {
                     q.bind(1, grid).bind(2, e.startedAt);
                     q.bind(3, e.endedAt ? Value::integer(*e.endedAt) : Value::null());
                 },
                 [](db::Statement& q) { return q.getUuid(0); }))
            out.push_back(id);
    return out;
}

}  // namespace gridwork::domain
