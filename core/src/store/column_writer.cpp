#include "store/column_writer.h"

#include "gridwork/core/db.h"

namespace gridwork {

namespace {
bool typeMatches(ColumnType type, const Value& v) {
    using K = Value::Kind;
    if (v.isNull()) return true;
    switch (type) {
    case ColumnType::Id: return v.kind() == K::Blob && v.asBlob().size() == 16;
    case ColumnType::Text: return v.kind() == K::Text;
    case ColumnType::Integer: return v.kind() == K::Integer;
    case ColumnType::Bool: return v.kind() == K::Integer && (v.asInt() == 0 || v.asInt() == 1);
    case ColumnType::Real: return v.kind() == K::Real || v.kind() == K::Integer;
    case ColumnType::Blob: return v.kind() == K::Blob;
    }
    return false;
}
}  // namespace

Status validateColumn(const TableSpec*& spec, std::string_view table, std::string_view column, const Value& v,
                      bool allowDerived) {
    if (!spec || spec->name != table) spec = findTable(table);
    if (!spec) return {ErrorCode::UnknownTable, "unknown table '" + std::string(table) + "'"};
    const ColumnSpec* col = spec->column(column);
    if (!col || (!col->synced && !allowDerived))
        return {ErrorCode::UnknownColumn, "unknown column '" + std::string(table) + "." + std::string(column) + "'"};
    if (!typeMatches(col->type, v))
        return {ErrorCode::InvalidArgument,
                "wrong value type for " + std::string(table) + "." + std::string(column)};
    return Status::ok();
}

Status putColumns(db::Database& db, const TableSpec& spec, const Uuid& row,
                  const std::vector<std::pair<std::string, Value>>& columns, Hlc hlc, const Uuid& site) {
    if (columns.empty()) return Status::ok();
    std::string sql = "INSERT INTO " + std::string(spec.name) + "(id";
    std::string values = "VALUES(?1";
    std::string update;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        sql += "," + columns[i].first;
        values += ",?" + std::to_string(i + 2);
        update += (i ? "," : "") + columns[i].first + "=excluded." + columns[i].first;
    }
    sql += ") " + values + ") ON CONFLICT(id) DO UPDATE SET " + update;
    GW_ASSIGN_OR_RETURN(db::Statement * put, db.prepareChecked(sql));
    put->bind(1, row);
    for (std::size_t i = 0; i < columns.size(); ++i) put->bind(static_cast<int>(i + 2), columns[i].second);
    GW_TRY(put->run());

    // All the row's clocks in one multi-row statement (one VM run instead of one per column: the
    // per-statement overhead dominated bulk imports). ?1 table, ?2 row, ?3 hlc, ?4 site, ?5.. columns.
    std::string clockSql = "INSERT INTO column_clocks(tbl,row_id,col,hlc,site) VALUES";
    for (std::size_t i = 0; i < columns.size(); ++i)
        clockSql += (i ? ",(?1,?2,?" : "(?1,?2,?") + std::to_string(i + 5) + ",?3,?4)";
    clockSql += " ON CONFLICT(tbl,row_id,col) DO UPDATE SET hlc=excluded.hlc, site=excluded.site";
    GW_ASSIGN_OR_RETURN(db::Statement * clock, db.prepareChecked(clockSql));
    clock->bind(1, spec.name).bind(2, row).bind(3, static_cast<std::int64_t>(hlc)).bind(4, site);
    for (std::size_t i = 0; i < columns.size(); ++i) clock->bind(static_cast<int>(i + 5), columns[i].first);
    return clock->run();
}

std::optional<Stamp> columnStamp(db::Database& db, std::string_view table, const Uuid& row, std::string_view column) {
    db::Statement* q = db.prepare("SELECT hlc, site FROM column_clocks WHERE tbl=?1 AND row_id=?2 AND col=?3");
    if (!q) return std::nullopt;
    q->bind(1, table).bind(2, row).bind(3, column);
    if (!q->step()) return std::nullopt;
    Stamp s{static_cast<Hlc>(q->getInt(0)), q->getUuid(1)};
    q->reset();
    return s;
}

std::optional<Uuid> rowGrid(db::Database& db, const TableSpec& spec, const Uuid& row) {
    db::Statement* q = db.prepare("SELECT grid_id FROM " + std::string(spec.name) + " WHERE id=?1");
    if (!q) return std::nullopt;
    q->bind(1, row);
    if (!q->step()) return std::nullopt;
    Uuid g = q->getUuid(0);
    q->reset();
    return g;
}

}  // namespace gridwork
