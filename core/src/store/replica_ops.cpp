#include "gridwork/core/store/replica_ops.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/column_writer.h"
#include "store/packed_columns.h"

#include <algorithm>

namespace gridwork {

Status rowStamps(WriteTxn& txn, const TableSpec& table, const Uuid& row, StampMap& out) {
    return rowColumnStamps(txn.database(), table, row, out);
}

Status writeRemoteGroup(WriteTxn& txn, const TableSpec& table, const ColumnValues& columns,
                        std::span<const Change* const> changes, bool unseenRow) {
    if (columns.empty()) return Status::ok();
    auto& db = txn.database();
    const Change& first = *changes.front();
    bool created = false;
    if (unseenRow) {
        GW_ASSIGN_OR_RETURN(created, insertNewRow(db, table, first.rowId, columns));
        if (created) GW_TRY(putRowClock(db, table, first.rowId, columnMask(table, columns), first.hlc, first.site));
    }
    if (!created) GW_TRY(putColumns(db, table, first.rowId, columns, first.hlc, first.site));
    if (const auto& observer = txn.store().applyObserver())
        for (const Change* c : changes) GW_TRY(observer(txn, *c));
    return txn.noteWritten(table, first.rowId);
}

Result<Hlc> stampFloorOutsideJournal(WriteTxn& txn) {
    auto& db = txn.database();
    Hlc floor = 0;
    for (const auto& table : replicatedTables()) {
        GW_ASSIGN_OR_RETURN(auto max, db.queryInt("SELECT coalesce(max(s.hlc),0) FROM (" + columnStampsSql(table) +
                                                  ") s WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.tbl='" +
                                                  std::string(table.name) +
                                                  "' AND o.row_id=s.row_id AND o.hlc=s.hlc AND o.site=s.site "
                                                  "AND (o.mask>>s.bit)&1)"));
        floor = std::max(floor, static_cast<Hlc>(max.value_or(0)));
    }
    return floor;
}

Result<std::vector<JournalRow>> takeJournal(WriteTxn& txn) {
    auto& db = txn.database();
    std::vector<JournalRow> rows;
    {
        GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT last_seq, tbl, row_id, hlc, grid_id, cols "
                                                    "FROM outbox ORDER BY last_seq"));
        while (q->step()) {
            JournalRow r{q->getInt(0), q->getText(1), q->getUuid(2), static_cast<Hlc>(q->getInt(3)), q->getUuid(4), {}};
            const TableSpec* spec = findTable(r.table);
            if (!spec) return Status(ErrorCode::Storage, "outbox entry of unknown table " + r.table);
            GW_TRY(unpackColumns(*spec, q->getBlob(5), r.columns));
            rows.push_back(std::move(r));
        }
        GW_TRY(q->status());
    }
    GW_TRY(db.exec("DELETE FROM outbox"));
    return rows;
}

Status restampColumn(WriteTxn& txn, const TableSpec& table, const Uuid& row, const std::string& column, Hlc hlc) {
    GW_ASSIGN_OR_RETURN(
        db::Query q,
        txn.database().prepare("INSERT INTO column_clocks(tbl,row_id,col,hlc,site) VALUES(?1,?2,?3,?4,?5) "
                               "ON CONFLICT(tbl,row_id,col) DO UPDATE SET hlc=excluded.hlc, site=excluded.site"));
    q->bind(1, table.name).bind(2, row).bind(3, column).bind(4, static_cast<std::int64_t>(hlc));
    q->bind(5, txn.store().siteId());
    GW_TRY(q->run());
    return txn.noteWritten(table, row);
}

Status appendJournal(WriteTxn& txn, const JournalRow& row) {
    const TableSpec* spec = findTable(row.table);
    if (!spec) return {ErrorCode::Storage, "journal row of unknown table " + row.table};
    GW_ASSIGN_OR_RETURN(db::Query put,
                        txn.database().prepare("INSERT INTO outbox(last_seq,n,tbl,row_id,hlc,site,grid_id,mask,cols) "
                                               "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));
    put->bind(1, row.lastSeq).bind(2, static_cast<std::int64_t>(row.columns.size())).bind(3, row.table);
    put->bind(4, row.row).bind(5, static_cast<std::int64_t>(row.hlc)).bind(6, txn.store().siteId());
    if (row.grid.isNil())
        put->bindNull(7);
    else
        put->bind(7, row.grid);
    put->bind(8, columnMask(*spec, row.columns)).bind(9, Value::blob(packColumns(*spec, row.columns)));
    return put->run();
}

Result<GridPurge> purgeGridRows(WriteTxn& txn, const Uuid& grid) {
    auto& db = txn.database();
    GridPurge result;
    for (const auto& table : replicatedTables()) {
        std::string name(table.name);
        for (const char* clockTable : {"column_clocks", "row_clocks"}) {
            GW_ASSIGN_OR_RETURN(db::Query clocks, db.prepare(std::string("DELETE FROM ") + clockTable +
                                                             " WHERE tbl=?1 AND row_id IN (SELECT id FROM " + name +
                                                             " WHERE grid_id=?2)"));
            clocks->bind(1, table.name).bind(2, grid);
            GW_TRY(clocks->run());
        }
        GW_ASSIGN_OR_RETURN(db::Query rows, db.prepare("DELETE FROM " + name + " WHERE grid_id=?1"));
        rows->bind(1, grid);
        GW_TRY(rows->run());
        result.rows += static_cast<std::uint64_t>(db.changes());
    }
    // Counted in entries (columns), as the outbox is read; the seqs stay issued.
    {
        GW_ASSIGN_OR_RETURN(db::Query count, db.prepare("SELECT coalesce(sum(n),0) FROM outbox WHERE grid_id=?1"));
        count->bind(1, grid);
        GW_ASSIGN_OR_RETURN(bool counted, count->next());
        if (counted) result.pendingDropped = static_cast<std::uint64_t>(count->getInt(0));
    }
    GW_ASSIGN_OR_RETURN(db::Query pending, db.prepare("DELETE FROM outbox WHERE grid_id=?1"));
    pending->bind(1, grid);
    GW_TRY(pending->run());
    return result;
}

}  // namespace gridwork
