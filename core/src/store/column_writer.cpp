#include "store/column_writer.h"

#include "gridwork/core/store/db.h"
#include "store/packed_columns.h"

#include <unordered_map>

namespace gridwork {

namespace {
// The SQL of a statement over one row's column list depends only on the table and the column
// order: build it once per thread and (kind, table, order) instead of per write (bulk imports).
template <class Build>
const std::string& cachedSql(int kind, const TableSpec& spec, const ColumnValues& columns, Build build) {
    struct Key {
        int kind;
        const TableSpec* spec;
        std::size_t count;
        std::uint64_t order;  // 4 bits per column position, in the write's order
        bool operator==(const Key&) const = default;
    };
    struct Hash {
        std::size_t operator()(const Key& k) const {
            return std::hash<std::uint64_t>()(k.order * 31 + k.count) ^ std::hash<const void*>()(k.spec) ^
                   static_cast<std::size_t>(k.kind);
        }
    };
    thread_local std::unordered_map<Key, std::string, Hash> cache;
    thread_local std::string uncached;
    Key key{kind, &spec, columns.size(), 0};
    bool cacheable = columns.size() <= 16;
    for (std::size_t i = 0; cacheable && i < columns.size(); ++i) {
        int bit = columnBit(spec, columns[i].first);
        cacheable = bit >= 0 && bit < 16;
        key.order |= static_cast<std::uint64_t>(bit & 15) << (4 * i);
    }
    if (!cacheable) return uncached = build();
    auto it = cache.find(key);
    if (it == cache.end()) it = cache.emplace(key, build()).first;
    return it->second;
}

}  // namespace

Result<bool> insertNewRow(db::Database& db, const TableSpec& spec, const Uuid& row, const ColumnValues& columns) {
    const std::string& sql = cachedSql(0, spec, columns, [&] {
        std::string sql = "INSERT OR IGNORE INTO " + std::string(spec.name) + "(id";
        std::string values = "VALUES(?1";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            sql += "," + columns[i].first;
            values += ",?" + std::to_string(i + 2);
        }
        return sql + ") " + values + ")";
    });
    GW_ASSIGN_OR_RETURN(db::Query put, db.prepare(sql));
    put->bindRef(1, row);
    for (std::size_t i = 0; i < columns.size(); ++i) put->bindRef(static_cast<int>(i + 2), columns[i].second);
    GW_TRY(put->run());
    return db.changes() == 1;
}

Status putRowClock(db::Database& db, const TableSpec& spec, const Uuid& row, std::int64_t mask, Hlc hlc,
                   const Uuid& site) {
    GW_ASSIGN_OR_RETURN(db::Query rc, db.prepare("INSERT OR REPLACE INTO row_clocks(tbl,row_id,hlc,site,cols) "
                                                 "VALUES(?1,?2,?3,?4,?5)"));
    rc->bindRef(1, spec.name).bindRef(2, row).bind(3, static_cast<std::int64_t>(hlc)).bindRef(4, site).bind(5, mask);
    return rc->run();
}

Status putColumns(db::Database& db, const TableSpec& spec, const Uuid& row, const ColumnValues& columns, Hlc hlc,
                  const Uuid& site) {
    if (columns.empty()) return Status::ok();
    const std::string& sql = cachedSql(1, spec, columns, [&] {
        std::string sql = "INSERT INTO " + std::string(spec.name) + "(id";
        std::string values = "VALUES(?1";
        std::string update;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            sql += "," + columns[i].first;
            values += ",?" + std::to_string(i + 2);
            update += (i ? "," : "") + columns[i].first + "=excluded." + columns[i].first;
        }
        return sql + ") " + values + ") ON CONFLICT(id) DO UPDATE SET " + update;
    });
    GW_ASSIGN_OR_RETURN(db::Query put, db.prepare(sql));
    put->bindRef(1, row);
    for (std::size_t i = 0; i < columns.size(); ++i) put->bindRef(static_cast<int>(i + 2), columns[i].second);
    GW_TRY(put->run());

    // All the row's clocks in one multi-row statement (one VM run instead of one per column: the
    // per-statement overhead dominated bulk imports). ?1 table, ?2 row, ?3 hlc, ?4 site, ?5.. columns.
    // (The SQL depends only on the number of columns.)
    std::string clockSql = "INSERT INTO column_clocks(tbl,row_id,col,hlc,site) VALUES";
    for (std::size_t i = 0; i < columns.size(); ++i)
        clockSql += (i ? ",(?1,?2,?" : "(?1,?2,?") + std::to_string(i + 5) + ",?3,?4)";
    clockSql += " ON CONFLICT(tbl,row_id,col) DO UPDATE SET hlc=excluded.hlc, site=excluded.site";
    GW_ASSIGN_OR_RETURN(db::Query clock, db.prepare(clockSql));
    clock->bindRef(1, spec.name).bindRef(2, row).bind(3, static_cast<std::int64_t>(hlc)).bindRef(4, site);
    for (std::size_t i = 0; i < columns.size(); ++i)
        clock->bindRef(static_cast<int>(i + 5), std::string_view(columns[i].first));
    return clock->run();
}

