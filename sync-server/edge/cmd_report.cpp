// report list | show | accept | dispatch | feedback | close | return — the command centre's side
// of the report loop 上报 → 受理 → 分办 → 处置 → 反馈 → 办结 (report_workflow.h). Events are
// written through ReportRepo on the server's store (stamped by the server's site, logged for the
// devices to pull); an action that is not valid in the report's current status is refused
// (InvalidState) and writes nothing.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/report_actions.h"

#include <chrono>
#include <iostream>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

constexpr std::string_view kCentre = "街道综合信息指挥室";

std::string todayLocal() {
    auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch());
    return localDateFromMs(now.count());
}

std::vector<Uuid> allGrids(Store& store) {
    std::vector<Uuid> ids;
    for (const auto& g : OrgRepo(store).byLevel(OrgLevel::Grid)) ids.push_back(g.id);
    return ids;
}

std::int64_t overdueDays(const Report& r, const std::string& today) {
    if (r.deadline.empty() || r.status == ReportStatus::Handled || r.status == ReportStatus::Closed) return 0;
    auto d = daysBetween(r.deadline, today);
    return d && *d > 0 ? *d : 0;
}

std::string reportJson(const Report& r, const std::string& grid, const std::string& today) {
    std::string s = "{\"id\":" + jsonQuote(r.id.toString()) + ",\"grid\":" + jsonQuote(grid) +
                    ",\"status\":" + jsonQuote(std::string(reportStatusName(r.status))) +
                    ",\"status_zh\":" + jsonQuote(std::string(reportStatusLabelZh(r.status))) +
                    ",\"category\":" + jsonQuote(std::string(enumName(r.category))) +
                    ",\"severity\":" + jsonQuote(std::string(enumName(r.severity))) + ",\"text\":" + jsonQuote(r.text) +
                    ",\"reported\":" + jsonQuote(localDateFromMs(r.reportedAt)) +
                    ",\"deadline\":" + jsonQuote(r.deadline) +
                    ",\"overdue_days\":" + std::to_string(overdueDays(r, today)) + "}";
    return s;
}

// One workflow action through the service's report_actions (the console uses the same code).
int runAction(const Args& args, const std::string& cmd, ReportAction action) {
    std::vector<std::string> known{"data", "report", "note", "actor", "deadline", "department", "result"};
    if (auto st = args.check(known, {"data", "report"}); !st) return usageError(cmd, st.message());
    bool needsNote = action == ReportAction::Return || action == ReportAction::Feedback;
    if (needsNote && !args.value("note")) return usageError(cmd, "missing --note");
    if (action == ReportAction::Dispatch && !args.value("department")) return usageError(cmd, "missing --department");
    auto id = args.requireUuid("report");
    if (!id) return usageError(cmd, id.status().message());
    ReportActionInput input;
    input.action = action;
    input.note = args.value("note").value_or("");
    input.result = args.value("result").value_or("");
    input.department = args.value("department").value_or("");
    input.deadline = args.value("deadline").value_or("");
    input.actorName = args.value("actor").value_or(std::string(kCentre));
    if (!input.deadline.empty())
        if (auto st = validateDate(input.deadline, "办理期限"); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    ReportStatus after = ReportStatus::Reported;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(Report updated, applyReportAction(store, *id, input));
        after = updated.status;
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    std::cout << "report " << id->toString() << ": " << reportStatusLabelZh(after) << " (" << reportStatusName(after)
              << ")\n";
    return 0;
}

}  // namespace

int runReportAccept(const Args& args) {
    return runAction(args, "report accept", ReportAction::Accept);
}

int runReportDispatch(const Args& args) {
    return runAction(args, "report dispatch", ReportAction::Dispatch);
}

int runReportFeedback(const Args& args) {
    return runAction(args, "report feedback", ReportAction::Feedback);
}

int runReportClose(const Args& args) {
    return runAction(args, "report close", ReportAction::Close);
}

int runReportReturn(const Args& args) {
    return runAction(args, "report return", ReportAction::Return);
}

