// org_repo.h — org units (township > community > grid > micro-grid).
//
// Contract: writes are validated, then go through one Store::transaction per call (durable,
// stamped, journaled to the outbox); bad input returns InvalidArgument/NotFound and changes
// nothing. Reads use prepared statements and never return tombstoned (deleted) rows.
// The repo borrows the Store, which must outlive it. Thread-safety: as the Store (one thread).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

class OrgRepo {
public:
    explicit OrgRepo(Store& store) : m_store(store) {}

    // Adds a unit; a nil id gets a new UUIDv7. gridId is set from the level: a grid's own id,
    // a micro-grid's parent grid (parentId required, must be a grid), nil otherwise.
    // Returns the stored unit.
    Result<OrgUnit> add(OrgUnit unit);
    Status rename(const Uuid& id, const std::string& name);
    Status remove(const Uuid& id);  // tombstone
    Result<OrgUnit> get(const Uuid& id);
    std::vector<OrgUnit> children(const Uuid& parentId);
    std::vector<OrgUnit> byLevel(OrgLevel level);
    std::vector<OrgUnit> microGrids(const Uuid& gridId);
    // The micro-grid of that name in the grid, if any.
    std::optional<OrgUnit> findMicroGrid(const Uuid& gridId, const std::string& name);
    // findMicroGrid, or a new micro-grid unit written in txn (used by the ledger import).
    Result<OrgUnit> ensureMicroGrid(WriteTxn& txn, const Uuid& gridId, const std::string& name);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
