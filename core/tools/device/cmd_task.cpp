// task add|list|complete — instructions from the township (指令核查) with a due date and a result.
#include "device_context.h"
#include "domain_records.h"
#include "invocation.h"

#include "gridwork/core/domain/task_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto assignee, inv.uuid("assignee"));
    GW_USAGE(inv, auto household, inv.uuid("household"));
    GW_USAGE(inv, auto due, inv.date("due"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    Task t;
    t.id = id.value_or(Uuid{});
    t.gridId = grid;
    t.assigneeId = assignee.value_or(Uuid{});
    t.householdId = household.value_or(Uuid{});
    t.title = inv.text("title").value_or("");
    t.body = inv.text("body").value_or("");
    t.dueDate = due.value_or("");
    t.issuedAt = at.value_or(0);
    GW_REFUSE(inv, auto added, TaskRepo(*store).add(t));
    inv.printCreated("task", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto overdueOn, inv.date("overdue-on"));
    GW_USAGE(inv, auto grid, inv.uuid("grid"));
    GW_REFUSE(inv, Store * store, inv.store());
    TaskRepo repo(*store);
    std::vector<Task> found;
    if (overdueOn) {
        GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
        found = repo.overdue(*overdueOn, grids);
    } else if (grid) {
        found = repo.openInGrid(*grid);
    } else {
        GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
        GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
        if (!worker.isNil()) {
            found = repo.openForWorker(worker, grids);
        } else {
            for (const auto& g : grids)
                for (auto& t : repo.openInGrid(g)) found.push_back(std::move(t));
        }
    }
    std::vector<Record> items;
    for (const auto& t : found) items.push_back(taskRecord(t));
    inv.printList("tasks", items, {"id", "due_date", "status", "title"}, "(no open tasks)");
    return 0;
}

int runComplete(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "task"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    TaskRepo repo(*store);
    GW_REFUSE_STATUS(inv, repo.complete(id, inv.text("result").value_or(""), at.value_or(0)));
    if (inv.json()) {
        GW_REFUSE(inv, auto t, repo.get(id));
        inv.print(taskRecord(t));
    }
    return 0;
}
}  // namespace

CommandGroup taskCommands() {
    return {"task",
            "tasks from the township: add, list, complete",
            {{"add",
              "Adds a task (normally pushed by the township) and prints its id.",
              {{"title", "TEXT", "what to do", true},
               {"body", "TEXT", "details"},
               {"due", "YYYY-MM-DD", "due date"},
               {"assignee", "ID", "the worker (default: the whole grid)"},
               {"household", "ID", "the household concerned"},
               {"grid", "ID", "the grid (default: the device's grid)"},
               {"at", "TIME", "issue time (default now)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists open tasks: the worker's (and his grid's unassigned ones), or a grid's.",
              {{"worker", "ID", "the worker (default: the device's worker)"},
               {"grid", "ID", "open tasks of this grid", false, true},
               {"overdue-on", "YYYY-MM-DD", "only tasks due before that day"}},
              {},
              0,
              0,
              runList},
             {"complete",
              "Completes a task with its result.",
              {{"result", "TEXT", "the result", true}, {"at", "TIME", "completion time (default now)"}},
              "TASK_ID",
              1,
              1,
              runComplete}}};
}

}  // namespace gridwork::device
