// worker add|list — the grid workers known to this device.
#include "device_context.h"
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"

#include "gridwork/core/domain/worker_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_REFUSE(inv, auto role, enumOption<WorkerRole>(inv, "role", "角色"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    Worker w;
    w.id = id.value_or(Uuid{});
    w.gridId = grid;
    w.name = inv.text("name").value_or("");
    w.phone = inv.text("phone").value_or("");
    w.role = role.value_or(WorkerRole::GridWorker);
    GW_REFUSE(inv, auto added, WorkerRepo(*store).add(w));
    inv.printCreated("worker", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto grid, inv.uuid("grid"));
    GW_REFUSE(inv, Store * store, inv.store());
    WorkerRepo repo(*store);
    std::vector<Record> items;
    for (const auto& w : grid ? repo.inGrid(*grid) : repo.all()) items.push_back(workerRecord(w, inv.flag("reveal")));
    inv.printList("workers", items, {"id", "name", "role", "phone"}, "(no workers)");
    return 0;
}
}  // namespace

CommandGroup workerCommands() {
    return {"worker",
            "grid workers, volunteers and township staff",
            {{"add",
              "Adds a worker and prints the id.",
              {{"name", "NAME", "the worker's name", true},
               {"grid", "ID", "the grid he is assigned to (default: the device's grid)"},
               {"phone", "PHONE", "mobile or landline"},
               {"role", "ROLE", "grid_worker|micro_grid_leader|volunteer|dispatcher|admin"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists workers (phones masked).",
              {{"grid", "ID", "only this grid"}, {"reveal", "", "show full phone numbers"}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
