// report_repo.h — reported problems (问题上报) and their append-only event log.
//
// Status is never written: it is folded from the events (report_workflow.h) by the store before
// every commit. file() writes the report, its first "report" event and — when handledOnSite — a
// "resolve_on_site" event in the SAME transaction. addEvent() checks the action against the
// current derived status with reportTransition(): an invalid action from a caller is refused with
// InvalidState and nothing is written (remote events arriving by sync are never refused; the fold
// marks them superseded). Contract: validated writes, one transaction per call; borrows the Store.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::domain {

class ReportRepo {
public:
    explicit ReportRepo(Store& store) : m_store(store) {}

    // text required; gridId required (or taken from the household/patrol); reportedAt 0 = now.
    // onSiteNote: the note of the resolve_on_site event when handledOnSite.
    Result<Report> file(Report r, const std::string& onSiteNote = "");
    // e.kind must be a known kind valid in the current status; e.at 0 = now.
    Result<ReportEvent> addEvent(const Uuid& reportId, ReportEvent e);
    Result<ReportEvent> addEvent(const Uuid& reportId, ReportEventKind kind, const std::string& note = "",
                                 const Uuid& actorId = {}, const std::string& actorName = "");
    // Editable fields after filing (LWW): text, category, severity, deadline.
    Status edit(const Uuid& reportId, const std::optional<std::string>& text,
                const std::optional<ReportCategory>& category = {}, const std::optional<Severity>& severity = {},
                const std::optional<std::string>& deadline = {});

    Result<Report> get(const Uuid& reportId);  // with derived status
    // Events in fold order (stamp), with superseded flags.
    std::vector<ReportEvent> history(const Uuid& reportId);
    // Not closed, newest first.
    std::vector<Report> open(const std::vector<Uuid>& grids);
    // A deadline before `date` and not yet handled/closed; oldest deadline first.
    std::vector<Report> overdue(const std::string& date, const std::vector<Uuid>& grids);
    std::vector<Report> ofWorker(const Uuid& workerId);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
