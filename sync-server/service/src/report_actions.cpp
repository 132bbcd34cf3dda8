#include "gridwork/server/report_actions.h"

#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/store.h"

#include <array>

namespace gridwork::server {

using domain::Report;
using domain::ReportEvent;
using domain::ReportRepo;

namespace {

struct ActionInfo {
    ReportAction action;
    std::string_view name, zh;
};
constexpr std::array<ActionInfo, 10> kActions{{
    {ReportAction::Accept, "accept", "受理"},
    {ReportAction::Dispatch, "dispatch", "分办"},
    {ReportAction::Start, "start", "开始处置"},
    {ReportAction::Feedback, "feedback", "反馈"},
    {ReportAction::Close, "close", "办结"},
    {ReportAction::Return, "return", "退回"},
    {ReportAction::Escalate, "escalate", "上报上级"},
    {ReportAction::Supervise, "supervise", "督办"},
    {ReportAction::Reopen, "reopen", "重新打开"},
    {ReportAction::Comment, "comment", "备注"},
}};

constexpr std::string_view kSupervisePrefix = "【督办】";

std::vector<ReportEventKind> rawPlan(ReportAction action, ReportStatus s) {
    using K = ReportEventKind;
    switch (action) {
    case ReportAction::Accept: return {K::Accept};
    case ReportAction::Dispatch:
        if (s == ReportStatus::Reported) return {K::Accept, K::Dispatch};
        return {K::Dispatch};
    case ReportAction::Start: return {K::Start};
    case ReportAction::Feedback:
        if (s == ReportStatus::Dispatched || s == ReportStatus::Handling) return {K::Handle, K::Feedback};
        return {K::Feedback};
    case ReportAction::Close: return {K::Close};
    case ReportAction::Return: return {K::Return};
    case ReportAction::Escalate: return {K::Escalate};
    case ReportAction::Reopen: return {K::Reopen};
    case ReportAction::Supervise:
    case ReportAction::Comment: return {K::Comment};
    }
    return {K::Comment};
}

}  // namespace

std::string_view reportActionName(ReportAction a) {
    for (const auto& i : kActions)
        if (i.action == a) return i.name;
    return "comment";
}

std::string_view reportActionLabelZh(ReportAction a) {
    for (const auto& i : kActions)
        if (i.action == a) return i.zh;
    return "备注";
}

std::optional<ReportAction> parseReportAction(std::string_view name) {
    for (const auto& i : kActions)
        if (i.name == name) return i.action;
    return std::nullopt;
}

Result<std::vector<ReportEventKind>> planReportAction(ReportAction action, ReportStatus status) {
    auto kinds = rawPlan(action, status);
    ReportStatus s = status;
    for (auto k : kinds) {
        auto next = reportTransition(s, k);
        if (!next)
            return Status(ErrorCode::InvalidState, "该工单当前为“" + std::string(reportStatusLabelZh(status)) +
                                                       "”，不能" + std::string(reportActionLabelZh(action)));
        s = *next;
    }
    // 督办 is for items still being worked on.
    if (action == ReportAction::Supervise && status != ReportStatus::Accepted && status != ReportStatus::Dispatched &&
        status != ReportStatus::Handling && status != ReportStatus::Escalated && status != ReportStatus::Reopened)
        return Status(ErrorCode::InvalidState, "只有已受理、未办结的工单可以督办");
    return kinds;
}

std::vector<ReportAction> allowedReportActions(ReportStatus status) {
    std::vector<ReportAction> out;
    for (const auto& i : kActions)
        if (i.action != ReportAction::Comment && planReportAction(i.action, status)) out.push_back(i.action);
    return out;
}

Result<Report> applyReportAction(Store& store, const Uuid& reportId, const ReportActionInput& in) {
    if ((in.action == ReportAction::Return || in.action == ReportAction::Feedback ||
         in.action == ReportAction::Supervise || in.action == ReportAction::Comment) &&
        in.note.empty() && in.result.empty())
        return Status(ErrorCode::InvalidArgument, std::string(reportActionLabelZh(in.action)) + "需要填写说明");
    if (in.action == ReportAction::Dispatch && in.department.empty())
        return Status(ErrorCode::InvalidArgument, "分办需要选择承办部门");
    if (!in.deadline.empty()) GW_TRY(domain::validateDate(in.deadline, "办理期限"));
    // Each event is its own commit: the store folds the status at commit, and the next event is
    // checked against it. The whole plan was checked first, and callers hold the service's lock,
    // so no other write lands between them.
    ReportRepo reports(store);
    GW_ASSIGN_OR_RETURN(Report r, reports.get(reportId));
    GW_ASSIGN_OR_RETURN(auto kinds, planReportAction(in.action, r.status));
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        ReportEvent e;
        e.kind = std::string(reportEventKindName(kinds[i]));
        e.actorName = in.actorName;
        e.actorId = in.actorId;
        bool last = i + 1 == kinds.size();
        if (kinds[i] == ReportEventKind::Handle)
            e.note = in.result.empty() ? in.note : in.result;
        else if (last)
            e.note = in.action == ReportAction::Supervise ? std::string(kSupervisePrefix) + in.note : in.note;
        if (kinds[i] == ReportEventKind::Dispatch) e.department = in.department;
        GW_TRY(reports.addEvent(reportId, e).status());
    }
    if (!in.deadline.empty()) GW_TRY(reports.edit(reportId, std::nullopt, std::nullopt, std::nullopt, in.deadline));
    return reports.get(reportId);
}

}  // namespace gridwork::server
