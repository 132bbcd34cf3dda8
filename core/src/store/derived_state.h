// derived_state.h — columns every replica computes from synced ones (internal).
//
// reports.status and report_events.superseded are folded from a report's events through the
// workflow (report_workflow.h) before each transaction commits.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/core/store/schema.h"

namespace gridwork {
class WriteTxn;

// Marks what a write to (table, row) makes stale.
void noteDerivedInputs(WriteTxn& txn, const TableSpec& spec, const Uuid& row);
// Re-folds every report marked stale in this transaction.
Status deriveReportState(WriteTxn& txn);
// Folds one report now (also used after a re-stamp).
Status deriveOneReport(WriteTxn& txn, const Uuid& report);

}  // namespace gridwork
