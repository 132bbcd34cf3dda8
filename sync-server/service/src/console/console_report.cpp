// GET reports/{number} (detail with the whole timeline), POST reports/{number}/actions,
// POST reports/bulk, GET photos/{sha}: the report loop through report_actions.h.
#include "report_numbers.h"
#include "report_query.h"

#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/domain/worker_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/report_actions.h"

#include <fstream>
#include <sstream>

namespace gridwork::server {

using namespace gridwork::domain;

namespace {

// The actions a role may take (the state decides which of them are possible).
bool roleMay(StaffRole role, ReportAction a) {
    switch (role) {
    case StaffRole::Dispatcher: return a != ReportAction::Start && a != ReportAction::Feedback;
    case StaffRole::Department:
        return a == ReportAction::Start || a == ReportAction::Feedback || a == ReportAction::Comment;
    case StaffRole::Leader:
    case StaffRole::Admin: return false;
    }
    return false;
}

// The report as the caller may see it (scope applied): NotFound when out of scope, so a 部门
// account cannot even learn that another department's report exists.
Result<ReportRow> visibleReport(Store& store, const ConsoleCall& call, const std::string& number) {
    GW_TRY(assignReportNumbers(store));
    GW_ASSIGN_OR_RETURN(Uuid id, reportIdForNumber(store, number));
    ReportSql sql = reportScopeSql(call.staff());
    sql.add("id = ?", {id.toValue()});
    GW_ASSIGN_OR_RETURN(db::Query q,
                        store.database().prepare(std::string(kReportRowCte) + "SELECT * FROM q" + sql.where));
    bindAll(*q, sql.binds);
    if (!q->step()) {
        q->reset();
        return Status(ErrorCode::NotFound, "没有这个工单，或不在您的权限范围内：" + number);
    }
    ReportRow r = readReportRow(*q);
    q->reset();
    return r;
}

json actionsJson(StaffRole role, ReportStatus status) {
    json out = json::array();
    for (auto a : allowedReportActions(status))
        if (roleMay(role, a))
            out.push_back(
                {{"action", std::string(reportActionName(a))}, {"label", std::string(reportActionLabelZh(a))}});
    return out;
}

struct ActionOutcome {
    ReportRow row;
    std::string status;
};

Result<ActionOutcome> act(Store& store, ConsoleCall& call, const std::string& number, ReportActionInput input) {
    GW_ASSIGN_OR_RETURN(ReportRow row, visibleReport(store, call, number));
    if (!roleMay(call.role(), input.action))
        return Status(ErrorCode::WrongGrid, std::string(staffRoleLabelZh(call.role())) + "账号不能" +
                                                std::string(reportActionLabelZh(input.action)));
    if (input.action == ReportAction::Dispatch) {
        const auto& d = call.config.departments;
        if (std::find(d.begin(), d.end(), input.department) == d.end())
            return Status(ErrorCode::InvalidArgument, "请从列表中选择承办部门");
    }
    // Accepting or dispatching a report without a deadline sets one in working days.
    if (input.deadline.empty() && row.deadline.empty() &&
        (input.action == ReportAction::Accept || input.action == ReportAction::Dispatch))
        input.deadline = call.config.holidays.addWorkingDays(call.today, call.config.deadlineDaysFor(row.category));
    input.actorName =
        call.staff().name + (call.staff().department.empty() ? "" : "（" + call.staff().department + "）");
    GW_ASSIGN_OR_RETURN(Report after, applyReportAction(store, row.id, input));
    GW_TRY(StaffDirectory(store).audit(
        call.staff().login, "report." + std::string(reportActionName(input.action)), row.number,
        input.department.empty() ? input.note : input.department + " " + input.note, call.nowMs));
    return ActionOutcome{row, std::string(reportStatusName(after.status))};
}

Result<ReportActionInput> actionInput(const json& body) {
    auto action = parseReportAction(str(body, "action"));
    if (!action) return Status(ErrorCode::InvalidArgument, "未知操作：" + str(body, "action"));
    ReportActionInput in;
    in.action = *action;
    in.note = str(body, "note");
    in.result = str(body, "result");
    in.department = str(body, "department");
    in.deadline = str(body, "deadline");
    return in;
}

}  // namespace

ConsoleResponse getReport(ConsoleCall& call, const std::string& number) {
    json out;
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(ReportRow row, visibleReport(store, call, number));
        ReportRepo reports(store);
        GW_ASSIGN_OR_RETURN(Report report, reports.get(row.id));
        out = reportRowJson(row, call);
        out["handled_on_site"] = report.handledOnSite;
        if (!row.photoSha256.empty()) out["photo_url"] = "/api/console/v1/photos/" + row.photoSha256;
        // The reporter (phone masked) and the household.
        json reporter = {{"id", row.workerId.toString()}, {"name", row.workerName}, {"phone", ""}};
        if (auto w = WorkerRepo(store).get(row.workerId)) reporter["phone"] = maskPhone(w->phone);
        out["reporter"] = reporter;
        if (!report.householdId.isNil())
            if (auto h = LedgerRepo(store).getHousehold(report.householdId))
                out["household"] = {{"id", h->id.toString()},
                                    {"address", h->address},
                                    {"head", h->headName},
                                    {"phone", maskPhone(h->phone)}};
        json timeline = json::array();
        for (const auto& e : reports.history(row.id)) {
            std::string actor = e.actorName;
            if (actor.empty() && !e.actorId.isNil())
                if (auto w = WorkerRepo(store).get(e.actorId)) actor = w->name + "（网格员）";
            auto kind = e.parsedKind();
            timeline.push_back({{"kind", e.kind},
                                {"kind_zh", kind ? std::string(reportEventKindLabelZh(*kind)) : e.kind},
                                {"actor", actor},
                                {"department", e.department},
                                {"note", e.note},
                                {"at", e.at},
                                {"superseded", e.superseded}});
        }
        out["timeline"] = timeline;
        out["actions"] = actionsJson(call.role(), report.status);
        return Status::ok();
    });
    if (!st) return errorReply(st);
    return jsonReply(out);
}

