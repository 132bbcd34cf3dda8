// report add|event|show|list — reported problems (问题上报) and their append-only event log.
// The status is never set directly: it is folded from the events by the core.
#include "device_context.h"
#include "domain_records.h"
#include "enum_option.h"
#include "invocation.h"
#include "location_option.h"

#include "gridwork/core/domain/report_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

int runAdd(Invocation& inv) {
    GW_USAGE(inv, auto id, inv.uuid("id"));
    GW_USAGE(inv, auto household, inv.uuid("household"));
    GW_USAGE(inv, auto patrol, inv.uuid("patrol"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_USAGE(inv, auto deadline, inv.date("deadline"));
    GW_USAGE(inv, auto where, locationOption(inv));
    GW_REFUSE(inv, auto category, enumOption<ReportCategory>(inv, "category", "问题类别"));
    GW_REFUSE(inv, auto severity, enumOption<Severity>(inv, "severity", "严重程度"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    GW_USAGE(inv, auto givenGrid, inv.uuid("grid"));
    Report r;
    r.id = id.value_or(Uuid{});
    // The household's or patrol's grid wins over the device default; an explicit --grid over both.
    r.gridId = givenGrid ? *givenGrid : (household || patrol) ? Uuid{} : deviceGrid(*store).value_or(Uuid{});
    r.workerId = worker;
    r.householdId = household.value_or(Uuid{});
    r.patrolId = patrol.value_or(Uuid{});
    r.category = category.value_or(ReportCategory::Other);
    r.text = inv.text("text").value_or("");
    r.location = where;
    r.severity = severity.value_or(Severity::Low);
    r.handledOnSite = inv.flag("handled-on-site");
    r.photoSha256 = inv.text("photo").value_or("");
    r.reportedAt = at.value_or(0);
    r.deadline = deadline.value_or("");
    GW_REFUSE(inv, auto filed, ReportRepo(*store).file(r, inv.text("on-site-note").value_or("")));
    inv.printCreated("report", filed.id);
    return 0;
}

int runEvent(Invocation& inv) {
    GW_USAGE(inv, Uuid report, inv.positionalUuid(0, "report"));
    GW_USAGE(inv, std::string kindText, inv.requireText("kind"));
    GW_USAGE(inv, auto actor, inv.uuid("actor"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_USAGE(inv, auto id, inv.uuid("id"));
    auto kind = parseReportEventKind(kindText);
    if (!kind) {
        std::string names;
        for (auto k : allReportEventKinds()) names += (names.empty() ? "" : ", ") + std::string(reportEventKindName(k));
        return inv.fail({ErrorCode::InvalidArgument, "事件类型：“" + kindText + "”不是有效的选项（" + names + "）"});
    }
    GW_REFUSE(inv, Store * store, inv.store());
    ReportEvent e;
    e.id = id.value_or(Uuid{});
    e.kind = std::string(reportEventKindName(*kind));
    e.actorId = actor ? *actor : deviceWorker(*store).value_or(Uuid{});
    e.actorName = inv.text("actor-name").value_or("");
    e.department = inv.text("department").value_or("");
    e.note = inv.text("note").value_or("");
    e.at = at.value_or(0);
    ReportRepo repo(*store);
    GW_REFUSE(inv, auto added, repo.addEvent(report, e));
    GW_REFUSE(inv, auto now, repo.get(report));
    if (inv.json())
        inv.print(Record().add("id", added.id).add("report_id", report).add("status", reportStatusName(now.status)));
    else
        std::printf("%s %s\n", added.id.toString().c_str(), std::string(reportStatusName(now.status)).c_str());
    return 0;
}

int runShow(Invocation& inv) {
    GW_USAGE(inv, Uuid id, inv.positionalUuid(0, "report"));
    GW_REFUSE(inv, Store * store, inv.store());
    ReportRepo repo(*store);
    GW_REFUSE(inv, auto r, repo.get(id));
    std::vector<Record> events;
    for (const auto& e : repo.history(id)) events.push_back(reportEventRecord(e));
    Record out = reportRecord(r);
    out.add("events", events);
    inv.print(out);
    return 0;
}

int runList(Invocation& inv) {
    GW_USAGE(inv, auto overdueOn, inv.date("overdue-on"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto grids, gridsOrDefault(inv, *store));
    ReportRepo repo(*store);
    std::vector<Record> items;
    for (const auto& r : overdueOn ? repo.overdue(*overdueOn, grids) : repo.open(grids))
        items.push_back(reportRecord(r));
    inv.printList("reports", items, {"id", "status", "category", "severity", "text"}, "(no open reports)");
    return 0;
}
}  // namespace

CommandGroup reportCommands() {
    return {"report",
            "reported problems (问题上报) and their events",
            {{"add",
              "Files a report (with its first event) and prints its id.",
              {{"text", "TEXT", "what is wrong", true},
               {"category", "CATEGORY",
                "safety_hazard|dispute|people_in_difficulty|environment|public_facility|fire|flood|other; in an "
                "emergency (灾情上报) collapse|waterlogging|landslide|trapped_people"},
               {"severity", "SEVERITY", "low|medium|high|urgent"},
               {"household", "ID", "the household concerned"},
               {"patrol", "ID", "the patrol it was found on"},
               {"grid", "ID", "the grid (default: the household's or patrol's, else the device's)"},
               {"lat", "DEG", "latitude"},
               {"lon", "DEG", "longitude"},
               {"handled-on-site", "", "it was handled on the spot (现场处置)"},
               {"on-site-note", "TEXT", "what was done on site"},
               {"deadline", "YYYY-MM-DD", "handle by"},
               {"photo", "SHA256", "a photo attachment"},
               {"at", "TIME", "when (default now)"},
               {"worker", "ID", "the reporting worker (default: the device's worker)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              {},
              0,
              0,
              runAdd},
             {"event",
              "Appends an event (accept, dispatch, start, handle, feedback, close, return, resubmit, "
              "reopen, escalate, comment); prints its id and the new status.",
              {{"kind", "KIND", "the event kind", true},
               {"note", "TEXT", "a note"},
               {"department", "TEXT", "the department (for dispatch)"},
               {"actor", "ID", "who acts (default: the device's worker)"},
               {"actor-name", "NAME", "the actor's name"},
               {"at", "TIME", "when (default now)"},
               {"id", "ID", "use this id (default: a new UUIDv7)"}},
              "REPORT_ID",
              1,
              1,
              runEvent},
             {"show", "Shows a report, its derived status and its event history.", {}, "REPORT_ID", 1, 1, runShow},
             {"list",
              "Lists open reports (not closed) of grids, newest first.",
              {{"grid", "ID", "grids (default: the device's grid)", false, true},
               {"overdue-on", "YYYY-MM-DD", "only reports past their deadline on that day"}},
              {},
              0,
              0,
              runList}}};
}

}  // namespace gridwork::device
