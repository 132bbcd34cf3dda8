#include "gridwork/core/sync/replica_maintenance.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "store/column_writer.h"
#include "store/derived_state.h"
#include "store/packed_columns.h"

#include <algorithm>

namespace gridwork {

Result<RestampResult> restampOutbox(WriteTxn& txn, Hlc seenFloor) {
    auto& db = txn.database();
    Store& store = txn.store();
    RestampResult result;
    // Everything this replica holds that is not about to be replaced bounds the new clock: the
    // stamp of every column (the stamp rule, column_writer.h) that is not an outbox entry's.
    Hlc floor = 0;
    for (const auto& table : replicatedTables()) {
        auto max = db.queryInt("SELECT coalesce(max(s.hlc),0) FROM (" + columnStampsSql(table) +
                               ") s WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.tbl='" + std::string(table.name) +
                               "' AND o.row_id=s.row_id AND o.hlc=s.hlc AND o.site=s.site AND (o.mask>>s.bit)&1)");
        if (!max) return Status(ErrorCode::Storage, db.lastError());
        floor = std::max(floor, static_cast<Hlc>(*max));
    }
    Hlc base = std::max({makeHlc(store.clock().correctedNowMs(), 0), floor, seenFloor});
    store.clock().resetTo(base);
    txn.markClockDirty();

    // The journal rows, in seq order (each a run of per-column entries of one row write).
    struct Row {
        std::int64_t last;
        std::string table;
        Uuid row;
        Hlc hlc;
        Value grid;
        ColumnValues columns;
    };
    std::vector<Row> rows;
    {
        GW_ASSIGN_OR_RETURN(db::Statement * q, db.prepareChecked("SELECT last_seq, tbl, row_id, hlc, grid_id, cols "
                                                                 "FROM outbox ORDER BY last_seq"));
        while (q->step()) {
            Row r{q->getInt(0), q->getText(1), q->getUuid(2), static_cast<Hlc>(q->getInt(3)), q->getValue(4), {}};
            const TableSpec* spec = findTable(r.table);
            if (!spec) return Status(ErrorCode::Storage, "outbox entry of unknown table " + r.table);
            GW_TRY(unpackColumns(*spec, q->getBlob(5), r.columns));
            rows.push_back(std::move(r));
        }
        GW_TRY(q->status());
        q->reset();
    }
    GW_TRY(db.exec("DELETE FROM outbox"));  // rewritten below: kept entries keep their seqs
    GW_ASSIGN_OR_RETURN(
        db::Statement * setClock,
        db.prepareChecked("INSERT INTO column_clocks(tbl,row_id,col,hlc,site) VALUES(?1,?2,?3,?4,?5) "
                          "ON CONFLICT(tbl,row_id,col) DO UPDATE SET hlc=excluded.hlc, site=excluded.site"));
    GW_ASSIGN_OR_RETURN(db::Statement * put,
                        db.prepareChecked("INSERT INTO outbox(last_seq,n,tbl,row_id,hlc,site,grid_id,mask,cols) "
                                          "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9)"));

    Hlc lastOld = 0, lastNew = 0;
    bool haveGroup = false;
    for (const auto& r : rows) {
        const TableSpec& spec = *findTable(r.table);
        ColumnValues run;  // kept entries with consecutive seqs, rewritten as one journal row
        std::int64_t runLast = 0;
        auto flush = [&]() -> Status {
            if (run.empty()) return Status::ok();
            put->bind(1, runLast).bind(2, static_cast<std::int64_t>(run.size())).bind(3, r.table).bind(4, r.row);
            put->bind(5, static_cast<std::int64_t>(lastNew)).bind(6, store.siteId()).bind(7, r.grid);
            put->bind(8, columnMask(spec, run)).bind(9, Value::blob(packColumns(spec, run)));
            run.clear();
            return put->run();
        };
        std::int64_t seq = r.last + 1 - static_cast<std::int64_t>(r.columns.size());
        for (const auto& [column, value] : r.columns) {
            auto stamp = columnStamp(db, r.table, r.row, column);
            if (!stamp || stamp->hlc != r.hlc || stamp->site != store.siteId()) {
                GW_TRY(flush());
                ++result.dropped;
                ++seq;
                continue;
            }
            // The columns of one local write share one stamp, before and after.
            if (!haveGroup || r.hlc != lastOld) {
                GW_TRY(flush());
                lastOld = r.hlc;
                lastNew = txn.stamp();
                haveGroup = true;
            }
            setClock->bind(1, r.table).bind(2, r.row).bind(3, column).bind(4, static_cast<std::int64_t>(lastNew));
            setClock->bind(5, store.siteId());
            GW_TRY(setClock->run());
            run.emplace_back(column, value);
            runLast = seq++;
            ++result.restamped;
            noteDerivedInputs(txn, spec, r.row);
        }
        GW_TRY(flush());
    }
    return result;
}

Result<PurgeResult> purgeGrid(WriteTxn& txn, const Uuid& grid) {
    if (grid.isNil()) return Status(ErrorCode::InvalidArgument, "the township-wide scope cannot be purged");
    auto& db = txn.database();
    PurgeResult result;
    for (const auto& table : replicatedTables()) {
        std::string name(table.name);
        for (const char* clockTable : {"column_clocks", "row_clocks"}) {
            GW_ASSIGN_OR_RETURN(db::Statement * clocks, db.prepareChecked(std::string("DELETE FROM ") + clockTable +
                                                                          " WHERE tbl=?1 AND row_id IN "
                                                                          "(SELECT id FROM " +
                                                                          name + " WHERE grid_id=?2)"));
            clocks->bind(1, table.name).bind(2, grid);
            GW_TRY(clocks->run());
        }
        GW_ASSIGN_OR_RETURN(db::Statement * rows, db.prepareChecked("DELETE FROM " + name + " WHERE grid_id=?1"));
        rows->bind(1, grid);
        GW_TRY(rows->run());
        result.rows += static_cast<std::uint64_t>(db.changes());
    }
    // Counted in entries (columns), as the outbox is read; the seqs stay issued.
    GW_ASSIGN_OR_RETURN(db::Statement * count,
                        db.prepareChecked("SELECT coalesce(sum(n),0) FROM outbox WHERE grid_id=?1"));
    count->bind(1, grid);
    if (count->step()) result.pendingDropped = static_cast<std::uint64_t>(count->getInt(0));
    GW_TRY(count->status());
    count->reset();
    GW_ASSIGN_OR_RETURN(db::Statement * pending, db.prepareChecked("DELETE FROM outbox WHERE grid_id=?1"));
    pending->bind(1, grid);
    GW_TRY(pending->run());
    return result;
}

std::uint64_t outboxHighSeq(Store& store) {
    auto high =
        store.database().queryInt("SELECT max(coalesce((SELECT max(last_seq) FROM outbox),0), "
                                  "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='outbox_seq'),0))");
    return static_cast<std::uint64_t>(high.value_or(0));
}

std::uint64_t pendingForGrid(Store& store, const Uuid& grid) {
    db::Statement* q = store.database().prepare("SELECT coalesce(sum(n),0) FROM outbox WHERE grid_id=?1");
    if (!q) return 0;
    q->bind(1, grid);
    std::uint64_t n = q->step() ? static_cast<std::uint64_t>(q->getInt(0)) : 0;
    q->reset();
    return n;
}

Result<std::uint64_t> renumberOutbox(WriteTxn& txn, std::uint64_t serverHighSeq) {
    auto& db = txn.database();
    const auto above = static_cast<std::int64_t>(serverHighSeq);
    auto first = db.queryInt("SELECT coalesce(min(last_seq - n + 1), 0) FROM outbox");
    if (!first) return Status(ErrorCode::Storage, db.lastError());
    std::uint64_t moved = 0;
    if (*first > 0 && *first <= above) {
        std::int64_t delta = above + 1 - *first;
        // Two steps through negative keys, so no intermediate key collides.
        GW_ASSIGN_OR_RETURN(db::Statement * away, db.prepareChecked("UPDATE outbox SET last_seq = -(last_seq + ?1)"));
        away->bind(1, delta);
        GW_TRY(away->run());
        GW_TRY(db.exec("UPDATE outbox SET last_seq = -last_seq"));
        moved = static_cast<std::uint64_t>(db.queryInt("SELECT coalesce(sum(n),0) FROM outbox").value_or(0));
    }
    GW_ASSIGN_OR_RETURN(db::Statement * floor,
                        db.prepareChecked("INSERT INTO meta(key, value) VALUES('outbox_seq', ?1) ON CONFLICT(key) DO "
                                          "UPDATE SET value=excluded.value WHERE CAST(meta.value AS INTEGER) < ?1"));
    floor->bind(1, above);
    GW_TRY(floor->run());
    return moved;
}

Status wipeReplica(WriteTxn& txn) {
    auto& db = txn.database();
    for (const auto& table : replicatedTables()) GW_TRY(db.exec("DELETE FROM " + std::string(table.name)));
    for (const char* sql : {"DELETE FROM column_clocks", "DELETE FROM row_clocks", "DELETE FROM outbox",
                            "DELETE FROM meta WHERE key LIKE 'sync.%' OR key LIKE 'device.%'"})
        GW_TRY(db.exec(sql));
    return Status::ok();
}

Result<bool> dropMovedRow(WriteTxn& txn, std::string_view table, const Uuid& row) {
    const TableSpec* spec = findTable(table);
    if (!spec) return false;  // a table this version does not know: nothing of it is held
    auto& db = txn.database();
    GW_ASSIGN_OR_RETURN(db::Statement * pending,
                        db.prepareChecked("SELECT 1 FROM outbox WHERE tbl=?1 AND row_id=?2 LIMIT 1"));
    pending->bind(1, spec->name).bind(2, row);
    bool busy = pending->step();
    GW_TRY(pending->status());
    pending->reset();
    if (busy) return false;
    for (const char* clockTable : {"column_clocks", "row_clocks"}) {
        GW_ASSIGN_OR_RETURN(db::Statement * clocks, db.prepareChecked(std::string("DELETE FROM ") + clockTable +
                                                                      " WHERE tbl=?1 AND row_id=?2"));
        clocks->bind(1, spec->name).bind(2, row);
        GW_TRY(clocks->run());
    }
    GW_ASSIGN_OR_RETURN(db::Statement * del,
                        db.prepareChecked("DELETE FROM " + std::string(spec->name) + " WHERE id=?1"));
    del->bind(1, row);
    GW_TRY(del->run());
    return db.changes() > 0;
}

}  // namespace gridwork
