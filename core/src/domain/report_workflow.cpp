#include "gridwork/core/domain/report_workflow.h"

#include <algorithm>
#include <array>

namespace gridwork {

namespace {
struct StatusInfo {
    ReportStatus status;
    std::string_view name, zh;
};
constexpr std::array<StatusInfo, 9> kStatuses{{
    {ReportStatus::Reported, "reported", "已上报"},
    {ReportStatus::Accepted, "accepted", "已受理"},
    {ReportStatus::Dispatched, "dispatched", "已分办"},
    {ReportStatus::Handling, "handling", "处置中"},
    {ReportStatus::Handled, "handled", "已处置"},
    {ReportStatus::Closed, "closed", "已办结"},
    {ReportStatus::Returned, "returned", "已退回"},
    {ReportStatus::Reopened, "reopened", "重新打开"},
    {ReportStatus::Escalated, "escalated", "已上报上级"},
}};

struct KindInfo {
    ReportEventKind kind;
    std::string_view name, zh;
};
constexpr std::array<KindInfo, 13> kKinds{{
    {ReportEventKind::Report, "report", "上报"},
    {ReportEventKind::ResolveOnSite, "resolve_on_site", "现场处置"},
    {ReportEventKind::Accept, "accept", "受理"},
    {ReportEventKind::Dispatch, "dispatch", "分办"},
    {ReportEventKind::Start, "start", "开始处置"},
    {ReportEventKind::Handle, "handle", "处置完成"},
    {ReportEventKind::Feedback, "feedback", "反馈"},
    {ReportEventKind::Close, "close", "办结"},
    {ReportEventKind::Return, "return", "退回"},
    {ReportEventKind::Resubmit, "resubmit", "重新上报"},
    {ReportEventKind::Reopen, "reopen", "重新打开"},
    {ReportEventKind::Escalate, "escalate", "上报上级"},
    {ReportEventKind::Comment, "comment", "备注"},
}};

bool in(ReportStatus s, std::initializer_list<ReportStatus> set) {
    return std::find(set.begin(), set.end(), s) != set.end();
}
}  // namespace

std::string_view reportStatusName(ReportStatus s) {
    for (const auto& i : kStatuses)
        if (i.status == s) return i.name;
    return "reported";
}

std::string_view reportStatusLabelZh(ReportStatus s) {
    for (const auto& i : kStatuses)
        if (i.status == s) return i.zh;
    return "已上报";
}

std::optional<ReportStatus> parseReportStatus(std::string_view s) {
    for (const auto& i : kStatuses)
        if (i.name == s) return i.status;
    return std::nullopt;
}

std::string_view reportEventKindName(ReportEventKind k) {
    for (const auto& i : kKinds)
        if (i.kind == k) return i.name;
    return "comment";
}

std::string_view reportEventKindLabelZh(ReportEventKind k) {
    for (const auto& i : kKinds)
        if (i.kind == k) return i.zh;
    return "备注";
}

std::optional<ReportEventKind> parseReportEventKind(std::string_view s) {
    for (const auto& i : kKinds)
        if (i.name == s) return i.kind;
    return std::nullopt;
}

std::vector<ReportEventKind> allReportEventKinds() {
    std::vector<ReportEventKind> out;
    for (const auto& i : kKinds) out.push_back(i.kind);
    return out;
}

std::optional<ReportStatus> reportTransition(ReportStatus from, ReportEventKind kind) {
    using S = ReportStatus;
    switch (kind) {
    case ReportEventKind::Report:
        if (from == S::Reported) return S::Reported;
        break;
    case ReportEventKind::ResolveOnSite:
        if (from == S::Reported) return S::Handled;
        break;
    case ReportEventKind::Accept:
        if (from == S::Reported) return S::Accepted;
        break;
    case ReportEventKind::Dispatch:
        if (in(from, {S::Accepted, S::Escalated, S::Reopened})) return S::Dispatched;
        break;
    case ReportEventKind::Start:
        if (from == S::Dispatched) return S::Handling;
        break;
    case ReportEventKind::Handle:
        if (in(from, {S::Dispatched, S::Handling})) return S::Handled;
        break;
    case ReportEventKind::Feedback:
        if (in(from, {S::Handling, S::Handled})) return from;
        break;
    case ReportEventKind::Close:
        if (from == S::Handled) return S::Closed;
        break;
    case ReportEventKind::Return:
        if (in(from, {S::Reported, S::Accepted, S::Dispatched, S::Handling})) return S::Returned;
        break;
    case ReportEventKind::Resubmit:
        if (from == S::Returned) return S::Reported;
        break;
    case ReportEventKind::Reopen:
        if (in(from, {S::Handled, S::Closed})) return S::Reopened;
        break;
    case ReportEventKind::Escalate:
        if (in(from, {S::Accepted, S::Dispatched, S::Handling, S::Reopened})) return S::Escalated;
        break;
    case ReportEventKind::Comment: return from;
    }
    return std::nullopt;
}

ReportStatus foldReportEvents(std::vector<WorkflowEvent>& events) {
    std::stable_sort(events.begin(), events.end(),
                     [](const WorkflowEvent& a, const WorkflowEvent& b) { return a.stamp < b.stamp; });
    ReportStatus status = ReportStatus::Reported;
    for (auto& e : events) {
        auto kind = parseReportEventKind(e.kind);
        auto next = kind ? reportTransition(status, *kind) : std::nullopt;
        e.superseded = !next.has_value();
        if (next) status = *next;
    }
    return status;
}

}  // namespace gridwork
