// due — the visits due today (or on --date) and the overdue ones, most overdue first.
#include "device_context.h"
#include "domain_records.h"
#include "invocation.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/followup_repo.h"

#include <cstdio>

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runDue(Invocation& inv) {
    GW_USAGE(inv, auto date, inv.date("date"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
    std::string day = date.value_or(localDateFromMs(nowMs(*store)));
    GW_REFUSE(inv, auto due, FollowupRepo(*store).dueOn(day, grids));
    bool reveal = inv.flag("reveal");
    if (inv.json()) {
        std::vector<Record> items;
        for (const auto& d : due) items.push_back(dueRecord(d, reveal));
        inv.print(Record().add("date", std::string_view(day)).add("due", items));
        return 0;
    }
    if (due.empty()) std::printf("%s: nothing due\n", day.c_str());
    for (const auto& d : due) {
        std::string when = d.daysOverdue == 0 ? "due today" : "overdue " + std::to_string(d.daysOverdue) + " d";
        std::string who = d.resident ? d.resident->name : d.household.headName;
        std::printf("%s  %s  %s  %s  %s  (%s)\n", when.c_str(), d.household.id.toString().c_str(),
                    d.household.address.c_str(), who.c_str(), d.schedule.reason.c_str(),
                    d.lastVisitDate.empty() ? "never visited" : ("last " + d.lastVisitDate).c_str());
    }
    return 0;
}
}  // namespace

CommandGroup dueCommands() {
    return {"due",
            "the visits due today and the overdue ones (follow-up schedules)",
            {{"",
              "Lists the follow-up visits due on a day (default: today, China time) and the overdue ones, "
              "most overdue first.",
              {{"date", "YYYY-MM-DD", "the day (default today)"},
               {"grid", "ID", "grids (default: the device's grid, else every grid known)", false, true},
               {"reveal", "", "show full phone numbers"}},
              {},
              0,
              0,
              runDue}}};
}

}  // namespace gridwork::device
