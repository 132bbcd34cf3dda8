// worker_repo.h — workers (网格员, volunteers, township staff) and their grid assignment.
//
// Contract: as every repository (see org_repo.h): validated writes in one Store::transaction per
// call, bad input changes nothing, tombstoned rows never listed. Borrows the Store; one thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

// A worker's name, phone and role, and the grid he is assigned to.
struct WorkerPatch {
    std::optional<std::string> name;
    std::optional<std::string> phone;
    std::optional<WorkerRole> role;
    std::optional<Uuid> gridId;  // reassignment
};

class WorkerRepo {
public:
    explicit WorkerRepo(Store& store) : m_store(store) {}

    Result<Worker> add(Worker worker);  // name required, phone validated if given
    Status edit(const Uuid& id, const WorkerPatch& patch);
    Status remove(const Uuid& id);
    Result<Worker> get(const Uuid& id);
    std::vector<Worker> inGrid(const Uuid& gridId);
    std::vector<Worker> all();

private:
    Store& m_store;
};

}  // namespace gridwork::domain
