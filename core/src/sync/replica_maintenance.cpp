#include "gridwork/core/sync/replica_maintenance.h"

#include "gridwork/core/store/replica_ops.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"

#include <algorithm>

namespace gridwork {

namespace {
// Step 1: re-seat the clock past everything this replica holds that is not about to be
// replaced (every column stamp not carried by an outbox entry), the corrected wall clock and
// what the server acknowledged or sent (seenFloor), so it never goes behind a stamp seen or sent.
Status reseatClock(WriteTxn& txn, Hlc seenFloor) {
    GW_ASSIGN_OR_RETURN(Hlc held, stampFloorOutsideJournal(txn));
    Store& store = txn.store();
    store.clock().resetTo(std::max({makeHlc(store.clock().correctedNowMs(), 0), held, seenFloor}));
    txn.markClockDirty();
    return Status::ok();
}

// Step 2, per journal row: each column that still carries its old stamp gets a new one (the
// columns of one local write share one stamp, before and after) and goes back into the journal
// under its old seq; a column overwritten since (locally, or by a pulled value already in the
// conflict log) is dropped. Kept entries with consecutive seqs are rewritten as one row.
class Restamper {
public:
    explicit Restamper(WriteTxn& txn) : m_txn(txn), m_site(txn.store().siteId()) {}

    Status restampRow(const JournalRow& r) {
        const TableSpec& spec = *findTable(r.table);  // takeJournal checked the table
        m_run = JournalRow{0, r.table, r.row, 0, r.grid, {}};
        std::int64_t seq = r.lastSeq + 1 - static_cast<std::int64_t>(r.columns.size());
        for (const auto& [column, value] : r.columns) {
            GW_ASSIGN_OR_RETURN(auto stamp, m_txn.columnStamp(r.table, r.row, column));
            if (!stamp || stamp->hlc != r.hlc || stamp->site != m_site) {
                GW_TRY(flush());
                ++m_result.dropped;
                ++seq;
                continue;
            }
            if (!m_haveGroup || r.hlc != m_lastOld) GW_TRY(startGroup(r.hlc));
            GW_TRY(restampColumn(m_txn, spec, r.row, column, m_lastNew));
            m_run.columns.emplace_back(column, value);
            m_run.lastSeq = seq++;
            ++m_result.restamped;
        }
        return flush();
    }

    RestampResult result() const { return m_result; }

private:
    Status startGroup(Hlc oldStamp) {
        GW_TRY(flush());
        m_lastOld = oldStamp;
        m_lastNew = m_txn.stamp();
        m_haveGroup = true;
        return Status::ok();
    }

    Status flush() {
        if (m_run.columns.empty()) return Status::ok();
        m_run.hlc = m_lastNew;
        GW_TRY(appendJournal(m_txn, m_run));
        m_run.columns.clear();
        return Status::ok();
    }

    WriteTxn& m_txn;
    const Uuid m_site;
    RestampResult m_result;
    JournalRow m_run;  // kept entries of the current row with consecutive seqs
    Hlc m_lastOld = 0, m_lastNew = 0;
    bool m_haveGroup = false;
};
}  // namespace

Result<RestampResult> restampOutbox(WriteTxn& txn, Hlc seenFloor) {
    GW_TRY(reseatClock(txn, seenFloor));
    GW_ASSIGN_OR_RETURN(std::vector<JournalRow> journal, takeJournal(txn));  // rewritten below
    Restamper restamper(txn);
    for (const auto& row : journal) GW_TRY(restamper.restampRow(row));
    return restamper.result();
}

Result<PurgeResult> purgeGrid(WriteTxn& txn, const Uuid& grid) {
    if (grid.isNil()) return Status(ErrorCode::InvalidArgument, "the township-wide scope cannot be purged");
    GW_ASSIGN_OR_RETURN(GridPurge purged, purgeGridRows(txn, grid));
    return PurgeResult{purged.rows, purged.pendingDropped};
}

}  // namespace gridwork
