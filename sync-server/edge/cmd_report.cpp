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

#include <chrono>
#include <functional>
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

// One workflow action: plan() gives the events to write for the report's current status.
int runAction(const Args& args, const std::string& cmd,
              const std::function<Result<std::vector<ReportEventKind>>(ReportStatus)>& plan, bool needsNote,
              bool needsDepartment) {
    std::vector<std::string> known{"data", "report", "note", "actor", "deadline", "department", "result"};
    if (auto st = args.check(known, {"data", "report"}); !st) return usageError(cmd, st.message());
    if (needsNote && !args.value("note")) return usageError(cmd, "missing --note");
    if (needsDepartment && !args.value("department")) return usageError(cmd, "missing --department");
    auto id = args.requireUuid("report");
    if (!id) return usageError(cmd, id.status().message());
    auto deadline = args.value("deadline");
    if (deadline)
        if (auto st = validateDate(*deadline, "办理期限"); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    ReportStatus after = ReportStatus::Reported;
    Status st = (*service)->withStore([&](Store& store) -> Status {
        ReportRepo reports(store);
        GW_ASSIGN_OR_RETURN(Report r, reports.get(*id));
        GW_ASSIGN_OR_RETURN(auto kinds, plan(r.status));
        // Check the whole plan before writing anything.
        ReportStatus s = r.status;
        for (auto k : kinds) {
            auto next = reportTransition(s, k);
            if (!next)
                return {ErrorCode::InvalidState, "report is " + std::string(reportStatusLabelZh(r.status)) + " (" +
                                                     std::string(reportStatusName(r.status)) + "); cannot " +
                                                     std::string(reportEventKindLabelZh(k))};
            s = *next;
        }
        for (std::size_t i = 0; i < kinds.size(); ++i) {
            ReportEvent e;
            e.kind = std::string(reportEventKindName(kinds[i]));
            e.actorName = args.value("actor").value_or(std::string(kCentre));
            bool last = i + 1 == kinds.size();
            e.note = kinds[i] == ReportEventKind::Handle
                         ? args.value("result").value_or(args.value("note").value_or(""))
                         : (last ? args.value("note").value_or("") : "");
            if (kinds[i] == ReportEventKind::Dispatch) e.department = *args.value("department");
            GW_TRY(reports.addEvent(*id, e).status());
        }
        if (deadline) GW_TRY(reports.edit(*id, std::nullopt, std::nullopt, std::nullopt, *deadline));
        GW_ASSIGN_OR_RETURN(Report updated, reports.get(*id));
        after = updated.status;
        return Status::ok();
    });
    if (!st) return fail(cmd, st);
    std::cout << "report " << id->toString() << ": " << reportStatusLabelZh(after) << " (" << reportStatusName(after)
              << ")\n";
    return 0;
}

using Plan = Result<std::vector<ReportEventKind>>;

}  // namespace

int runReportAccept(const Args& args) {
    return runAction(
        args, "report accept", [](ReportStatus) -> Plan { return std::vector{ReportEventKind::Accept}; }, false, false);
}

int runReportDispatch(const Args& args) {
    return runAction(
        args, "report dispatch",
        [](ReportStatus s) -> Plan {
            // 受理 is implied when the centre dispatches a freshly reported problem directly.
            if (s == ReportStatus::Reported) return std::vector{ReportEventKind::Accept, ReportEventKind::Dispatch};
            return std::vector{ReportEventKind::Dispatch};
        },
        false, true);
}

int runReportFeedback(const Args& args) {
    // 处置 → 反馈: the department's result (--result, default the note) marks it handled, then the
    // feedback to the resident is recorded.
    return runAction(
        args, "report feedback",
        [](ReportStatus s) -> Plan {
            if (s == ReportStatus::Dispatched || s == ReportStatus::Handling)
                return std::vector{ReportEventKind::Handle, ReportEventKind::Feedback};
            return std::vector{ReportEventKind::Feedback};
        },
        true, false);
}

int runReportClose(const Args& args) {
    return runAction(
        args, "report close", [](ReportStatus) -> Plan { return std::vector{ReportEventKind::Close}; }, false, false);
}

int runReportReturn(const Args& args) {
    return runAction(
        args, "report return", [](ReportStatus) -> Plan { return std::vector{ReportEventKind::Return}; }, true, false);
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
                    db::Statement * q,
                    store.database().prepareChecked(
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
