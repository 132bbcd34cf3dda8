#include "gridwork/core/sync/batch_apply.h"

#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/replica_ops.h"
#include "gridwork/core/store/store.h"

namespace gridwork {

namespace {
// Merges the changes of one row (consecutive in the batch) in named steps: validate them all,
// read the row's stamps once, then decide each column with merge::decide, collecting the
// winners of one stamp into one group written by one store call.
class RowMerger {
public:
    RowMerger(WriteTxn& txn, BatchApplyOutcome& out)
        : m_txn(txn), m_store(txn.store()), m_device(m_store.role() == StoreRole::Device), m_out(out) {}

    Status merge(std::span<const Change> row) {
        GW_TRY(validate(row));
        GW_TRY(rowStamps(m_txn, *m_spec, row.front().rowId, m_stamps));
        // A row this replica has never seen takes its first stamp group as its row clock (one
        // clock row for all those columns, the same stamps as column clocks would give them).
        m_unseenRow = m_stamps.empty();
        for (const Change& c : row) GW_TRY(mergeColumn(c));
        return flush();
    }

private:
    Status validate(std::span<const Change> row) {
        for (const Change& c : row) GW_TRY(merge::validateRemoteChange(c, m_spec));
        return Status::ok();
    }

    Status mergeColumn(const Change& c) {
        m_store.clock().observe(c.hlc);
        auto it = m_stamps.find(c.column);
        std::optional<Stamp> current = it == m_stamps.end() ? std::nullopt : std::optional<Stamp>(it->second);
        if (m_device && current && current->site == m_store.siteId() && c.site != m_store.siteId() &&
            !m_spec->isAppendOnly())
            return mergeOverOwnValue(c);
        if (!merge::incomingWins(current, c.stamp())) return Status::ok();  // older, or a duplicate
        if (!m_changes.empty() && m_changes.front()->stamp() != c.stamp()) GW_TRY(flush());
        addToGroup(c);
        m_stamps[c.column] = c.stamp();
        return Status::ok();
    }

    // Maybe a concurrent overwrite of our own unacknowledged value: the full path (outbox check,
    // conflict log), one change at a time.
    Status mergeOverOwnValue(const Change& c) {
        GW_TRY(flush());
        m_unseenRow = false;
        GW_ASSIGN_OR_RETURN(ApplyOutcome o, m_txn.applyRemote(c));
        m_out.applied += o.applied;
        m_out.conflictsLogged += o.conflictLogged;
        if (o.applied) m_stamps[c.column] = c.stamp();
        return Status::ok();
    }

    // A column twice in one stamp group cannot happen (one write sets a column once), but keep the
    // later one if a sender repeats it.
    void addToGroup(const Change& c) {
        for (std::size_t p = 0; p < m_columns.size(); ++p)
            if (m_columns[p].first == c.column) {
                m_columns[p].second = c.value;
                m_changes[p] = &c;
                return;
            }
        m_columns.emplace_back(c.column, c.value);
        m_changes.push_back(&c);
    }

    Status flush() {
        if (m_columns.empty()) return Status::ok();
        GW_TRY(writeRemoteGroup(m_txn, *m_spec, m_columns, m_changes, m_unseenRow));
        m_unseenRow = false;
        m_out.applied += m_columns.size();
        m_columns.clear();
        m_changes.clear();
        return Status::ok();
    }

    WriteTxn& m_txn;
    Store& m_store;
    const bool m_device;
    BatchApplyOutcome& m_out;
    const TableSpec* m_spec = nullptr;
    StampMap m_stamps;
    bool m_unseenRow = false;
    ColumnValues m_columns;                // winners of one stamp, not yet written
    std::vector<const Change*> m_changes;  // their changes, for the apply observer
};
}  // namespace

Result<BatchApplyOutcome> applyRemoteBatch(WriteTxn& txn, std::span<const Change> changes) {
    BatchApplyOutcome out;
    RowMerger merger(txn, out);
    std::size_t i = 0;
    while (i < changes.size()) {
        // One group: consecutive changes of the same row.
        std::size_t end = i + 1;
        while (end < changes.size() && changes[end].rowId == changes[i].rowId && changes[end].table == changes[i].table)
            ++end;
        GW_TRY(merger.merge(changes.subspan(i, end - i)));
        i = end;
    }
    return out;
}

}  // namespace gridwork
