// ledger_rows.h — validation and RowWrite building for households and residents, shared by
// LedgerRepo and the CSV import (internal). Pure: no database access.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/change.h"

namespace gridwork::domain::ledger {

// Validates and normalises h (trims, phone), assigns an id if nil; gridId must be set.
Result<RowWrite> householdWrite(Household& h);
// Validates and normalises r (ID number, phone, birth year/gender from the ID), assigns an id;
// r.gridId and r.householdId must be set. `currentYear` bounds the birth year.
Result<RowWrite> residentWrite(Resident& r, int currentYear);
// The current year in China time (for birth-year checks).
int currentYear(std::int64_t nowMs);
// Checks a birth year against an ID number and fills birth year/gender from it when absent.
Status reconcileWithId(Resident& r, int currentYear);

}  // namespace gridwork::domain::ledger
