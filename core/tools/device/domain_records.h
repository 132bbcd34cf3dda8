// domain_records.h — how gridwork-device prints domain rows (records.h) as Records.
//
// Contract: keys are the snake_case column names; enums print as wire names in JSON. ID numbers
// and phones are masked (validation.h maskIdNumber / maskPhone) unless `reveal` is true: residents
// fear leaks, so the full numbers are shown only on request. Pure functions.
#pragma once

#include "record.h"

#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/records.h"

namespace gridwork::device {

Record orgUnitRecord(const domain::OrgUnit& u);
Record workerRecord(const domain::Worker& w, bool reveal);
Record householdRecord(const domain::Household& h, bool reveal);
Record residentRecord(const domain::Resident& r, bool reveal);
Record followupRecord(const domain::FollowupSchedule& s);
Record dueRecord(const domain::DueFollowup& d, bool reveal);
Record visitRecord(const domain::Visit& v);
Record checkpointRecord(const domain::Checkpoint& c);
Record patrolRecord(const domain::Patrol& p);
Record trackPointRecord(const domain::TrackPoint& t);
Record checkpointPassRecord(const domain::CheckpointPass& c);
Record reportRecord(const domain::Report& r);
Record reportEventRecord(const domain::ReportEvent& e);
Record taskRecord(const domain::Task& t);
Record diaryRecord(const domain::DiaryEntry& d);

}  // namespace gridwork::device