ConsoleResponse postReportAction(ConsoleCall& call, const std::string& number) {
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    auto input = actionInput(*body);
    if (!input) return errorReply(input.status());
    Result<ActionOutcome> outcome = Status(ErrorCode::Internal, "");
    Status st = call.service.withStore([&](Store& store) -> Status {
        outcome = act(store, call, number, *input);
        return Status::ok();
    });
    if (!st) return errorReply(st);
    if (!outcome) return errorReply(outcome.status());
    return jsonReply(
        {{"number", outcome->row.number}, {"status", outcome->status}, {"status_zh", statusLabelZh(outcome->status)}});
}

ConsoleResponse postBulk(ConsoleCall& call) {
    auto body = jsonBody(call.req);
    if (!body) return errorReply(body.status());
    auto input = actionInput(*body);
    if (!input) return errorReply(input.status());
    if (input->action != ReportAction::Accept && input->action != ReportAction::Dispatch)
        return errorReply({ErrorCode::InvalidArgument, "批量操作只支持受理和分办"});
    if (!body->contains("numbers") || !(*body)["numbers"].is_array() || (*body)["numbers"].empty())
        return errorReply({ErrorCode::InvalidArgument, "请选择工单"});
    if ((*body)["numbers"].size() > 200) return errorReply({ErrorCode::TooLarge, "一次最多批量处理 200 件"});
    json results = json::array();
    int done = 0;
    for (const auto& n : (*body)["numbers"]) {
        std::string number = n.is_string() ? n.get<std::string>() : std::string();
        Result<ActionOutcome> outcome = Status(ErrorCode::Internal, "");
        Status st = call.service.withStore([&](Store& store) -> Status {
            outcome = act(store, call, number, *input);
            return Status::ok();
        });
        if (st && outcome) {
            ++done;
            results.push_back({{"number", number}, {"ok", true}, {"status", outcome->status}});
        } else {
            results.push_back(
                {{"number", number}, {"ok", false}, {"message", st ? outcome.status().message() : st.message()}});
        }
    }
    return jsonReply({{"done", done}, {"results", results}});
}

ConsoleResponse getPhoto(ConsoleCall& call, const std::string& sha) {
    if (sha.size() != 64 || sha.find_first_not_of("0123456789abcdef") != std::string::npos)
        return errorReply({ErrorCode::InvalidArgument, "照片编号不正确"});
    bool visible = false;
    Status st = call.service.withStore([&](Store& store) -> Status {
        ReportSql sql = reportScopeSql(call.staff());
        sql.add("photo = ?", {Value::text(sha)});
        GW_ASSIGN_OR_RETURN(db::Query q, store.database().prepare(std::string(kReportRowCte) + "SELECT 1 FROM q" +
                                                                  sql.where + " LIMIT 1"));
        bindAll(*q, sql.binds);
        visible = q->step();
        q->reset();
        return Status::ok();
    });
    if (!st) return errorReply(st);
    if (!visible) return errorReply({ErrorCode::NotFound, "没有这张照片，或不在您的权限范围内"});
    std::ifstream in(call.options.attachmentsDir + "/" + sha.substr(0, 2) + "/" + sha, std::ios::binary);
    if (!in) return errorReply({ErrorCode::NotFound, "照片尚未上传到服务器（设备同步后可见）"});
    std::ostringstream os;
    os << in.rdbuf();
    ConsoleResponse r;
    r.body = os.str();
    bool png = r.body.size() > 4 && r.body.compare(1, 3, "PNG") == 0;
    r.contentType = png ? "image/png" : "image/jpeg";
    r.headers.push_back({"Cache-Control", "private, max-age=86400"});
    r.headers.push_back({"X-Content-Type-Options", "nosniff"});
    return r;
}

}  // namespace gridwork::server
