#include "gridwork/core/sync/batch_apply.h"

#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/column_writer.h"
#include "store/derived_state.h"

#include <unordered_map>

namespace gridwork {

Result<BatchApplyOutcome> applyRemoteBatch(WriteTxn& txn, std::span<const Change> changes) {
    BatchApplyOutcome out;
    Store& store = txn.store();
    auto& db = txn.database();
    const bool device = store.role() == StoreRole::Device;
    std::unordered_map<std::string, Stamp> clocks;
    std::vector<std::pair<std::string, Value>> pending;  // winners of one stamp, not yet written
    std::vector<const Change*> pendingChanges;

    std::size_t i = 0;
    while (i < changes.size()) {
        // One group: consecutive changes of the same row.
        std::size_t end = i + 1;
        while (end < changes.size() && changes[end].rowId == changes[i].rowId && changes[end].table == changes[i].table)
            ++end;
        const TableSpec* spec = nullptr;
        for (std::size_t k = i; k < end; ++k) {
            GW_TRY(merge::validateRemoteChange(changes[k], spec));
        }
        GW_TRY(rowColumnStamps(db, *spec, changes[i].rowId, clocks));
        // A row this replica has never seen takes its first stamp group as its row clock (one
        // clock row for all those columns, the same stamps as column clocks would give them).
        bool unseenRow = clocks.empty();
        bool touched = false;
        auto flush = [&]() -> Status {
            if (pending.empty()) return Status::ok();
            const Change& first = *pendingChanges.front();
            bool created = false;
            if (unseenRow) {
                GW_ASSIGN_OR_RETURN(created, insertNewRow(db, *spec, first.rowId, pending));
                if (created)
                    GW_TRY(putRowClock(db, *spec, first.rowId, columnMask(*spec, pending), first.hlc, first.site));
                unseenRow = false;
            }
            if (!created) GW_TRY(putColumns(db, *spec, first.rowId, pending, first.hlc, first.site));
            if (const auto& observer = store.applyObserver())
                for (const Change* c : pendingChanges) GW_TRY(observer(txn, *c));
            out.applied += pending.size();
            touched = true;
            pending.clear();
            pendingChanges.clear();
            return Status::ok();
        };
        for (std::size_t k = i; k < end; ++k) {
            const Change& c = changes[k];
            store.clock().observe(c.hlc);
            auto it = clocks.find(c.column);
            bool local = it != clocks.end() && it->second.site == store.siteId();
            if (device && local && c.site != store.siteId() && !spec->isAppendOnly()) {
                // Maybe a concurrent overwrite of our own unacknowledged value: the full path.
                GW_TRY(flush());
                unseenRow = false;
                GW_ASSIGN_OR_RETURN(ApplyOutcome o, txn.applyRemote(c));
                out.applied += o.applied;
                out.conflictsLogged += o.conflictLogged;
                if (o.applied) clocks[c.column] = c.stamp();
                continue;
            }
            if (!merge::incomingWins(it == clocks.end() ? std::nullopt : std::optional<Stamp>(it->second), c.stamp()))
                continue;  // older, or a duplicate
            if (!pendingChanges.empty() && pendingChanges.front()->stamp() != c.stamp()) GW_TRY(flush());
            // A column twice in one stamp group cannot happen (one write sets a column once), but
            // keep the later one if a sender repeats it.
            bool replaced = false;
            for (std::size_t p = 0; p < pending.size(); ++p)
                if (pending[p].first == c.column) {
                    pending[p].second = c.value;
                    pendingChanges[p] = &c;
                    replaced = true;
                }
            if (!replaced) {
                pending.emplace_back(c.column, c.value);
                pendingChanges.push_back(&c);
            }
            clocks[c.column] = c.stamp();
        }
        GW_TRY(flush());
        if (touched) noteDerivedInputs(txn, *spec, changes[i].rowId);
        i = end;
    }
    return out;
}

}  // namespace gridwork
