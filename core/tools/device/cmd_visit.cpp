// visit add|list — household visits (日走访), append-only.
#include "device_context.h"
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"
#include "location_option.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/visit_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, Uuid household, inv.requireUuid("household"));
    GW_USAGE(inv, auto resident, inv.uuid("resident"));
    GW_USAGE(inv, auto schedule, inv.uuid("schedule"));
    GW_USAGE(inv, auto task, inv.uuid("task"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_USAGE(inv, auto date, inv.date("date"));
    GW_USAGE(inv, auto where, locationOption(inv));
    GW_REFUSE(inv, auto kind, enumOption<VisitKind>(inv, "kind", "走访类型"));
    GW_REFUSE(inv, auto outcome, enumOption<VisitOutcome>(inv, "outcome", "走访结果"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    Visit v;
    v.id = id.value_or(Uuid{});
    v.householdId = household;
    v.residentId = resident.value_or(Uuid{});
    v.workerId = worker;
    v.kind = kind.value_or(schedule ? VisitKind::FollowUp : VisitKind::Routine);
    v.outcome = outcome.value_or(VisitOutcome::Normal);
    v.note = inv.text("note").value_or("");
    v.location = where;
    v.visitedAt = at.value_or(0);
    v.visitDate = date.value_or("");
    v.scheduleId = schedule.value_or(Uuid{});
    v.taskId = task.value_or(Uuid{});
    v.photoSha256 = inv.text("photo").value_or("");
    GW_REFUSE(inv, auto added, VisitRepo(*store).record(v));
    inv.printCreated("visit", added.id);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto household, inv.uuid("household"));
    GW_USAGE(inv, auto date, inv.date("date"));
    GW_REFUSE(inv, Store * store, inv.store());
    VisitRepo repo(*store);
    std::vector<Visit> found;
    if (household) {
        found = repo.ofHousehold(*household);
    } else {
        GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
        if (worker.isNil()) return inv.usage("give --household, or --worker (or init --worker)");
        found = repo.ofWorkerOn(worker, date.value_or(localDateFromMs(nowMs(*store))));
    }
    std::vector<Record> items;
    for (const auto& v : found) items.push_back(visitRecord(v));
    inv.printList("visits", items, {"id", "visit_date", "kind", "outcome", "note"}, "(no visits)");
    return 0;
}
}  // namespace

CommandGroup visitCommands() {
    return {"visit",
            "household visits (日走访)",
            {{"add",
              "Records a visit (durably, in one transaction) and prints its id.",
              {{"household", "ID", "the visited household", true},
               {"resident", "ID", "the person visited"},
               {"kind", "KIND", "routine|follow_up|verification (default: follow_up with --schedule, else routine)"},
               {"outcome", "OUTCOME", "normal|difficulty|dispute|hazard|not_home|other"},
               {"note", "TEXT", "what was found"},
               {"lat", "DEG", "latitude"},
               {"lon", "DEG", "longitude"},
               {"at", "TIME", "when (Unix ms or YYYY-MM-DDTHH:MM[:SS] UTC; default now)"},
               {"date", "YYYY-MM-DD", "the local date (default: China date of --at)"},
               {"schedule", "ID", "the follow-up schedule this visit fulfils"},
               {"task", "ID", "the task (verification instruction) this visit answers"},
               {"photo", "SHA256", "a photo attachment"},
               {"worker", "ID", "the visiting worker (default: the device's worker)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"list",
              "Lists the visits of a household, or a worker's visits of one day.",
              {{"household", "ID", "visits of this household, newest first"},
               {"worker", "ID", "visits of this worker (default: the device's worker)"},
               {"date", "YYYY-MM-DD", "the day (default today)"}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
