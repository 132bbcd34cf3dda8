// batch_apply.h — merging a pulled batch of changes fast, with exactly WriteTxn::applyRemote's
// semantics (store.h, merge.h).
//
// Consecutive changes of one row (the server sends a row's columns together) are merged as a
// group: the row's clocks are read in one query and the winning columns of one stamp are written
// in one upsert. Anything the fast path does not handle itself — a column whose current value was
// written here (a possible conflict, which needs the outbox check and the conflict log) — goes
// through txn.applyRemote() one change at a time, so the merge rule has one implementation.
// Contract: runs inside the caller's transaction; on error the caller's transaction must roll
// back (Store::transaction does). Thread-safety: as WriteTxn.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"

#include <cstdint>
#include <span>
#include <vector>

namespace gridwork {
class WriteTxn;

struct BatchApplyOutcome {
    std::uint64_t applied = 0;  // changes that won and changed a column
    std::uint64_t conflictsLogged = 0;
};

Result<BatchApplyOutcome> applyRemoteBatch(WriteTxn& txn, std::span<const Change> changes);

}  // namespace gridwork
