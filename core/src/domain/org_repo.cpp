#include "gridwork/core/domain/org_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::domain {

namespace {
constexpr const char* kCols = "SELECT id, grid_id, parent_id, level, name, code FROM org_units ";

OrgUnit readUnit(db::Statement& q) {
    OrgUnit u;
    u.id = q.getUuid(0);
    u.gridId = q.getUuid(1);
    u.parentId = q.getUuid(2);
    u.level = rows::enumOr(q.getText(3), OrgLevel::Grid);
    u.name = q.getText(4);
    u.code = q.getText(5);
    return u;
}

RowWrite unitWrite(const OrgUnit& u) {
    RowWrite w{std::string(tables::kOrgUnits), u.id, {}};
    w.set("grid_id", rows::id(u.gridId))
        .set("parent_id", rows::id(u.parentId))
        .set("level", rows::name(u.level))
        .set("name", Value::text(u.name))
        .set("code", rows::text(u.code))
        .set("deleted", Value::boolean(false));
    return rows::newRow(std::move(w));
}
}  // namespace

Result<OrgUnit> OrgRepo::add(OrgUnit unit) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kOrgUnits, unit.id));
    if (known) return get(unit.id);  // a retried add
    unit.name = trimText(unit.name);
    unit.code = trimText(unit.code);
    GW_TRY(validateRequired(unit.name, "名称"));
    GW_TRY(validateMaxLength(unit.name, "名称", kMaxShortText));
    unit.id = rows::orNew(unit.id);
    auto& db = m_store.database();
    std::optional<OrgUnit> parent;
    if (!unit.parentId.isNil()) {
        GW_ASSIGN_OR_RETURN(parent, rows::queryOne<OrgUnit>(
                                        db, std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                        [&](db::Statement& q) { q.bind(1, unit.parentId); }, readUnit));
        if (!parent) return rows::notFound("上级单位");
    }
    switch (unit.level) {
    case OrgLevel::Township:
    case OrgLevel::Community: unit.gridId = Uuid::nil(); break;
    case OrgLevel::Grid: unit.gridId = unit.id; break;
    case OrgLevel::MicroGrid:
        if (!parent || parent->level != OrgLevel::Grid)
            return Status(ErrorCode::InvalidArgument, "上级单位：微网格必须属于一个网格");
        unit.gridId = parent->id;
        break;
    }
    GW_TRY(m_store.write(unitWrite(unit)));
    return unit;
}

Status OrgRepo::rename(const Uuid& id, const std::string& name) {
    std::string n = trimText(name);
    GW_TRY(validateRequired(n, "名称"));
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kOrgUnits, id));
    if (!live) return rows::notFound("单位");
    return m_store.write(RowWrite{std::string(tables::kOrgUnits), id, {{"name", Value::text(n)}}});
}

Status OrgRepo::remove(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kOrgUnits, id));
    if (!live) return rows::notFound("单位");
    return m_store.write(RowWrite{std::string(tables::kOrgUnits), id, {{"deleted", Value::boolean(true)}}});
}

Result<OrgUnit> OrgRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto u, rows::queryOne<OrgUnit>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, id); }, readUnit));
    if (!u) return rows::notFound("单位");
    return *u;
}

std::vector<OrgUnit> OrgRepo::children(const Uuid& parentId) {
    return rows::orEmpty(rows::queryAll<OrgUnit>(
        m_store.database(), std::string(kCols) + "WHERE parent_id=?1 AND deleted=0 ORDER BY name, id",
        [&](db::Statement& q) { q.bind(1, parentId); }, readUnit));
}

std::vector<OrgUnit> OrgRepo::byLevel(OrgLevel level) {
    return rows::orEmpty(rows::queryAll<OrgUnit>(
        m_store.database(), std::string(kCols) + "WHERE level=?1 AND deleted=0 ORDER BY name, id",
        [&](db::Statement& q) { q.bind(1, enumName(level)); }, readUnit));
}

std::vector<OrgUnit> OrgRepo::microGrids(const Uuid& gridId) {
    return rows::orEmpty(rows::queryAll<OrgUnit>(
        m_store.database(),
        std::string(kCols) + "WHERE grid_id=?1 AND level='micro_grid' AND deleted=0 ORDER BY name, id",
        [&](db::Statement& q) { q.bind(1, gridId); }, readUnit));
}

std::optional<OrgUnit> OrgRepo::findMicroGrid(const Uuid& gridId, const std::string& name) {
    return rows::orEmpty(rows::queryOne<OrgUnit>(
        m_store.database(),
        std::string(kCols) + "WHERE grid_id=?1 AND level='micro_grid' AND name=?2 AND deleted=0 ORDER BY id LIMIT 1",
        [&](db::Statement& q) { q.bind(1, gridId).bind(2, trimText(name)); }, readUnit));
}

Result<OrgUnit> OrgRepo::ensureMicroGrid(WriteTxn& txn, const Uuid& gridId, const std::string& name) {
    std::string n = trimText(name);
    GW_TRY(validateRequired(n, "微网格"));
    if (auto found = findMicroGrid(gridId, n)) return *found;
    OrgUnit u;
    u.id = newUuidV7();
    u.gridId = gridId;
    u.parentId = gridId;
    u.level = OrgLevel::MicroGrid;
    u.name = n;
    GW_TRY(txn.write(unitWrite(u)));
    return u;
}

}  // namespace gridwork::domain
