// diary add|list — the worker's diary (民情日记), append-only.
#include "device_context.h"
#include "domain_records.h"
#include "invocation.h"

#include "gridwork/core/domain/diary_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_USAGE(inv, auto date, inv.date("date"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    DiaryEntry e;
    e.id = id.value_or(Uuid{});
    e.gridId = grid;
    e.workerId = worker;
    e.at = at.value_or(0);
    e.entryDate = date.value_or("");
    e.topic = inv.text("topic").value_or("");
    e.text = inv.text("text").value_or("");
    GW_REFUSE(inv, auto added, DiaryRepo(*store).add(e));
    inv.printCreated("diary_entry", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto from, inv.date("from"));
    GW_USAGE(inv, auto to, inv.date("to"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    if (worker.isNil()) return inv.usage("missing --worker (or init --worker)");
    std::vector<Record> items;
    for (const auto& d : DiaryRepo(*store).ofWorker(worker, from.value_or(""), to.value_or("")))
        items.push_back(diaryRecord(d));
    inv.printList("diary_entries", items, {"id", "entry_date", "topic", "text"}, "(no diary entries)");
    return 0;
}
}  // namespace

CommandGroup diaryCommands() {
    return {"diary",
            "the worker's diary (民情日记): add, list",
            {{"add",
              "Adds a diary entry and prints its id.",
              {{"text", "TEXT", "the entry", true},
               {"topic", "TEXT", "a short topic"},
               {"at", "TIME", "when (default now)"},
               {"date", "YYYY-MM-DD", "the local date (default: China date of --at)"},
               {"worker", "ID", "the worker (default: the device's worker)"},
               {"grid", "ID", "the grid (default: the device's grid)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists a worker's diary, newest first.",
              {{"worker", "ID", "the worker (default: the device's worker)"},
               {"from", "YYYY-MM-DD", "first day"},
               {"to", "YYYY-MM-DD", "last day"}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
