// 指令核查: GET tasks — instructions (tasks issued together share a title and issue time) with
// each worker's or grid's result and the completion rate; POST tasks {title, body, due_date,
// target: worker|grid|all, worker_id, grid_id} — 指挥员 only; "all" sends one task per grid.
#include "report_query.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <map>

namespace gridwork::server {

using namespace gridwork::domain;

ConsoleResponse getTasks(ConsoleCall& call) {
    if (call.role() == StaffRole::Department) return forbidden("部门账号不能查看指令核查");
    json instructions = json::array();
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(
            db::Statement * q,
            store.database().prepareChecked(
                "SELECT t.title, t.body, COALESCE(t.due_date, ''), t.issued_at, COALESCE(g.name, ''), "
                "COALESCE(w.name, ''), t.status, COALESCE(t.result, ''), t.completed_at, t.id FROM tasks t "
                "LEFT JOIN org_units g ON g.id = t.grid_id LEFT JOIN workers w ON w.id = t.assignee_id "
                "WHERE COALESCE(t.deleted, 0) = 0 AND (?1 IS NULL OR t.grid_id = ?1) "
                "ORDER BY t.issued_at DESC, t.title, g.name LIMIT 5000"));
        q->bind(1, call.staff().gridId.isNil() ? Value::null() : call.staff().gridId.toValue());
        std::map<std::pair<std::int64_t, std::string>, std::size_t> index;
        while (q->step()) {
            auto key = std::make_pair(q->getInt(3), q->getText(0));
            auto it = index.find(key);
            if (it == index.end()) {
                it = index.emplace(key, instructions.size()).first;
                instructions.push_back({{"title", q->getText(0)},
                                        {"body", q->getText(1)},
                                        {"due_date", q->getText(2)},
                                        {"issued_at", q->getInt(3)},
                                        {"items", json::array()},
                                        {"total", 0},
                                        {"done", 0}});
            }
            json& ins = instructions[it->second];
            bool done = q->getText(6) == "done";
            bool late = !done && !q->getText(2).empty() && q->getText(2) < call.today;
            ins["items"].push_back({{"id", q->getUuid(9).toString()},
                                    {"grid", q->getText(4)},
                                    {"worker", q->getText(5)},
                                    {"status", done ? "done" : "open"},
                                    {"status_zh", done   ? "已完成"
                                                  : late ? "已超期"
                                                         : "待办"},
                                    {"result", q->getText(7)},
                                    {"completed_at", q->isNull(8) ? json(nullptr) : json(q->getInt(8))}});
            ins["total"] = ins["total"].get<int>() + 1;
            if (done) ins["done"] = ins["done"].get<int>() + 1;
        }
        q->reset();
        return Status::ok();
    });
    if (!st) return errorReply(st);
    for (auto& i : instructions)
        i["rate"] = i["total"].get<int>() ? i["done"].get<double>() / i["total"].get<int>() : 0.0;
    return jsonReply({{"instructions", instructions}});
}

ConsoleResponse postTask(ConsoleCall& call) {
    if (call.role() != StaffRole::Dispatcher) return forbidden("只有指挥员可以下发核查指令");
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    std::string target = str(*body, "target");
    std::vector<std::pair<Uuid, Uuid>> recipients;  // (grid, worker or nil)
    Status st;
    if (target == "worker") {
        auto w = Uuid::parse(str(*body, "worker_id"));
        if (!w) return errorReply({ErrorCode::InvalidArgument, "请选择网格员"});
        auto grids = call.service.workerGrids(*w);
        if (grids.empty()) return errorReply({ErrorCode::InvalidArgument, "该网格员没有分配网格"});
        recipients.push_back({grids.front(), *w});
    } else if (target == "grid") {
        auto g = Uuid::parse(str(*body, "grid_id"));
        if (!g) return errorReply({ErrorCode::InvalidArgument, "请选择网格"});
        recipients.push_back({*g, Uuid{}});
    } else if (target == "all") {
        st = call.service.withStore([&](Store& store) {
            for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) recipients.push_back({g.id, Uuid{}});
            return Status::ok();
        });
    } else {
        return errorReply({ErrorCode::InvalidArgument, "请选择下发对象：网格员、网格或全部网格"});
    }
    for (const auto& [grid, _] : recipients)
        if (!call.staff().gridId.isNil() && grid != call.staff().gridId) return forbidden("只能向本网格下发");
    int issued = 0;
    const std::int64_t at = call.nowMs;
    st = call.service.withStore([&](Store& store) -> Status {
        return store.transaction([&](WriteTxn&) -> Status {
            TaskRepo tasks(store);
            for (const auto& [grid, worker] : recipients) {
                Task t;
                t.gridId = grid;
                t.assigneeId = worker;
                t.title = str(*body, "title");
                t.body = str(*body, "body");
                t.dueDate = str(*body, "due_date");
                t.issuedAt = at;
                GW_TRY(tasks.add(t).status());
                ++issued;
            }
            return Status::ok();
        });
    });
    if (!st) return errorReply(st);
    call.audit("task.issue", str(*body, "title"), target + " x" + std::to_string(issued));
    return jsonReply({{"issued", issued}});
}

}  // namespace gridwork::server
