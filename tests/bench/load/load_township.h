// load_township.h — the end-of-shift township for gridwork-load and the server tests: a seeded
// server database and N enrolled devices that each did a day's work offline.
//
// seedTownship(): one township, 8 communities, ceil(N/3) grids (3 workers a grid), 30
// households with a resident each per grid, in `dataDir/server.db` (a directory `serve`
// accepts); every device (`devDir/deviceI.db`) is enrolled and holds its grid's state, all in
// process (untimed). writeDay(): one worker's day through the typed API (the app's code path):
// 15 visits, a patrol of 120 track points passing a checkpoint twice, 3 reports, 2 diary
// entries, 2 ledger edits; returns the device's outbox size. Files are opened with
// durable=false (setup speed). Not thread-safe; errors are Status values.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gridwork::load {

struct DevicePlan {
    std::string db;
    Uuid worker;
    Uuid grid;
    std::string code;
};

Result<std::vector<DevicePlan>> seedTownship(const std::string& dataDir, const std::string& devDir, int devices);
Result<std::uint64_t> writeDay(const DevicePlan& plan, int seed);

}  // namespace gridwork::load
