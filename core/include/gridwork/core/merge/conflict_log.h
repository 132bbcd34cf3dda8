// conflict_log.h — the conflict log, shared by devices and the server (DESIGN §4).
//
// The merge rule itself is merge::decide (lww.h), a pure function of two stamps: per-column
// last-writer-wins on (hlc, site_id); tombstones are the `deleted` column under the same rule;
// append-only rows never conflict. A remote change is checked by merge::validateRemoteChange
// (remote_change.h) first. Every merging path calls those two (WriteTxn::applyRemote,
// applyRemoteBatch, SyncService::push) and uses their verdict to order a conflict's two values.
// A device logs a conflict when a pulled change meets a column it wrote and the server has not
// acknowledged; the server logs one when a pushed change meets a value from
// another site that the pushing device had not pulled yet. Either way both values are kept.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"

#include <string>
#include <vector>

namespace gridwork {

class WriteTxn;
class Store;

struct ConflictRecord {
    Uuid id;
    Uuid gridId;
    std::string table;
    Uuid row;
    std::string column;
    Value loserValue;
    Value winnerValue;
    Stamp loser;
    Stamp winner;
    std::uint64_t detectedAtMs = 0;
    Uuid detectedBy;
    // Who wrote each value, when the site is a known device (devices and workers are township-wide
    // rows every replica pulls); empty otherwise (e.g. the township server's own writes).
    std::string loserName;
    std::string winnerName;
};

// The id is derived from (table, row, column, loser stamp, winner stamp), so the same conflict
// found twice (by a device and by the server) is one record. Writes nothing if it exists.
Status logConflict(WriteTxn& txn, const Change& loser, const Change& winner);

// Every conflict this replica holds, newest first, with the writers' names resolved.
std::vector<ConflictRecord> listConflicts(Store& store, std::size_t limit = 200);

// Deterministic conflict id (exposed for tests).
Uuid conflictId(const Change& loser, const Change& winner);

}  // namespace gridwork
