#include "gridwork/core/sync/replica_maintenance.h"

#include "gridwork/core/db.h"
#include "gridwork/core/schema.h"
#include "gridwork/core/store.h"
#include "store/derived_state.h"

#include <algorithm>

namespace gridwork {

Result<RestampResult> restampOutbox(WriteTxn& txn, Hlc seenFloor) {
    auto& db = txn.database();
    Store& store = txn.store();
    RestampResult result;
    // Everything this replica holds that is not about to be replaced bounds the new clock.
    auto floor = db.queryInt(
        "SELECT coalesce(max(c.hlc),0) FROM column_clocks c WHERE NOT EXISTS (SELECT 1 FROM outbox o "
        "WHERE o.tbl=c.tbl AND o.row_id=c.row_id AND o.col=c.col AND o.hlc=c.hlc AND o.site=c.site)");
    if (!floor) return Status(ErrorCode::Storage, db.lastError());
    Hlc base = std::max({makeHlc(store.clock().correctedNowMs(), 0), static_cast<Hlc>(*floor), seenFloor});
    store.clock().resetTo(base);
    txn.markClockDirty();

    struct Entry {
        std::int64_t seq;
        std::string table;
        Uuid row;
        std::string column;
        Hlc hlc;
    };
    std::vector<Entry> entries;
    {
        GW_ASSIGN_OR_RETURN(db::Statement * q,
                            db.prepareChecked("SELECT seq, tbl, row_id, col, hlc FROM outbox ORDER BY seq"));
        while (q->step())
            entries.push_back({q->getInt(0), q->getText(1), q->getUuid(2), q->getText(3), static_cast<Hlc>(q->getInt(4))});
        GW_TRY(q->status());
        q->reset();
    }
    GW_ASSIGN_OR_RETURN(db::Statement * clockOf,
                        db.prepareChecked("SELECT hlc, site FROM column_clocks WHERE tbl=?1 AND row_id=?2 AND col=?3"));
    GW_ASSIGN_OR_RETURN(db::Statement * setClock,
                        db.prepareChecked("UPDATE column_clocks SET hlc=?1 WHERE tbl=?2 AND row_id=?3 AND col=?4"));
    GW_ASSIGN_OR_RETURN(db::Statement * setEntry, db.prepareChecked("UPDATE outbox SET hlc=?1 WHERE seq=?2"));
    GW_ASSIGN_OR_RETURN(db::Statement * drop, db.prepareChecked("DELETE FROM outbox WHERE seq=?1"));

    Hlc lastOld = 0, lastNew = 0;
    bool haveGroup = false;
    for (const auto& e : entries) {
        clockOf->bind(1, e.table).bind(2, e.row).bind(3, e.column);
        bool current = false;
        if (clockOf->step())
            current = static_cast<Hlc>(clockOf->getInt(0)) == e.hlc && clockOf->getUuid(1) == store.siteId();
        GW_TRY(clockOf->status());
        clockOf->reset();
        if (!current) {
            drop->bind(1, e.seq);
            GW_TRY(drop->run());
            ++result.dropped;
            continue;
        }
        // The columns of one local write share one stamp, before and after.
        if (!haveGroup || e.hlc != lastOld) {
            lastOld = e.hlc;
            lastNew = txn.stamp();
            haveGroup = true;
        }
        setClock->bind(1, static_cast<std::int64_t>(lastNew)).bind(2, e.table).bind(3, e.row).bind(4, e.column);
        GW_TRY(setClock->run());
        setEntry->bind(1, static_cast<std::int64_t>(lastNew)).bind(2, e.seq);
        GW_TRY(setEntry->run());
        ++result.restamped;
        if (const TableSpec* spec = findTable(e.table)) noteDerivedInputs(txn, *spec, e.row);
    }
    return result;
}

Result<PurgeResult> purgeGrid(WriteTxn& txn, const Uuid& grid) {
    if (grid.isNil()) return Status(ErrorCode::InvalidArgument, "the township-wide scope cannot be purged");
    auto& db = txn.database();
    PurgeResult result;
    for (const auto& table : replicatedTables()) {
        std::string name(table.name);
        GW_ASSIGN_OR_RETURN(db::Statement * clocks,
                            db.prepareChecked("DELETE FROM column_clocks WHERE tbl=?1 AND row_id IN (SELECT id FROM " +
                                              name + " WHERE grid_id=?2)"));
        clocks->bind(1, table.name).bind(2, grid);
        GW_TRY(clocks->run());
        GW_ASSIGN_OR_RETURN(db::Statement * rows, db.prepareChecked("DELETE FROM " + name + " WHERE grid_id=?1"));
        rows->bind(1, grid);
        GW_TRY(rows->run());
        result.rows += static_cast<std::uint64_t>(db.changes());
    }
    GW_ASSIGN_OR_RETURN(db::Statement * pending, db.prepareChecked("DELETE FROM outbox WHERE grid_id=?1"));
    pending->bind(1, grid);
    GW_TRY(pending->run());
    result.pendingDropped = static_cast<std::uint64_t>(db.changes());
    return result;
}

}  // namespace gridwork
