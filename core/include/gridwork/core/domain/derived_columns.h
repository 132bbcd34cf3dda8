// derived_columns.h — the domain's derived columns, registered with the store (store.h:
// DerivedState), so the store itself knows no domain table.
//
// reports.status and report_events.superseded are folded from a report's events through the
// workflow (report_workflow.h): a write to a report or to one of its events makes the report
// stale, and it is re-folded before the transaction commits. Every replica holding domain data
// (app, CLI, server, simulator, tests) opens its store through openStore, so all of them fold.
// Contract: openStore is Store::open with the domain's rules added to options.derived.
// Thread-safety: the rules hold no state; as Store.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/store.h"

#include <memory>
#include <string>

namespace gridwork::domain {

// The rules themselves (for callers that build StoreOptions by hand).
std::shared_ptr<DerivedState> reportStatusRule();

Result<std::unique_ptr<Store>> openStore(const std::string& path, StoreOptions options = {});

}  // namespace gridwork::domain
