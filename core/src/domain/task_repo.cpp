#include "gridwork/core/domain/task_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"

#include <algorithm>

namespace gridwork::domain {

namespace {
constexpr const char* kCols =
    "SELECT id, grid_id, assignee_id, household_id, title, body, due_date, issued_at, status, result, completed_at "
    "FROM tasks ";
// Due date first ("" last), then issue time.
constexpr const char* kOrder = " ORDER BY due_date IS NULL, due_date, issued_at, id";

Task readTask(db::Statement& q) {
    Task t;
    t.id = q.getUuid(0);
    t.gridId = q.getUuid(1);
    t.assigneeId = q.getUuid(2);
    t.householdId = q.getUuid(3);
    t.title = q.getText(4);
    t.body = q.getText(5);
    t.dueDate = q.getText(6);
    t.issuedAt = q.getInt(7);
    t.status = rows::enumOr(q.getText(8), TaskStatus::Open);
    t.result = q.getText(9);
    if (!q.isNull(10)) t.completedAt = q.getInt(10);
    return t;
}

bool earlier(const Task& a, const Task& b) {
    if (a.dueDate.empty() != b.dueDate.empty()) return !a.dueDate.empty();
    if (a.dueDate != b.dueDate) return a.dueDate < b.dueDate;
    if (a.issuedAt != b.issuedAt) return a.issuedAt < b.issuedAt;
    return a.id < b.id;
}
}  // namespace

Result<Task> TaskRepo::add(Task t) {
    GW_ASSIGN_OR_RETURN(const bool known, rows::exists(m_store.database(), tables::kTasks, t.id));
    if (known) return get(t.id);  // a retried add
    t.title = trimText(t.title);
    t.body = trimText(t.body);
    GW_TRY(validateRequired(t.title, "任务标题"));
    GW_TRY(validateMaxLength(t.title, "任务标题", kMaxShortText));
    GW_TRY(validateMaxLength(t.body, "任务内容", kMaxLongText));
    if (!t.householdId.isNil()) {
        GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(m_store.database(), tables::kHouseholds, t.householdId));
        if (!g) return rows::notFound("任务相关的户");
        if (t.gridId.isNil()) t.gridId = *g;
    }
    if (t.gridId.isNil()) return Status(ErrorCode::InvalidArgument, "网格：不能为空");
    if (!t.dueDate.empty()) GW_TRY(validateDate(t.dueDate, "截止日期"));
    if (t.issuedAt == 0) t.issuedAt = rows::nowMs(m_store);
    t.status = TaskStatus::Open;
    t.result.clear();
    t.completedAt.reset();
    t.id = rows::orNew(t.id);
    RowWrite w{std::string(tables::kTasks), t.id, {}};
    w.set("grid_id", t.gridId.toValue())
        .set("assignee_id", rows::id(t.assigneeId))
        .set("household_id", rows::id(t.householdId))
        .set("title", Value::text(t.title))
        .set("body", rows::text(t.body))
        .set("due_date", rows::text(t.dueDate))
        .set("issued_at", Value::integer(t.issuedAt))
        .set("status", rows::name(t.status))
        .set("deleted", Value::boolean(false));
    GW_TRY(m_store.write(rows::newRow(std::move(w))));
    return t;
}

Status TaskRepo::complete(const Uuid& taskId, const std::string& result, std::int64_t at) {
    std::string r = trimText(result);
    GW_TRY(validateRequired(r, "办理结果"));
    GW_TRY(validateMaxLength(r, "办理结果", kMaxLongText));
    return m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Task t, get(taskId));
        if (t.status == TaskStatus::Done) return rows::invalidState("任务已完成");
        RowWrite w{std::string(tables::kTasks), taskId, {}};
        w.set("status", rows::name(TaskStatus::Done))
            .set("result", Value::text(r))
            .set("completed_at", Value::integer(at ? at : rows::nowMs(m_store)));
        return txn.write(w);
    });
}

Status TaskRepo::reopen(const Uuid& taskId) {
    return m_store.transaction([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(Task t, get(taskId));
        if (t.status == TaskStatus::Open) return rows::invalidState("任务尚未完成");
        RowWrite w{std::string(tables::kTasks), taskId, {}};
        w.set("status", rows::name(TaskStatus::Open)).set("completed_at", Value::null());
        return txn.write(w);
    });
}

Status TaskRepo::remove(const Uuid& taskId) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kTasks, taskId));
    if (!live) return rows::notFound("任务");
    return m_store.write(RowWrite{std::string(tables::kTasks), taskId, {{"deleted", Value::boolean(true)}}});
}

Result<Task> TaskRepo::get(const Uuid& taskId) {
    GW_ASSIGN_OR_RETURN(auto t, rows::queryOne<Task>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, taskId); }, readTask));
    if (!t) return rows::notFound("任务");
    return *t;
}

std::vector<Task> TaskRepo::openForWorker(const Uuid& workerId, const std::vector<Uuid>& grids) {
    auto& db = m_store.database();
    auto out = rows::orEmpty(rows::queryAll<Task>(
        db, std::string(kCols) + "WHERE assignee_id=?1 AND deleted=0 AND status='open'" + kOrder,
        [&](db::Statement& q) { q.bind(1, workerId); }, readTask));
    // Grid-wide tasks (addressed to nobody) of every grid the worker serves. The grids come from
    // the caller (the sync engine's list on a device): workers.grid_id is not where they live.
    for (const auto& grid : grids) {
        if (grid.isNil()) continue;
        auto shared = rows::orEmpty(rows::queryAll<Task>(
            db,
            std::string(kCols) + "WHERE grid_id=?1 AND assignee_id IS NULL AND deleted=0 AND status='open'" + kOrder,
            [&](db::Statement& q) { q.bind(1, grid); }, readTask));
        out.insert(out.end(), shared.begin(), shared.end());
    }
    std::sort(out.begin(), out.end(), earlier);
    return out;
}

std::vector<Task> TaskRepo::openInGrid(const Uuid& gridId) {
    return rows::orEmpty(rows::queryAll<Task>(
        m_store.database(), std::string(kCols) + "WHERE grid_id=?1 AND deleted=0 AND status='open'" + kOrder,
        [&](db::Statement& q) { q.bind(1, gridId); }, readTask));
}

std::vector<Task> TaskRepo::overdue(const std::string& date, const std::vector<Uuid>& grids) {
    std::vector<Task> out;
    for (const auto& g : grids) {
        auto part = rows::orEmpty(rows::queryAll<Task>(
            m_store.database(),
            std::string(kCols) + "WHERE grid_id=?1 AND deleted=0 AND status='open' AND due_date < ?2" + kOrder,
            [&](db::Statement& q) { q.bind(1, g).bind(2, date); }, readTask));
        out.insert(out.end(), part.begin(), part.end());
    }
    std::sort(out.begin(), out.end(), earlier);
    return out;
}

}  // namespace gridwork::domain
