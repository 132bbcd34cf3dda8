// checkpoint add|list — the fixed points on patrol routes (reservoirs, flood-risk sites, ...).
#include "device_context.h"
#include "domain_records.h"
#include "invocation.h"
#include "location_option.h"

#include "gridwork/core/domain/patrol_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto where, locationOption(inv));
    if (!where) return inv.usage("missing --lat and --lon");
    GW_USAGE(inv, auto radius, inv.real("radius"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    Checkpoint c;
    c.id = id.value_or(Uuid{});
    c.gridId = grid;
    c.name = inv.text("name").value_or("");
    c.kind = inv.text("kind").value_or("");
    c.location = *where;
    c.radiusM = radius.value_or(50);
    GW_REFUSE(inv, auto added, PatrolRepo(*store).addCheckpoint(c));
    inv.printCreated("checkpoint", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
    std::vector<Record> items;
    for (const auto& g : grids)
        for (const auto& c : PatrolRepo(*store).checkpoints(g)) items.push_back(checkpointRecord(c));
    inv.printList("checkpoints", items, {"id", "name", "kind", "lat", "lon"}, "(no checkpoints)");
    return 0;
}
}  // namespace

CommandGroup checkpointCommands() {
    return {"checkpoint",
            "checkpoints on patrol routes: add, list",
            {{"add",
              "Adds a checkpoint and prints its id.",
              {{"name", "TEXT", "e.g. 东山水库", true},
               {"lat", "DEG", "latitude", true},
               {"lon", "DEG", "longitude", true},
               {"kind", "TEXT", "e.g. 水库, 防汛点, 消防通道"},
               {"radius", "M", "radius in metres (default 50)"},
               {"grid", "ID", "the grid (default: the device's grid)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists the checkpoints of grids.",
              {{"grid", "ID", "grids (default: the device's grid)", false, true}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
