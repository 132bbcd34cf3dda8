// init — creates (or opens and migrates) the device database and prints its site id.
#include "invocation.h"

#include "gridwork/core/store/store.h"

namespace gridwork::device {

namespace {
int runInit(Invocation& inv) {
    GW_USAGE(inv, auto site, inv.uuid("site"));
    GW_USAGE(inv, auto worker, inv.uuid("worker"));
    GW_USAGE(inv, auto grid, inv.uuid("grid"));
    GW_REFUSE(inv, Store * store, inv.store(site));
    if (worker) GW_REFUSE_STATUS(inv, store->setMeta("device.worker_id", worker->toString()));
    if (grid) GW_REFUSE_STATUS(inv, store->setMeta("device.grid_id", grid->toString()));
    Record r;
    r.add("db", inv.dbPath()).add("site", store->siteId());
    auto metaId = [&](const char* key) -> std::optional<Uuid> {
        auto v = store->meta(key);
        return v ? Uuid::parse(*v) : std::nullopt;
    };
    r.add("worker", metaId("device.worker_id")).add("grid", metaId("device.grid_id"));
    inv.print(r);
    return 0;
}
}  // namespace

CommandGroup initCommands() {
    return {"init",
            "create the device database (or open and migrate it) and print its site id",
            {{"",
              "Creates FILE with the current schema, or migrates an existing one. Idempotent.",
              {{"site", "ID", "use this site id for a new database (default: a new UUIDv7)"},
               {"worker", "ID", "the worker this device belongs to (default for visits, patrols, reports)"},
               {"grid", "ID", "the worker's grid (default --grid for new records)"}},
              {},
              0,
              0,
              runInit,
              true}}};
}

}  // namespace gridwork::device
