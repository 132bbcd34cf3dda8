// task add | list — verification instructions (指令核查) from the township to a worker or a grid.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/store.h"

#include <iostream>

namespace gridwork::server {

using namespace gridwork::domain;

int runTaskAdd(const Args& args) {
    const std::string cmd = "task add";
    if (auto st =
            args.check({"data", "title", "body", "worker", "grid", "due", "household", "json"}, {"data", "title"});
        !st)
        return usageError(cmd, st.message());
    auto worker = args.uuid("worker");
    auto household = args.uuid("household");
    if (!worker) return usageError(cmd, worker.status().message());
    if (!household) return usageError(cmd, household.status().message());
    if (!*worker && !args.has("grid")) return usageError(cmd, "give --worker ID or --grid GRID (or both)");
    auto due = args.value("due");
    if (due)
        if (auto st = validateDate(*due, "截止日期"); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    Uuid grid;
    if (args.has("grid")) {
        auto g = resolveGrids(**service, {*args.value("grid")});
        if (!g) return fail(cmd, g.status());
        grid = g->front();
    }
    if (*worker) {
        auto info = (*service)->worker(**worker);
        if (!info) return fail(cmd, info.status());
        if (grid.isNil()) {
            if (info->grids.empty()) return fail(cmd, {ErrorCode::InvalidState, "the worker has no grid; give --grid"});
            grid = info->grids.front();
        } else if (std::find(info->grids.begin(), info->grids.end(), grid) == info->grids.end()) {
            return fail(cmd, {ErrorCode::WrongGrid, "the worker does not serve that grid"});
        }
    }
    Task task;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        Task t;
        t.gridId = grid;
        t.assigneeId = worker->value_or(Uuid{});
        t.householdId = household->value_or(Uuid{});
        t.title = *args.value("title");
        t.body = args.value("body").value_or("");
        t.dueDate = due.value_or("");
        GW_ASSIGN_OR_RETURN(task, TaskRepo(store).add(t));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    if (args.has("json"))
        std::cout << "{\"id\":" << jsonQuote(task.id.toString()) << ",\"grid\":" << jsonQuote(grid.toString()) << "}\n";
    else
        std::cout << "task " << task.id.toString() << " sent to " << gridName(**service, grid)
                  << (task.dueDate.empty() ? "" : ", due " + task.dueDate) << "\n";
    return 0;
}

int runTaskList(const Args& args) {
    const std::string cmd = "task list";
    if (auto st = args.check({"data", "grid", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<Uuid> grids;
    if (args.has("grid")) {
        auto g = resolveGrids(**service, args.values("grid"));
        if (!g) return fail(cmd, g.status());
        grids = *g;
    }
    std::vector<Task> tasks;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        if (grids.empty())
            for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) grids.push_back(g.id);
        TaskRepo repo(store);
        for (const auto& g : grids)
            for (auto& t : repo.openInGrid(g)) tasks.push_back(std::move(t));
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    bool json = args.has("json");
    if (json) std::cout << "{\"tasks\":[";
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        const Task& t = tasks[i];
        if (json)
            std::cout << (i ? "," : "") << "{\"id\":" << jsonQuote(t.id.toString())
                      << ",\"grid\":" << jsonQuote(t.gridId.toString()) << ",\"title\":" << jsonQuote(t.title)
                      << ",\"due\":" << jsonQuote(t.dueDate) << "}";
        else
            std::cout << t.id.toString() << "  " << gridName(**service, t.gridId) << "  "
                      << (t.dueDate.empty() ? "-" : t.dueDate) << "  " << t.title << "\n";
    }
    if (json)
        std::cout << "]}\n";
    else if (tasks.empty())
        std::cout << "no open tasks\n";
    return 0;
}

}  // namespace gridwork::server
