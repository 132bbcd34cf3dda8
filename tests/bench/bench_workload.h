// bench_workload.h — the workloads the sync benchmarks share: a grid's ledger (households with
// three residents each) and one worker's day of field work, written through the store.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/store.h"

#include <vector>

namespace gridwork::bench {

// `households` households of the grid and 3 residents each, as the township's server writes them.
std::vector<RowWrite> gridRows(const Uuid& grid, int households);

struct DayShape {
    int pointsPerPatrol = 150;  // 2 patrols
    int eventsPerReport = 1;    // 5 reports
};
// 40 visits, 2 patrols with their track points, 5 reports with their events.
Status writeWorkerDay(Store& store, const Uuid& grid, const Uuid& worker, const DayShape& shape);

}  // namespace gridwork::bench