// ---- The stamp rule (storage.md "Row clocks"): a column's stamp is its column_clocks entry if
// it has one, else the row clock if the row's creating write wrote the column, else none.
// columnStamp, rowColumnStamps and columnStampsSql are its three forms; nothing else reads the
// clock tables to find a stamp.

Result<std::optional<Stamp>> columnStamp(db::Database& db, std::string_view table, const Uuid& row,
                                         std::string_view column) {
    const TableSpec* spec = findTable(table);
    int bit = spec ? columnBit(*spec, column) : -1;
    if (bit < 0) return std::optional<Stamp>();
    // UNION ALL runs its arms in order: the column's own entry, when there is one, comes first.
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT hlc, site FROM column_clocks WHERE tbl=?1 AND row_id=?2 "
                                                "AND col=?3 UNION ALL SELECT hlc, site FROM row_clocks "
                                                "WHERE tbl=?1 AND row_id=?2 AND (cols>>?4)&1 LIMIT 1"));
    q->bind(1, table).bind(2, row).bind(3, column).bind(4, static_cast<std::int64_t>(bit));
    GW_ASSIGN_OR_RETURN(bool found, q->next());
    if (!found) return std::optional<Stamp>();
    return std::optional<Stamp>(Stamp{static_cast<Hlc>(q->getInt(0)), q->getUuid(1)});
}

Result<std::optional<Change>> readColumnState(db::Database& db, const TableSpec& spec, const Uuid& row,
                                              std::string_view column) {
    GW_ASSIGN_OR_RETURN(auto stamp, columnStamp(db, spec.name, row, column));
    if (!stamp) return std::optional<Change>();
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT " + std::string(column) + ", grid_id FROM " +
                                                std::string(spec.name) + " WHERE id=?1"));
    q->bind(1, row);
    Change c{std::string(spec.name), row, std::string(column), {}, stamp->hlc, stamp->site, {}};
    GW_ASSIGN_OR_RETURN(bool found, q->next());
    if (found) {
        c.value = q->getValue(0);
        c.gridId = q->getUuid(1);
    }
    return std::optional<Change>(std::move(c));
}

Status rowColumnStamps(db::Database& db, const TableSpec& spec, const Uuid& row,
                       std::unordered_map<std::string, Stamp>& out) {
    out.clear();
    // One statement (a pull does this per row): the column entries, then the row clock (col NULL).
    GW_ASSIGN_OR_RETURN(db::Query q,
                        db.prepare("SELECT col, hlc, site, 0 FROM column_clocks WHERE tbl=?1 AND row_id=?2 "
                                   "UNION ALL SELECT NULL, hlc, site, cols FROM row_clocks "
                                   "WHERE tbl=?1 AND row_id=?2"));
    q->bind(1, spec.name).bind(2, row);
    while (q->step()) {
        Stamp s{static_cast<Hlc>(q->getInt(1)), q->getUuid(2)};
        if (!q->isNull(0)) {
            out.insert_or_assign(q->getText(0), s);
            continue;
        }
        auto cols = static_cast<std::uint64_t>(q->getInt(3));
        for (std::size_t i = 0; i < spec.columns.size() && i < 64; ++i)
            if (cols >> i & 1) out.emplace(std::string(spec.columns[i].name), s);  // a column entry wins
    }
    return q->status();
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
    return "SELECT c.row_id AS row_id, c.col AS col, " + bitOf +
           " AS bit, c.hlc AS hlc, c.site AS site "
           "FROM column_clocks c WHERE c.tbl=" +
           table + " UNION ALL SELECT r.row_id, b.col, b.bit, r.hlc, r.site FROM row_clocks r JOIN (" + bits +
           ") b ON (r.cols>>b.bit)&1 WHERE r.tbl=" + table +
           " AND NOT EXISTS (SELECT 1 FROM column_clocks c WHERE c.tbl=" + table +
           " AND c.row_id=r.row_id AND c.col=b.col)";
}

Result<std::optional<Uuid>> rowGrid(db::Database& db, const TableSpec& spec, const Uuid& row) {
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT grid_id FROM " + std::string(spec.name) + " WHERE id=?1"));
    q->bind(1, row);
    GW_ASSIGN_OR_RETURN(bool found, q->next());
    if (!found) return std::optional<Uuid>();
    return std::optional<Uuid>(q->getUuid(0));
}

}  // namespace gridwork
