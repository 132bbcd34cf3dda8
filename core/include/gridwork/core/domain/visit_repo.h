// visit_repo.h — household visits (日走访): append-only records, one transaction each.
//
// Contract: record() validates (household exists; resident, if given, lives there; enums are
// typed), fills visitedAt (corrected clock) and visitDate (China local date) when not given,
// takes the household's grid, and writes the visit in ONE Store::transaction (durable, journaled).
// Visits are never edited (append-only); a correction is a new visit. Borrows the Store; one thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <vector>

namespace gridwork::domain {

class VisitRepo {
public:
    explicit VisitRepo(Store& store) : m_store(store) {}

    Result<Visit> record(Visit v);
    Result<Visit> get(const Uuid& id);
    // Newest first.
    std::vector<Visit> ofHousehold(const Uuid& householdId);
    std::vector<Visit> ofWorkerOn(const Uuid& workerId, const std::string& date);
    std::vector<Visit> ofGridOn(const Uuid& gridId, const std::string& date);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
