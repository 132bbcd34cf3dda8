// replica_ops.h — the store operations the sync layer needs besides WriteTxn::applyRemote, so
// that core/src/sync never reads or writes the clock tables or the outbox itself (storage.md).
//
//  - Batch merge (sync/batch_apply.h): rowStamps reads every stamp of one row in one query;
//    writeRemoteGroup writes the winning columns of one stamp in one upsert (a row this replica
//    has never seen: one INSERT and one row clock), hands each change to the apply observer and
//    tells the derived-state rules.
//  - Clock-skew repair (sync/replica_maintenance.h): stampFloorOutsideJournal, takeJournal,
//    restampColumn, appendJournal.
//  - purgeGridRows: a grid left the worker's scope.
// Contract: everything runs inside the caller's WriteTxn (its transaction commits or rolls back
// all of it); table and column names must already be valid (merge/remote_change.h, schema.h).
// Thread-safety: as WriteTxn.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/hlc.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace gridwork {
class WriteTxn;

using StampMap = std::unordered_map<std::string, Stamp>;

// The stamps of every written column of one row (replaces the contents of `out`).
Status rowStamps(WriteTxn& txn, const TableSpec& table, const Uuid& row, StampMap& out);

// Writes `columns` — the values of `changes`, all of one row and one stamp, already decided by
// merge::decide — with that stamp. unseenRow: the row had no stamp at all here, so it may be
// created with one row clock (when it does not exist yet). Each change goes to the apply observer.
Status writeRemoteGroup(WriteTxn& txn, const TableSpec& table, const ColumnValues& columns,
                        std::span<const Change* const> changes, bool unseenRow);

// One outbox row: one local row write, its columns covering seqs lastSeq-n+1 .. lastSeq.
struct JournalRow {
    std::int64_t lastSeq = 0;
    std::string table;
    Uuid row;
    Hlc hlc = 0;
    Uuid grid;  // nil: township-wide
    ColumnValues columns;
};

// The greatest stamp of any column that is not carried by an outbox entry (0 when none).
Result<Hlc> stampFloorOutsideJournal(WriteTxn& txn);
// Every outbox row in seq order, removed from the outbox (the caller writes back what it keeps).
Result<std::vector<JournalRow>> takeJournal(WriteTxn& txn);
// Gives one column this store's site and a new hlc (a column clock entry); derived state follows.
Status restampColumn(WriteTxn& txn, const TableSpec& table, const Uuid& row, const std::string& column, Hlc hlc);
// Puts a journal row back, under its own lastSeq, as written by this store's site.
Status appendJournal(WriteTxn& txn, const JournalRow& row);

struct GridPurge {
    std::uint64_t rows = 0;            // domain rows deleted
    std::uint64_t pendingDropped = 0;  // outbox entries (columns) of the grid deleted
};
// Deletes a grid's rows, their row and column clocks and its outbox rows, journaling nothing.
Result<GridPurge> purgeGridRows(WriteTxn& txn, const Uuid& grid);

}  // namespace gridwork
