// report_actions.h — the command centre's actions on a report (受理, 分办, 反馈, 办结, 退回, ...),
// shared by the admin CLI (`gridwork-server report ...`) and the web console's API.
//
// An action is a short plan of workflow events (report_workflow.h) for the report's current
// status: 分办 straight from 已上报 implies 受理; 反馈 on a dispatched report first records the
// department's result (处置完成). 督办 (supervise an overdue item) is a comment event whose note
// starts with "【督办】": it never changes the status (only for accepted items not yet handled). The whole plan is
// checked against the fold before anything is written; an action not valid in the current status is InvalidState (with
// a plain Chinese message) and writes nothing. Events are written through ReportRepo on the server's store, so devices
// pull them. Contract: plain functions on a borrowed Store; call them inside SyncService::withStore.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/domain/report_workflow.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork {
class Store;
}

namespace gridwork::server {

enum class ReportAction { Accept, Dispatch, Start, Feedback, Close, Return, Escalate, Supervise, Reopen, Comment };

std::string_view reportActionName(ReportAction a);     // "accept", "dispatch", ...
std::string_view reportActionLabelZh(ReportAction a);  // "受理", "分办", ...
std::optional<ReportAction> parseReportAction(std::string_view name);

struct ReportActionInput {
    ReportAction action = ReportAction::Comment;
    std::string note;        // the last event's note (退回 and 反馈 need one)
    std::string result;      // 反馈: the department's result (default: note)
    std::string department;  // 分办: required
    std::string deadline;    // optional new deadline "YYYY-MM-DD"
    std::string actorName;   // who acts (the staff member's name, or the centre)
    Uuid actorId;
};

// The workflow events the action writes in `status`; InvalidState when it cannot be done there.
Result<std::vector<ReportEventKind>> planReportAction(ReportAction action, ReportStatus status);
// The actions that are valid in `status` (for the console's buttons).
std::vector<ReportAction> allowedReportActions(ReportStatus status);
// Checks the input (note/department required) and the whole plan, then writes the events (one
// commit each, so the store folds the status between them) and the deadline; returns the report
// as it is afterwards. Call under SyncService::withStore so nothing lands in between.
Result<domain::Report> applyReportAction(Store& store, const Uuid& reportId, const ReportActionInput& input);

}  // namespace gridwork::server
