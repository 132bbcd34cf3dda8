// emergency_records.h — how gridwork-device prints emergency mode (emergency.md): a declaration,
// a household of the risk list with its evacuation record, an evacuation record, and totals
// (the field names of `gridwork-server emergency stats --json`: households_done,
// households_listed, people_evacuated, people_stayed, disaster_reports_open).
#pragma once

#include "record.h"

#include "gridwork/core/domain/emergency_repo.h"

namespace gridwork::device {

// Appends the declaration's fields (id, kind, whole_township, grids, started_at, ended_at,
// note, duty, declared_by) to r.
Record& addEmergency(Record& r, const domain::Emergency& e);
// Appends households_done … disaster_reports_open to r.
Record& addTotals(Record& r, const domain::EmergencyTotals& t);
Record evacuationRecord(const domain::Evacuation& v);
Record riskHouseholdRecord(const domain::RiskHousehold& h);

}  // namespace gridwork::device
