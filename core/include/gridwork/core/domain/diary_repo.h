// diary_repo.h — the worker's diary (民情日记): append-only entries.
//
// Contract: text required; `at` 0 = now; entryDate "" = China local date of `at`; the worker must
// exist locally only if gridId is nil (the worker's grid is used). One transaction per entry.
// Borrows the Store; one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::domain {

class DiaryRepo {
public:
    explicit DiaryRepo(Store& store) : m_store(store) {}

    Result<DiaryEntry> add(DiaryEntry e);
    Result<DiaryEntry> get(const Uuid& id);
    // Newest first; dates inclusive; "" = unbounded.
    std::vector<DiaryEntry> ofWorker(const Uuid& workerId, const std::string& fromDate = "",
                                     const std::string& toDate = "");

private:
    Store& m_store;
};

}  // namespace gridwork::domain
