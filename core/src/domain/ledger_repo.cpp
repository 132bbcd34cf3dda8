#include "gridwork/core/domain/ledger_repo.h"

#include "domain/ledger_rows.h"
#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

#include <algorithm>

namespace gridwork::domain {

namespace {
constexpr const char* kHouseholdCols =
    "SELECT h.id, h.grid_id, h.micro_grid_id, h.address, h.kind, h.status, h.head_name, h.phone, h.note, "
    "h.evac_risk FROM households h ";
constexpr const char* kResidentCols =
    "SELECT r.id, r.grid_id, r.household_id, r.name, r.id_number, r.phone, r.birth_year, r.gender, r.relation, "
    "r.tags, r.status FROM residents r ";
constexpr const char* kResidentOrder = " ORDER BY (r.relation='户主') DESC, r.name, r.id";

Household readHousehold(db::Statement& q) {
    Household h;
    h.id = q.getUuid(0);
    h.gridId = q.getUuid(1);
    h.microGridId = q.getUuid(2);
    h.address = q.getText(3);
    h.kind = rows::enumOr(q.getText(4), HouseholdKind::Own);
    h.status = rows::enumOr(q.getText(5), HouseholdStatus::Active);
    h.headName = q.getText(6);
    h.phone = q.getText(7);
    h.note = q.getText(8);
    h.evacRisk = q.getInt(9) == 1;
    return h;
}

Resident readResident(db::Statement& q) {
    Resident r;
    r.id = q.getUuid(0);
    r.gridId = q.getUuid(1);
    r.householdId = q.getUuid(2);
    r.name = q.getText(3);
    r.idNumber = q.getText(4);
    r.phone = q.getText(5);
    if (!q.isNull(6)) r.birthYear = static_cast<int>(q.getInt(6));
    r.gender = parseEnum<Gender>(q.getText(7));
    r.relation = q.getText(8);
    r.tags = decodeTags(q.getText(9));
    r.status = rows::enumOr(q.getText(10), ResidentStatus::Present);
    return r;
}

// LIKE pattern for a substring, with % _ \ escaped (use ESCAPE '\').
std::string likeContains(const std::string& s) {
    std::string out = "%";
    for (char c : s) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

// Validates that a micro-grid exists and gives its grid.
Result<Uuid> microGridGrid(db::Database& db, const Uuid& microGridId) {
    auto grid = rows::queryOne<Uuid>(
        db, "SELECT grid_id FROM org_units WHERE id=?1 AND level='micro_grid' AND deleted=0",
        [&](db::Statement& q) { q.bind(1, microGridId); }, [](db::Statement& q) { return q.getUuid(0); });
    if (!grid) return rows::notFound("微网格");
    return *grid;
}

bool isAsciiLetters(const std::string& s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}
bool isDigits(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}
}  // namespace

// ---- households ----

Result<Household> LedgerRepo::addHousehold(Household h) {
    if (rows::exists(m_store.database(), tables::kHouseholds, h.id)) return getHousehold(h.id);  // a retried add
    auto& db = m_store.database();
    if (!h.microGridId.isNil()) {
        GW_ASSIGN_OR_RETURN(Uuid grid, microGridGrid(db, h.microGridId));
        if (h.gridId.isNil()) h.gridId = grid;
        if (h.gridId != grid) return Status(ErrorCode::InvalidArgument, "微网格：不属于该网格");
    }
    GW_ASSIGN_OR_RETURN(RowWrite w, ledger::householdWrite(h));
    GW_TRY(m_store.write(w));
    return h;
}

Status LedgerRepo::editHousehold(const Uuid& id, const HouseholdPatch& patch) {
    auto& db = m_store.database();
    auto grid = rows::liveGrid(db, tables::kHouseholds, id);
    if (!grid) return rows::notFound("户");
    RowWrite w{std::string(tables::kHouseholds), id, {}};
    if (patch.microGridId) {
        if (!patch.microGridId->isNil()) {
            GW_ASSIGN_OR_RETURN(Uuid mgGrid, microGridGrid(db, *patch.microGridId));
            if (mgGrid != *grid) return Status(ErrorCode::InvalidArgument, "微网格：不属于该户所在网格");
        }
        w.set("micro_grid_id", rows::id(*patch.microGridId));
    }
    if (patch.address) {
        std::string a = trimText(*patch.address);
        GW_TRY(validateRequired(a, "地址"));
        GW_TRY(validateMaxLength(a, "地址", kMaxShortText));
        w.set("address", Value::text(a));
    }
    if (patch.kind) w.set("kind", rows::name(*patch.kind));
    if (patch.status) w.set("status", rows::name(*patch.status));
    if (patch.headName) w.set("head_name", rows::text(trimText(*patch.headName)));
    if (patch.phone) {
        GW_ASSIGN_OR_RETURN(std::string p, rows::optionalPhone(*patch.phone, "联系电话"));
        w.set("phone", rows::text(p));
    }
    if (patch.note) {
        std::string n = trimText(*patch.note);
        GW_TRY(validateMaxLength(n, "备注", kMaxLongText));
        w.set("note", rows::text(n));
    }
    if (w.columns.empty()) return Status::ok();
    return m_store.write(w);
}

Status LedgerRepo::setHouseholdStatus(const Uuid& id, HouseholdStatus status) {
    HouseholdPatch p;
    p.status = status;
    return editHousehold(id, p);
}

Status LedgerRepo::removeHousehold(const Uuid& id) {
    if (!rows::isLive(m_store.database(), tables::kHouseholds, id)) return rows::notFound("户");
    return m_store.write(RowWrite{std::string(tables::kHouseholds), id, {{"deleted", Value::boolean(true)}}});
}

Result<Household> LedgerRepo::getHousehold(const Uuid& id) {
    auto h = rows::queryOne<Household>(
        m_store.database(), std::string(kHouseholdCols) + "WHERE h.id=?1 AND h.deleted=0",
        [&](db::Statement& q) { q.bind(1, id); }, readHousehold);
    if (!h) return rows::notFound("户");
    return *h;
}

std::vector<Household> LedgerRepo::householdsOfMicroGrid(const Uuid& microGridId, bool includeMovedOut) {
    std::string sql = std::string(kHouseholdCols) + "WHERE h.micro_grid_id=?1 AND h.deleted=0" +
                      (includeMovedOut ? "" : " AND h.status IS NOT 'moved_out'") + " ORDER BY h.address, h.id";
    return rows::queryAll<Household>(
        m_store.database(), sql, [&](db::Statement& q) { q.bind(1, microGridId); }, readHousehold);
}

std::vector<Household> LedgerRepo::householdsOfGrid(const Uuid& gridId, bool includeMovedOut) {
    std::string sql = std::string(kHouseholdCols) + "WHERE h.grid_id=?1 AND h.deleted=0" +
                      (includeMovedOut ? "" : " AND h.status IS NOT 'moved_out'") + " ORDER BY h.address, h.id";
    return rows::queryAll<Household>(
        m_store.database(), sql, [&](db::Statement& q) { q.bind(1, gridId); }, readHousehold);
}

// ---- residents ----

Result<Resident> LedgerRepo::addResident(Resident r) {
    if (rows::exists(m_store.database(), tables::kResidents, r.id)) return getResident(r.id);  // a retried add
    auto grid = rows::liveGrid(m_store.database(), tables::kHouseholds, r.householdId);
    if (!grid) return rows::notFound("所属户");
    r.gridId = *grid;
    GW_ASSIGN_OR_RETURN(RowWrite w, ledger::residentWrite(r, ledger::currentYear(rows::nowMs(m_store))));
    GW_TRY(m_store.write(w));
    return r;
}

Status LedgerRepo::editResident(const Uuid& id, const ResidentPatch& patch) {
    auto& db = m_store.database();
    auto grid = rows::liveGrid(db, tables::kResidents, id);
    if (!grid) return rows::notFound("人员");
    RowWrite w{std::string(tables::kResidents), id, {}};
    if (patch.name) {
        std::string n = trimText(*patch.name);
        GW_TRY(validateRequired(n, "姓名"));
        GW_TRY(validateMaxLength(n, "姓名", kMaxShortText));
        w.set("name", Value::text(n));
    }
    // The ID number, birth year and gender are checked together when any of them is given.
    if (patch.idNumber || patch.birthYear || patch.gender) {
        Resident probe;
        if (patch.idNumber) probe.idNumber = trimText(*patch.idNumber);
        if (patch.birthYear) probe.birthYear = *patch.birthYear;
        if (patch.gender) probe.gender = *patch.gender;
        GW_TRY(ledger::reconcileWithId(probe, ledger::currentYear(rows::nowMs(m_store))));
        if (patch.idNumber) w.set("id_number", rows::text(probe.idNumber));
        // A corrected ID number brings its birth year and gender along unless they were given.
        bool fromId = patch.idNumber && !probe.idNumber.empty();
        if (patch.birthYear || fromId)
            w.set("birth_year", probe.birthYear ? Value::integer(*probe.birthYear) : Value::null());
        if (patch.gender || fromId) w.set("gender", probe.gender ? rows::name(*probe.gender) : Value::null());
    }
    if (patch.phone) {
        GW_ASSIGN_OR_RETURN(std::string p, rows::optionalPhone(*patch.phone, "联系电话"));
        w.set("phone", rows::text(p));
    }
    if (patch.relation) w.set("relation", rows::text(trimText(*patch.relation)));
    if (patch.tags) w.set("tags", Value::text(encodeTags(*patch.tags)));
    if (patch.status) w.set("status", rows::name(*patch.status));
    if (patch.householdId) {
        auto hGrid = rows::liveGrid(db, tables::kHouseholds, *patch.householdId);
        if (!hGrid) return rows::notFound("所属户");
        if (*hGrid != *grid) return Status(ErrorCode::InvalidArgument, "所属户：不在同一网格");
        w.set("household_id", patch.householdId->toValue());
    }
    if (w.columns.empty()) return Status::ok();
    return m_store.write(w);
}

Status LedgerRepo::setResidentStatus(const Uuid& id, ResidentStatus status) {
    ResidentPatch p;
    p.status = status;
    return editResident(id, p);
}

Status LedgerRepo::removeResident(const Uuid& id) {
    if (!rows::isLive(m_store.database(), tables::kResidents, id)) return rows::notFound("人员");
    return m_store.write(RowWrite{std::string(tables::kResidents), id, {{"deleted", Value::boolean(true)}}});
}

Result<Resident> LedgerRepo::getResident(const Uuid& id) {
    auto r = rows::queryOne<Resident>(
        m_store.database(), std::string(kResidentCols) + "WHERE r.id=?1 AND r.deleted=0",
        [&](db::Statement& q) { q.bind(1, id); }, readResident);
    if (!r) return rows::notFound("人员");
    return *r;
}

std::vector<Resident> LedgerRepo::residentsOf(const Uuid& householdId, bool includeGone) {
    std::string sql = std::string(kResidentCols) + "WHERE r.household_id=?1 AND r.deleted=0" +
                      (includeGone ? "" : " AND r.status IS NOT 'moved_out' AND r.status IS NOT 'deceased'") +
                      kResidentOrder;
    return rows::queryAll<Resident>(
        m_store.database(), sql, [&](db::Statement& q) { q.bind(1, householdId); }, readResident);
}

std::vector<Resident> LedgerRepo::residentsWithTag(const Uuid& gridId, ResidentTag tag) {
    // Tags are a sorted comma list; match the whole name between commas.
    std::string sql = std::string(kResidentCols) +
                      "WHERE r.grid_id=?1 AND r.deleted=0 AND (','||r.tags||',') LIKE ?2 "
                      "AND r.status IS NOT 'moved_out' AND r.status IS NOT 'deceased'" +
                      kResidentOrder;
    std::string pattern = "%," + std::string(enumName(tag)) + ",%";
    return rows::queryAll<Resident>(
        m_store.database(), sql, [&](db::Statement& q) { q.bind(1, gridId).bind(2, pattern); }, readResident);
}

std::int64_t LedgerRepo::householdCount(const Uuid& gridId) {
    return rows::queryOne<std::int64_t>(
               m_store.database(), "SELECT count(*) FROM households WHERE grid_id=?1 AND deleted=0",
               [&](db::Statement& q) { q.bind(1, gridId); }, [](db::Statement& q) { return q.getInt(0); })
        .value_or(0);
}

std::int64_t LedgerRepo::residentCount(const Uuid& gridId) {
    return rows::queryOne<std::int64_t>(
               m_store.database(), "SELECT count(*) FROM residents WHERE grid_id=?1 AND deleted=0",
               [&](db::Statement& q) { q.bind(1, gridId); }, [](db::Statement& q) { return q.getInt(0); })
        .value_or(0);
}

// ---- search ----

std::vector<LedgerHit> LedgerRepo::search(const std::vector<Uuid>& grids, const std::string& rawQuery,
                                          std::size_t limit) {
    std::vector<LedgerHit> out;
    std::string query = trimText(rawQuery);
    if (query.empty() || limit == 0) return out;
    auto& db = m_store.database();
    std::vector<Household> households;
    std::vector<Resident> residents;

    if (isAsciiLetters(query)) {
        // Pinyin initials (any reading of a polyphone): scan the grid's names in memory (thousands of rows).
        std::string want = lower(query);
        auto matches = [&](const std::string& name) { return pinyinInitialsMatch(name, want); };
        for (const auto& grid : grids) {
            for (auto& h : rows::queryAll<Household>(
                     db, std::string(kHouseholdCols) + "WHERE h.grid_id=?1 AND h.deleted=0",
                     [&](db::Statement& q) { q.bind(1, grid); }, readHousehold))
                if (matches(h.headName)) households.push_back(std::move(h));
            for (auto& r : rows::queryAll<Resident>(
                     db, std::string(kResidentCols) + "WHERE r.grid_id=?1 AND r.deleted=0",
                     [&](db::Statement& q) { q.bind(1, grid); }, readResident))
                if (matches(r.name)) residents.push_back(std::move(r));
        }
    } else {
        bool digits = isDigits(query);
        std::string pattern = digits ? "%" + query : likeContains(query);
        std::string hSql =
            std::string(kHouseholdCols) + "WHERE h.grid_id=?1 AND h.deleted=0 AND " +
            (digits ? "h.phone LIKE ?2" : "(h.address LIKE ?2 ESCAPE '\\' OR h.head_name LIKE ?2 ESCAPE '\\')") +
            " ORDER BY h.address, h.id LIMIT ?3";
        std::string rSql = std::string(kResidentCols) + "WHERE r.grid_id=?1 AND r.deleted=0 AND " +
                           (digits ? "(r.phone LIKE ?2 OR r.id_number LIKE ?2)" : "r.name LIKE ?2 ESCAPE '\\'") +
                           " ORDER BY r.name, r.id LIMIT ?3";
        for (const auto& grid : grids) {
            auto bind = [&](db::Statement& q) {
                q.bind(1, grid).bind(2, pattern).bind(3, static_cast<std::int64_t>(limit));
            };
            for (auto& h : rows::queryAll<Household>(db, hSql, bind, readHousehold)) households.push_back(std::move(h));
            for (auto& r : rows::queryAll<Resident>(db, rSql, bind, readResident)) residents.push_back(std::move(r));
        }
    }
    std::sort(households.begin(), households.end(), [](const Household& a, const Household& b) {
        return a.address != b.address ? a.address < b.address : a.id < b.id;
    });
    std::sort(residents.begin(), residents.end(),
              [](const Resident& a, const Resident& b) { return a.name != b.name ? a.name < b.name : a.id < b.id; });
    for (auto& h : households) {
        if (out.size() >= limit) return out;
        out.push_back({std::move(h), std::nullopt});
    }
    for (auto& r : residents) {
        if (out.size() >= limit) break;
        auto h = getHousehold(r.householdId);
        if (!h) continue;  // resident of a tombstoned household
        out.push_back({std::move(h).value(), std::move(r)});
    }
    return out;
}

}  // namespace gridwork::domain