int runReportList(const Args& args) {
    const std::string cmd = "report list";
    if (auto st = args.check({"data", "grid", "status", "overdue", "all", "json", "date"}, {"data"}); !st)
        return usageError(cmd, st.message());
    std::optional<ReportStatus> status;
    if (auto s = args.value("status")) {
        status = parseReportStatus(*s);
        if (!status) return usageError(cmd, "--status: unknown status " + *s);
    }
    std::string today = args.value("date").value_or(todayLocal());
    if (!isValidLocalDate(today)) return usageError(cmd, "--date must be YYYY-MM-DD");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<Uuid> grids;
    if (args.has("grid")) {
        auto g = resolveGrids(**service, args.values("grid"));
        if (!g) return fail(cmd, g.status());
        grids = *g;
    }
    std::vector<Report> list;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        if (grids.empty()) grids = allGrids(store);
        ReportRepo reports(store);
        if (args.has("overdue")) {
            list = reports.overdue(today, grids);
        } else if (args.has("all") || status == ReportStatus::Closed) {
            for (const auto& g : grids) {
                GW_ASSIGN_OR_RETURN(
                    db::Query q,
                    store.database().prepare(
                        "SELECT id FROM reports WHERE grid_id=?1 AND (deleted IS NULL OR deleted=0) ORDER BY id DESC"));
                q->bind(1, g);
                std::vector<Uuid> ids;
                while (q->step()) ids.push_back(q->getUuid(0));
                q->reset();
                for (const auto& id : ids)
                    if (auto r = reports.get(id)) list.push_back(*r);
            }
        } else {
            list = reports.open(grids);
        }
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    if (status) std::erase_if(list, [&](const Report& r) { return r.status != *status; });
    bool json = args.has("json");
    if (json) std::cout << "{\"date\":" << jsonQuote(today) << ",\"reports\":[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Report& r = list[i];
        std::string grid = gridName(**service, r.gridId);
        if (json) {
            std::cout << (i ? "," : "") << reportJson(r, grid, today);
            continue;
        }
        std::int64_t late = overdueDays(r, today);
        std::cout << r.id.toString() << "  " << reportStatusLabelZh(r.status) << "  " << enumLabelZh(r.category) << "  "
                  << grid << "  上报 " << localDateFromMs(r.reportedAt) << "  期限 "
                  << (r.deadline.empty() ? "-" : r.deadline) << (late ? "  超期 " + std::to_string(late) + " 天" : "")
                  << "  " << r.text << "\n";
    }
    if (json)
        std::cout << "]}\n";
    else if (list.empty())
        std::cout << "no reports\n";
    return 0;
}

int runReportShow(const Args& args) {
    const std::string cmd = "report show";
    if (auto st = args.check({"data", "report", "json"}, {"data", "report"}); !st) return usageError(cmd, st.message());
    auto id = args.requireUuid("report");
    if (!id) return usageError(cmd, id.status().message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    Report report;
    std::vector<ReportEvent> history;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        ReportRepo reports(store);
        GW_ASSIGN_OR_RETURN(report, reports.get(*id));
        history = reports.history(*id);
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    for (auto& e : history)  // events filed on a phone carry the worker's id, not his name
        if (e.actorName.empty() && !e.actorId.isNil())
            if (auto w = (*service)->worker(e.actorId)) e.actorName = w->name;
    std::string today = todayLocal();
    std::string grid = gridName(**service, report.gridId);
    if (args.has("json")) {
        std::string r = reportJson(report, grid, today);
        r.pop_back();
        std::cout << r << ",\"history\":[";
        for (std::size_t i = 0; i < history.size(); ++i) {
            const auto& e = history[i];
            std::cout << (i ? "," : "") << "{\"kind\":" << jsonQuote(e.kind) << ",\"actor\":" << jsonQuote(e.actorName)
                      << ",\"department\":" << jsonQuote(e.department) << ",\"note\":" << jsonQuote(e.note)
                      << ",\"at\":" << e.at << ",\"superseded\":" << (e.superseded ? "true" : "false") << "}";
        }
        std::cout << "]}\n";
        return 0;
    }
    std::cout << report.id.toString() << "  " << reportStatusLabelZh(report.status) << "  " << grid << "\n  "
              << report.text << "\n";
    for (const auto& e : history) {
        auto kind = e.parsedKind();
        std::cout << "  " << localDateFromMs(e.at) << "  "
                  << (kind ? std::string(reportEventKindLabelZh(*kind)) : e.kind) << (e.superseded ? " (无效)" : "")
                  << "  " << e.actorName << (e.department.empty() ? "" : " → " + e.department)
                  << (e.note.empty() ? "" : "  " + e.note) << "\n";
    }
    return 0;
}

}  // namespace gridwork::server
