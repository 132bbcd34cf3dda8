// report_workflow.h — the report state machine (DESIGN §4).
//
// A report's status is never a last-writer-wins field: every replica folds the report's events,
// sorted by (hlc, site_id), through this machine. An event that is not valid in the state where
// it lands stays in the history, marked superseded, for the township to review.
//
//   reported → accepted → dispatched → handling → handled → closed
//   returned (back to the worker) → resubmit → reported; reopened; escalated.
// Contract: pure functions; thread-safe.
#pragma once

#include "gridwork/core/base/hlc.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork {

enum class ReportStatus { Reported, Accepted, Dispatched, Handling, Handled, Closed, Returned, Reopened, Escalated };

enum class ReportEventKind {
    Report,         // 上报: the worker files it (the first event)
    ResolveOnSite,  // 现场处置: handled on the spot by the worker
    Accept,         // 受理
    Dispatch,       // 分办 to a department
    Start,          // 处置中
    Handle,         // 处置完成
    Feedback,       // 反馈 to the resident; status unchanged
    Close,          // 办结
    Return,         // 退回 to the worker
    Resubmit,       // the worker files it again after a return
    Reopen,         // 重新打开
    Escalate,       // 上报上级
    Comment,        // a note; valid anywhere, status unchanged
};

std::string_view reportStatusName(ReportStatus s);     // "reported", ...
std::string_view reportStatusLabelZh(ReportStatus s);  // "已上报", ...
std::optional<ReportStatus> parseReportStatus(std::string_view s);
std::string_view reportEventKindName(ReportEventKind k);  // "accept", ...
std::string_view reportEventKindLabelZh(ReportEventKind k);
std::optional<ReportEventKind> parseReportEventKind(std::string_view s);
std::vector<ReportEventKind> allReportEventKinds();

// The status after `kind` lands in `from`, or nullopt when the event is invalid there.
std::optional<ReportStatus> reportTransition(ReportStatus from, ReportEventKind kind);

struct WorkflowEvent {
    Stamp stamp;
    std::string kind;  // unknown kinds are superseded
    bool superseded = false;
};

// Sorts events by stamp, folds them from Reported, sets each event's superseded flag, and
// returns the final status. The same events in any input order give the same result.
ReportStatus foldReportEvents(std::vector<WorkflowEvent>& events);

}  // namespace gridwork
