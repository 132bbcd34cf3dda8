// lww.h — the merge rule: per-column last-writer-wins on the stamp (hlc, site) (DESIGN §4,
// core/docs/merge.md).
//
// Contract: a pure function of two stamps. It reads no storage, so every path that merges —
// WriteTxn::applyRemote, applyRemoteBatch (device pulls), SyncService::push (the server), a later
// PostgreSQL backend — decides with this one function and they can never disagree.
// The incoming change wins when the column has no stamp yet or its stamp is smaller; the whole
// stamp compares as a tuple, so equal hlc values are ordered by site id; an equal stamp is the
// same write delivered again. Thread-safety: none needed.
#pragma once

#include "gridwork/core/base/hlc.h"

#include <optional>

namespace gridwork::merge {

enum class Verdict {
    IncomingWins,  // write the incoming value and its stamp
    CurrentWins,   // keep what is stored; the incoming value is older
    Duplicate,     // the same stamp: the write was already applied here
};

// current: the column's stamp here (nullopt: never written); incoming: the change's stamp.
Verdict decide(const std::optional<Stamp>& current, const Stamp& incoming);

inline bool incomingWins(const std::optional<Stamp>& current, const Stamp& incoming) {
    return decide(current, incoming) == Verdict::IncomingWins;
}

}  // namespace gridwork::merge
