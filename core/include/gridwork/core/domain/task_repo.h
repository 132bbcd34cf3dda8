// task_repo.h — tasks: instructions pushed by the township (指令核查) with a due date and a result.
//
// Contract: validated writes, one Store::transaction per call; complete() sets status done, the
// result (required: InvalidArgument if blank) and completed_at together (InvalidState if already
// done, NotFound if missing); reopen() undoes it (InvalidState if open). Lists skip
// tombstoned rows; open lists are ordered by due date ("" last), then issue time.
// Borrows the Store; one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::domain {

class TaskRepo {
public:
    explicit TaskRepo(Store& store) : m_store(store) {}

    // title and gridId required; dueDate validated if given; issuedAt 0 = now.
    Result<Task> add(Task t);
    Status complete(const Uuid& taskId, const std::string& result, std::int64_t at = 0);
    Status reopen(const Uuid& taskId);
    Status remove(const Uuid& taskId);
    Result<Task> get(const Uuid& taskId);
    // Open tasks addressed to the worker, plus the open tasks addressed to nobody (grid-wide) of
    // each of `grids` — the grids the worker serves (on a device: the sync engine's grid list).
    std::vector<Task> openForWorker(const Uuid& workerId, const std::vector<Uuid>& grids);
    std::vector<Task> openInGrid(const Uuid& gridId);
    // Open tasks with dueDate before `date`.
    std::vector<Task> overdue(const std::string& date, const std::vector<Uuid>& grids);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
