#include "domain/rows.h"

#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/schema.h"

namespace gridwork::domain::rows {

Result<std::optional<Uuid>> liveGrid(db::Database& db, std::string_view table, const Uuid& id) {
    const TableSpec* spec = findTable(table);
    if (!spec || id.isNil()) return std::optional<Uuid>();
    std::string sql = "SELECT grid_id FROM " + std::string(table) + " WHERE id=?1";
    if (spec->column("deleted")) sql += " AND deleted=0";
    return queryOne<Uuid>(
        db, sql, [&](db::Statement& q) { q.bind(1, id); }, [](db::Statement& q) { return q.getUuid(0); });
}

Result<bool> exists(db::Database& db, std::string_view table, const Uuid& id) {
    if (id.isNil() || !findTable(table)) return false;
    GW_ASSIGN_OR_RETURN(auto found, queryOne<int>(
                                        db, "SELECT 1 FROM " + std::string(table) + " WHERE id=?1",
                                        [&](db::Statement& q) { q.bind(1, id); }, [](db::Statement&) { return 1; }));
    return found.has_value();
}

Result<bool> isLive(db::Database& db, std::string_view table, const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto grid, liveGrid(db, table, id));
    return grid.has_value();
}

Result<std::string> optionalPhone(const std::string& phone, std::string_view field) {
    std::string p = trimText(phone);
    if (p.empty()) return std::string();
    GW_TRY(validatePhone(p, field));
    return normalizePhone(p);
}

}  // namespace gridwork::domain::rows
