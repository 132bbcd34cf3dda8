// dump.h — a canonical JSON of all domain state, for comparing replicas byte for byte.
//
// Contract: tables in schema order, rows sorted by id, columns in schema order; ids as UUID text;
// derived columns included (every replica derives the same), device-local columns and sync
// bookkeeping (clocks, outbox, meta) left out. With a scope, only rows of those grids and
// township-wide rows (grid_id NULL) are included — what a device of that scope must hold. With a
// track owner as well, only that worker's patrol track points (a pull leaves out other workers'
// tracks: sensitive personal data, sync-protocol.md).
#pragma once

#include "gridwork/core/base/uuid.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork {
class Store;

std::string dumpJson(Store& store, const std::optional<std::vector<Uuid>>& gridScope = std::nullopt,
                     const std::optional<Uuid>& trackOwner = std::nullopt);

}  // namespace gridwork
