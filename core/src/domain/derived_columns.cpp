#include "gridwork/core/domain/derived_columns.h"

#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"

#include <algorithm>

namespace gridwork::domain {

namespace {
// A report's status and its events' superseded flags, folded from the events in stamp order.
class ReportStatusRule final : public DerivedState {
public:
    Result<std::optional<Uuid>> staleKey(WriteTxn& txn, const TableSpec& table, const Uuid& row) override {
        if (table.name == tables::kReports) return std::optional<Uuid>(row);
        if (table.name != tables::kReportEvents) return std::optional<Uuid>();
        GW_ASSIGN_OR_RETURN(db::Query q, txn.database().prepare("SELECT report_id FROM report_events WHERE id=?1"));
        q->bind(1, row);
        GW_ASSIGN_OR_RETURN(bool found, q->next());
        if (!found) return std::optional<Uuid>();
        return std::optional<Uuid>(q->getUuid(0));
    }

    Status derive(WriteTxn& txn, const Uuid& report) override {
        GW_ASSIGN_OR_RETURN(std::vector<Event> events, readEvents(txn, report));
        // Each event is ordered by the stamp of its `kind` column (none: the zero stamp), then id.
        for (auto& e : events) {
            GW_ASSIGN_OR_RETURN(auto stamp, txn.columnStamp(tables::kReportEvents, e.id, "kind"));
            e.fold.stamp = stamp.value_or(Stamp{0, Uuid{}});
        }
        std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.fold.stamp < b.fold.stamp || (a.fold.stamp == b.fold.stamp && a.id < b.id);
        });
        std::vector<WorkflowEvent> sorted;
        sorted.reserve(events.size());
        for (const auto& e : events) sorted.push_back(e.fold);
        ReportStatus status = foldReportEvents(sorted);  // stable for already-sorted input
        for (std::size_t k = 0; k < events.size(); ++k)
            if (events[k].storedSuperseded != static_cast<int>(sorted[k].superseded))
                GW_TRY(txn.setDerived(tables::kReportEvents, events[k].id, "superseded",
                                      Value::boolean(sorted[k].superseded)));
        return txn.setDerived(tables::kReports, report, "status", Value::text(std::string(reportStatusName(status))));
    }

private:
    struct Event {
        Uuid id;
        int storedSuperseded;  // -1: NULL
        WorkflowEvent fold;
    };

    static Result<std::vector<Event>> readEvents(WriteTxn& txn, const Uuid& report) {
        std::vector<Event> out;
        GW_ASSIGN_OR_RETURN(
            db::Query q, txn.database().prepare("SELECT id, kind, superseded FROM report_events WHERE report_id=?1"));
        q->bind(1, report);
        while (q->step()) {
            Event e{q->getUuid(0), q->isNull(2) ? -1 : static_cast<int>(q->getInt(2) != 0), {}};
            e.fold.kind = q->getText(1);
            out.push_back(std::move(e));
        }
        GW_TRY(q->status());
        return out;
    }
};
}  // namespace

std::shared_ptr<DerivedState> reportStatusRule() {
    static const auto rule = std::make_shared<ReportStatusRule>();
    return rule;
}

Result<std::unique_ptr<Store>> openStore(const std::string& path, StoreOptions options) {
    options.derived.push_back(reportStatusRule());
    return Store::open(path, std::move(options));
}

}  // namespace gridwork::domain
