// replica_maintenance.h — the two store repairs the sync engine needs besides merging.
//
// restampOutbox (clock-skew repair, core/docs/clock-skew.md): after the server refused our
// changes with CLOCK_AHEAD and the clock offset was corrected, give every still-unacknowledged
// outbox entry a fresh stamp from the corrected clock, in seq order (one RowWrite keeps one
// shared stamp), so nobody ever sees the future stamps. The HLC is re-seated (HybridClock::resetTo)
// at max(corrected now, every column's stamp other than the ones being replaced), so it
// still never goes behind anything this replica has seen or sent; `seenFloor` is the highest stamp
// the server acknowledged or sent us (the engine keeps it), since an overwritten column's old
// stamp is no longer held. An entry whose column no longer
// carries its stamp (overwritten later locally, or by a remote value — that loss is already in the
// conflict log) is dropped rather than re-stamped. Affected reports are re-folded.
//
// purgeGrid: a grid left the worker's scope; delete its rows, their clocks (row and column) and its
// pending outbox entries (counted per column) (which the server would refuse with WRONG_GRID) without journaling
// anything.
//
// renumberOutbox (restored-backup repair, sync-protocol.md "Push"): the server has applied seqs
// from this device above anything this replica remembers issuing, so this file is an older copy
// of the device. Every unacknowledged entry moves, in order, to seqs above `serverHighSeq`, and
// new writes continue past it, so no seq means two different changes to the server. Returns the
// number of entries moved (0 when nothing was at or below the server's high-water mark).
// outboxHighSeq: the largest seq this replica ever issued.
//
// wipeReplica (a revoked device, Error.wipe): deletes every replicated row, the clocks, the
// outbox and the sync state (token, cursors, worker); the site id stays (the server refuses to
// enroll a revoked site again: a wiped phone is set up anew with a new database file).
//
// Contract: all run inside the caller's WriteTxn (one durable transaction); device stores only.
// Thread-safety: as WriteTxn.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/hlc.h"
#include "gridwork/core/base/uuid.h"

#include <cstdint>
#include <string_view>

namespace gridwork {
class WriteTxn;
class Store;

struct RestampResult {
    std::uint64_t restamped = 0;  // outbox entries given a new stamp
    std::uint64_t dropped = 0;    // entries already superseded locally, removed
};
Result<RestampResult> restampOutbox(WriteTxn& txn, Hlc seenFloor = 0);

struct PurgeResult {
    std::uint64_t rows = 0;            // domain rows deleted
    std::uint64_t pendingDropped = 0;  // unacknowledged outbox entries of the grid deleted
};
Result<PurgeResult> purgeGrid(WriteTxn& txn, const Uuid& grid);

Result<std::uint64_t> renumberOutbox(WriteTxn& txn, std::uint64_t serverHighSeq);
std::uint64_t outboxHighSeq(Store& store);
Status wipeReplica(WriteTxn& txn);
// dropMovedRow: the township moved the row out of this device's grid (PullResponse.moved_out):
// delete it and its clocks, without journaling. A row with pending outbox entries is kept (its
// changes are pushed first; the server keeps them for the township). Returns whether it went.
Result<bool> dropMovedRow(WriteTxn& txn, std::string_view table, const Uuid& row);
// Unacknowledged outbox entries (columns) of one grid.
std::uint64_t pendingForGrid(Store& store, const Uuid& grid);

}  // namespace gridwork
