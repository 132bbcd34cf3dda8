// emergency status — 平战转换 on the device (core/docs/emergency.md): the emergency that lasts for
// the device's grids (declared by the township, pulled on sync), its 值班 roster, the risk list of
// the device's grids with what is recorded, and the totals of those grids. Works offline: it reads
// the device's own replica.
#include "device_context.h"
#include "emergency_records.h"
#include "invocation.h"

#include "gridwork/core/domain/emergency_repo.h"

#include <algorithm>
#include <iostream>

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runStatus(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
    EmergencyRepo repo(*store);
    auto lasting = repo.activeFor(grids);
    if (!lasting) {
        if (inv.json()) {
            Record r;
            r.add("active", false);
            inv.print(r);
        } else {
            std::cout << "当前没有应急（平时状态）\n";
        }
        return 0;
    }
    GW_REFUSE(inv, auto list, repo.riskList(lasting->id, grids));
    GW_REFUSE(inv, auto stats, repo.stats(lasting->id));
    EmergencyTotals mine;  // the device's grids only
    for (const auto& t : stats.grids)
        if (std::find(grids.begin(), grids.end(), t.gridId) != grids.end()) mine += t;
    std::vector<Record> households;
    for (const auto& item : list) households.push_back(riskHouseholdRecord(item));
    Record r;
    r.add("active", true);
    addEmergency(r, *lasting);
    addTotals(r, mine);
    r.add("households", households);
    inv.print(r);
    return 0;
}
}  // namespace

CommandGroup emergencyCommands() {
    return {"emergency",
            "emergency mode (平战转换): what the township declared for this device's grids",
            {{"status",
              "Shows the lasting emergency of the device's grids, its duty roster, the evacuation risk list with "
              "what is recorded, and the grids' totals (nothing lasting: the normal state).",
              {{"grid", "ID", "grids to show (default: the device's grid)", false, true}},
              {},
              0,
              0,
              runStatus}}};
}

}  // namespace gridwork::device
