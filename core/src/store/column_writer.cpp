#include "store/column_writer.h"

#include "gridwork/core/db.h"
#include "store/packed_columns.h"

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

Status putColumns(db::Database& db, const TableSpec& spec, const Uuid& row, const ColumnValues& columns, Hlc hlc,
                  const Uuid& site, bool createsRow) {
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

    if (createsRow) {
        // The write that creates a row: one row clock covering exactly the columns it wrote.
        GW_ASSIGN_OR_RETURN(db::Statement * rc,
                            db.prepareChecked("INSERT INTO row_clocks(tbl,row_id,hlc,site,cols) VALUES(?1,?2,?3,?4,?5) "
                                              "ON CONFLICT(tbl,row_id) DO UPDATE SET hlc=excluded.hlc, "
                                              "site=excluded.site, cols=excluded.cols"));
        rc->bind(1, spec.name).bind(2, row).bind(3, static_cast<std::int64_t>(hlc)).bind(4, site);
        rc->bind(5, columnMask(spec, columns));
        return rc->run();
    }
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

// ---- The stamp rule (storage.md "Row clocks"): a column's stamp is its column_clocks entry if
// it has one, else the row clock if the row's creating write wrote the column, else none.
// columnStamp, rowColumnStamps and columnStampsSql are its three forms; nothing else reads the
// clock tables to find a stamp.

std::optional<Stamp> columnStamp(db::Database& db, std::string_view table, const Uuid& row, std::string_view column) {
    const TableSpec* spec = findTable(table);
    int bit = spec ? columnBit(*spec, column) : -1;
    if (bit < 0) return std::nullopt;
    // UNION ALL runs its arms in order: the column's own entry, when there is one, comes first.
    db::Statement* q = db.prepare("SELECT hlc, site FROM column_clocks WHERE tbl=?1 AND row_id=?2 AND col=?3 "
                                  "UNION ALL SELECT hlc, site FROM row_clocks WHERE tbl=?1 AND row_id=?2 "
                                  "AND (cols>>?4)&1 LIMIT 1");
    if (!q) return std::nullopt;
    q->bind(1, table).bind(2, row).bind(3, column).bind(4, static_cast<std::int64_t>(bit));
    if (!q->step()) return std::nullopt;
    Stamp s{static_cast<Hlc>(q->getInt(0)), q->getUuid(1)};
    q->reset();
    return s;
}

Status rowColumnStamps(db::Database& db, const TableSpec& spec, const Uuid& row,
                       std::unordered_map<std::string, Stamp>& out) {
    out.clear();
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT col, hlc, site FROM column_clocks WHERE tbl=?1 AND row_id=?2"));
    q->bind(1, spec.name).bind(2, row);
    while (q->step()) out.emplace(q->getText(0), Stamp{static_cast<Hlc>(q->getInt(1)), q->getUuid(2)});
    GW_TRY(q->status());
    q->reset();
    GW_ASSIGN_OR_RETURN(db::Statement * r,
                        db.prepareChecked("SELECT hlc, site, cols FROM row_clocks WHERE tbl=?1 AND row_id=?2"));
    r->bind(1, spec.name).bind(2, row);
    if (r->step()) {
        Stamp s{static_cast<Hlc>(r->getInt(0)), r->getUuid(1)};
        auto cols = static_cast<std::uint64_t>(r->getInt(2));
        for (std::size_t i = 0; i < spec.columns.size() && i < 64; ++i)
            if (cols >> i & 1) out.emplace(std::string(spec.columns[i].name), s);  // keeps a column entry
    }
    GW_TRY(r->status());
    r->reset();
    return Status::ok();
}

std::string columnStampsSql(const TableSpec& spec) {
    std::string table = "'" + std::string(spec.name) + "'";
    std::string bitOf = "CASE c.col", bits;
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        std::string name = "'" + std::string(spec.columns[i].name) + "'", bit = std::to_string(i);
        bitOf += " WHEN " + name + " THEN " + bit;
        bits += (i ? " UNION ALL SELECT " : "SELECT ") + bit + (i ? "," : " AS bit,") + name + (i ? "" : " AS col");
    }
    bitOf += " END";
    return "SELECT c.row_id AS row_id, c.col AS col, " + bitOf + " AS bit, c.hlc AS hlc, c.site AS site "
           "FROM column_clocks c WHERE c.tbl=" + table +
           " UNION ALL SELECT r.row_id, b.col, b.bit, r.hlc, r.site FROM row_clocks r JOIN (" + bits +
           ") b ON (r.cols>>b.bit)&1 WHERE r.tbl=" + table +
           " AND NOT EXISTS (SELECT 1 FROM column_clocks c WHERE c.tbl=" + table +
           " AND c.row_id=r.row_id AND c.col=b.col)";
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
