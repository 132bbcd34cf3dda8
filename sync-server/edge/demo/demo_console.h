// demo_console.h — what the web console needs of the demo township (after seedDemoTownship):
// DATA/console/config.json (departments, deadlines in working days, response templates),
// holidays.txt (the holiday calendar), township.geojson (grid polygons around each grid's
// patrol checkpoints, household points inside them: the map works offline), a photo on every
// open report (a generated PNG in the attachment store), reports in the remaining states
// (退回, 上报上级, 重新打开) and results for some verification tasks.
// Deterministic like the seeder: the same seed gives the same files, ids and values.
// Errors: the first failing write's Status. Thread-safety: once, on a fresh township.
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>
#include <string>

namespace gridwork::server {
class SyncService;
}

namespace gridwork::server::demo {

Status seedDemoConsole(SyncService& service, const std::string& dataDir, std::uint64_t seed);

}  // namespace gridwork::server::demo
