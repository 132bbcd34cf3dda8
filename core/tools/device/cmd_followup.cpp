// followup add|list — follow-up schedules (e.g. a registered patient visited every 30 days);
// `due` lists the visits they make due.
#include "domain_records.h"
#include "invocation.h"

#include "gridwork/core/domain/followup_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, Uuid household, inv.requireUuid("household"));
    GW_USAGE(inv, auto resident, inv.uuid("resident"));
    GW_USAGE(inv, auto every, inv.integer("every"));
    GW_USAGE(inv, auto start, inv.date("start"));
    GW_REFUSE(inv, Store * store, inv.store());
    FollowupSchedule s;
    s.id = id.value_or(Uuid{});
    s.householdId = household;
    s.residentId = resident.value_or(Uuid{});
    s.reason = inv.text("reason").value_or("");
    s.intervalDays = static_cast<int>(every.value_or(30));
    s.startDate = start.value_or("");
    GW_REFUSE(inv, auto added, FollowupRepo(*store).add(s));
    inv.printCreated("followup_schedule", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, Uuid household, inv.requireUuid("household"));
    GW_REFUSE(inv, Store * store, inv.store());
    std::vector<Record> items;
    for (const auto& s : FollowupRepo(*store).ofHousehold(household)) items.push_back(followupRecord(s));
    inv.printList("followup_schedules", items, {"id", "interval_days", "start_date", "reason"}, "(no schedules)");
    return 0;
}
}  // namespace

CommandGroup followupCommands() {
    return {"followup",
            "follow-up schedules: who must be visited how often",
            {{"add",
              "Adds a follow-up schedule and prints its id.",
              {{"household", "ID", "the household to visit", true},
               {"resident", "ID", "the person the schedule is about"},
               {"every", "DAYS", "visit every DAYS days (default 30)"},
               {"start", "YYYY-MM-DD", "the first due date (default: today)"},
               {"reason", "TEXT", "why, e.g. 重点病人随访"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists the schedules of a household.",
              {{"household", "ID", "the household", true}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
