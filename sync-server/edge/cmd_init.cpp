// init — create a township data directory; --demo seeds the demo township (demo/).
#include "commands.h"
#include "demo/demo_console.h"
#include "demo/demo_township.h"
#include "server_context.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace gridwork::server {

int runInit(const Args& args) {
    const std::string cmd = "init";
    if (auto st = args.check({"data", "demo", "seed", "today", "households"}, {"data"}); !st)
        return usageError(cmd, st.message());
    std::string dir = *args.value("data");
    auto seed = args.integer("seed");
    if (!seed) return usageError(cmd, seed.status().message());
    auto households = args.integer("households");
    if (!households) return usageError(cmd, households.status().message());
    if (*households && (**households < 20 || **households > 200000))
        return usageError(cmd, "--households must be 20..200000");
    std::error_code ec;
    bool existed = std::filesystem::exists(dataPaths(dir).db, ec);
    if (existed && args.has("demo"))
        return fail(cmd, {ErrorCode::InvalidState, dir + " already holds a township; --demo seeds only a new one"});
    auto started = std::chrono::steady_clock::now();
    auto service = openService(dir, true, !args.has("demo"));
    if (!service) return fail(cmd, service.status());
    if (!args.has("demo")) {
        std::cout << (existed ? "township in " : "created an empty township in ") << dir << "\n";
        return 0;
    }
    demo::DemoOptions options;
    if (*households) options.households = static_cast<int>(**households);
    if (*seed) options.seed = static_cast<std::uint64_t>(**seed);
    if (auto today = args.value("today")) options.today = *today;
    auto summary = demo::seedDemoTownship(**service, options);
    // The web console's files (map, calendar, departments), photos and the remaining states.
    if (summary)
        if (auto st = demo::seedDemoConsole(**service, dir, options.seed); !st) summary = st;
    if (!summary) {
        service->reset();
        std::filesystem::remove_all(dir, ec);  // never leave a half-seeded township behind
        return fail(cmd, summary.status());
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const auto& d = *summary;
    std::cout << "seeded the demo township 城南街道 in " << dir << " (" << static_cast<int>(s * 10) / 10.0
              << " s): " << d.communities << " villages/communities, " << d.grids << " grids, " << d.microGrids
              << " micro-grids, " << d.households << " households, " << d.residents << " residents, " << d.workers
              << " workers, " << d.checkpoints << " checkpoints, " << d.reports << " open and " << d.closedReports
              << " closed reports, " << d.tasks << " tasks, " << d.followups << " follow-up schedules\n"
              << "grid workers (enroll a device with `gridwork-server worker code --data " << dir
              << " --worker ID`):\n";
    for (const auto& w : d.gridWorkers)
        std::cout << "  " << w.workerId.toString() << "  " << w.name << "  " << w.gridName << "\n";
    return 0;
}

}  // namespace gridwork::server
