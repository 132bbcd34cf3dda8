// demo_township.h — seeds a realistic demo township into a fresh server (`init --demo`), so a
// newcomer sees real-looking work: 城南街道 with 4 villages and 4 urban communities, 20 grids with
// 3-5 micro-grids each, ~4,000 households with ~10,000 residents (names, valid ID numbers,
// phones, 村/组/号 and 小区/栋/单元/室 addresses, tags such as 独居老人/低保户/重点病人), one grid
// worker per grid plus volunteers, patrol checkpoints (reservoirs, flood-risk sites), open reports
// at several workflow stages (some overdue), verification tasks (指令核查) and follow-up schedules
// for registered patients with their past visits.
//
// Deterministic: the same seed and `today` give the same rows and values, and the same ids (UUIDv7
// at fixed times with bits from the seeded generator) for every row but the filing event of each
// report, whose id ReportRepo::file makes itself; the HLC stamps differ between runs too.
// All domain writes go through the typed repositories (core/domain) inside the service's store, so
// they are validated and logged for devices to pull; workers are created through the service's
// admin API (with their grid assignment). Errors: the first failing write's Status.
// Thread-safety: call once, on a service nobody else uses yet.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <cstdint>
#include <string>
#include <vector>

namespace gridwork::server {
class SyncService;
}

namespace gridwork::server::demo {

struct DemoOptions {
    std::uint64_t seed = 20240917;
    std::string today;      // "YYYY-MM-DD" (China); "" = today
    int households = 4000;  // spread over the 20 grids
};

struct DemoWorkerAccount {
    Uuid workerId;
    Uuid gridId;
    std::string name;
    std::string phone;
    std::string gridName;
};

struct DemoSummary {
    int communities = 0, grids = 0, microGrids = 0, households = 0, residents = 0;
    int workers = 0, checkpoints = 0, reports = 0, closedReports = 0, tasks = 0, followups = 0, visits = 0;
    std::vector<DemoWorkerAccount> gridWorkers;  // one per grid, in grid order
};

Result<DemoSummary> seedDemoTownship(SyncService& service, const DemoOptions& options);

}  // namespace gridwork::server::demo
