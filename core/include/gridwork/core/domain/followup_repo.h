// followup_repo.h — follow-up schedules (e.g. a registered patient visited every 30 days) and the
// question a worker's day starts with: which visits are due today, which are overdue.
//
// Due rule: a schedule's next due date is (last visit date + intervalDays), where the last visit is
// the newest visit linked to the schedule (schedule_id) or, failing that, the newest visit of the
// schedule's household on or after startDate; with no such visit it is startDate. It is due on
// `date` when next due <= date; daysOverdue = date - next due (0 = due today). Inactive and
// tombstoned schedules, moved-out/tombstoned households and gone (moved out/deceased) residents
// are skipped. Contract: writes validated, one transaction per call; borrows the Store; one thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

struct FollowupPatch {
    std::optional<std::string> reason;
    std::optional<int> intervalDays;
    std::optional<std::string> startDate;
    std::optional<bool> active;
};

struct DueFollowup {
    FollowupSchedule schedule;
    Household household;
    std::optional<Resident> resident;
    std::string lastVisitDate;  // "" = never visited
    std::string dueDate;
    std::int64_t daysOverdue = 0;  // 0 = due today
};

class FollowupRepo {
public:
    explicit FollowupRepo(Store& store) : m_store(store) {}

    // Household must exist; intervalDays 1..3650; startDate a valid date ("" = today).
    Result<FollowupSchedule> add(FollowupSchedule s);
    Status edit(const Uuid& id, const FollowupPatch& patch);
    Status remove(const Uuid& id);
    Result<FollowupSchedule> get(const Uuid& id);
    std::vector<FollowupSchedule> ofHousehold(const Uuid& householdId);

    // Visits due on `date` or overdue, in the given grids; most overdue first, then by address.
    Result<std::vector<DueFollowup>> dueOn(const std::string& date, const std::vector<Uuid>& grids);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
