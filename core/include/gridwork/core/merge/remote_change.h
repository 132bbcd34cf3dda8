// remote_change.h — the one check of a change that arrives from another replica (a pulled change
// on a device, a pushed change on the server), before any storage sees it.
//
// Contract: pure (reads the schema description only, no storage), so every backend calls it.
// A valid remote change names a replicated table and one of its synced columns (derived columns
// never travel), carries a value of the column's type, a non-nil row id, and — when it sets
// grid_id — a value equal to the change's own grid. Errors are typed: UnknownTable,
// UnknownColumn, InvalidArgument; nothing is written. Thread-safety: none needed.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"

namespace gridwork::merge {

// spec: a previous lookup, reused when it names c.table (batches check many changes of one
// table); on success it is c's table.
Status validateRemoteChange(const Change& c, const TableSpec*& spec);

}  // namespace gridwork::merge
