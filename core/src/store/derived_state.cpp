#include "store/derived_state.h"

#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/column_writer.h"

#include <algorithm>

namespace gridwork {

void noteDerivedInputs(WriteTxn& txn, const TableSpec& spec, const Uuid& row) {
    if (spec.name == tables::kReports) {
        txn.markReportDirty(row);
    } else if (spec.name == tables::kReportEvents) {
        db::Statement* q = txn.database().prepare("SELECT report_id FROM report_events WHERE id=?1");
        if (!q) return;
        q->bind(1, row);
        if (q->step()) txn.markReportDirty(q->getUuid(0));
        q->reset();
    }
}

Status deriveOneReport(WriteTxn& txn, const Uuid& report) {
    auto& db = txn.database();
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT id, kind, superseded FROM report_events WHERE report_id=?1"));
    q->bind(1, report);
    std::vector<WorkflowEvent> events;
    std::vector<std::pair<Uuid, int>> ids;  // id, stored superseded flag (-1 = NULL)
    while (q->step()) {
        WorkflowEvent e;
        e.kind = q->getText(1);
        events.push_back(e);
        ids.emplace_back(q->getUuid(0), q->isNull(2) ? -1 : static_cast<int>(q->getInt(2) != 0));
    }
    GW_TRY(q->status());
    q->reset();
    // Each event is ordered by the stamp of its `kind` column (none: the zero stamp).
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i].stamp = columnStamp(db, tables::kReportEvents, ids[i].first, "kind").value_or(Stamp{0, Uuid{}});
    // Keep ids aligned with events through the sort: sort indices instead.
    std::vector<std::size_t> order(events.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<WorkflowEvent> sorted;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return events[a].stamp < events[b].stamp || (events[a].stamp == events[b].stamp && ids[a].first < ids[b].first);
    });
    for (auto i : order) sorted.push_back(events[i]);
    ReportStatus status = foldReportEvents(sorted);  // stable for already-sorted input
    for (std::size_t k = 0; k < order.size(); ++k) {
        const auto& [id, stored] = ids[order[k]];
        if (stored != static_cast<int>(sorted[k].superseded))
            GW_TRY(txn.setDerived(tables::kReportEvents, id, "superseded", Value::boolean(sorted[k].superseded)));
    }
    return txn.setDerived(tables::kReports, report, "status", Value::text(std::string(reportStatusName(status))));
}

Status deriveReportState(WriteTxn& txn) {
    for (const auto& report : txn.dirtyReports()) GW_TRY(deriveOneReport(txn, report));
    return Status::ok();
}

}  // namespace gridwork
