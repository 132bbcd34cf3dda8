// push.cpp — SyncService::push: a device's batch of changes, idempotent on (device, seq).
#include "gridwork/server/sync_service.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "server_schema.h"
#include "service_util.h"

#include <algorithm>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

namespace {
struct LoggedColumn {
    std::uint64_t serverSeq = 0;
    Change change;
};

Result<std::optional<LoggedColumn>> loggedColumn(db::Database& db, const Change& c) {
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT server_seq, value, hlc, site, grid_id FROM server_log "
                                                "WHERE tbl=?1 AND row_id=?2 AND col=?3"));
    q->bind(1, c.table).bind(2, c.rowId).bind(3, c.column);
    GW_ASSIGN_OR_RETURN(bool found, q->next());
    if (!found) return std::optional<LoggedColumn>();
    LoggedColumn out;
    out.serverSeq = static_cast<std::uint64_t>(q->getInt(0));
    out.change = {c.table,       c.rowId,      c.column, q->getValue(1), static_cast<Hlc>(q->getInt(2)),
                  q->getUuid(3), q->getUuid(4)};
    return std::optional<LoggedColumn>(std::move(out));
}

}  // namespace

Result<std::string> SyncService::push(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::PushRequest>(body));
    if (static_cast<std::size_t>(req.changes_size()) > m_options.maxPushChanges)
        return Status(ErrorCode::TooLarge,
                      "a push carries at most " + std::to_string(m_options.maxPushChanges) + " changes");
    auto& db = m_store->database();
    std::uint64_t acked = 0, epoch = 0;
    {
        GW_ASSIGN_OR_RETURN(db::Query q,
                            db.prepare("SELECT acked_seq, stamp_epoch FROM device_push_state WHERE site_id=?1"));
        q->bind(1, who.siteId);
        GW_ASSIGN_OR_RETURN(bool found, q->next());
        if (found) {
            acked = static_cast<std::uint64_t>(q->getInt(0));
            epoch = static_cast<std::uint64_t>(q->getInt(1));
        }
    }
    if (req.stamp_epoch() < epoch) {
        m_staleEpoch = epoch;
        return Status(ErrorCode::InvalidState, "stale push: sent before the device re-stamped its changes");
    }
    if (req.changes_size() > 0 && req.first_seq() == 0)
        return Status(ErrorCode::InvalidArgument, "first_seq must be at least 1");

    GW_ASSIGN_OR_RETURN(std::vector<Uuid> grids, workerGridsLocked(who.workerId));
    std::map<Uuid, std::uint64_t> pulled;
    for (const auto& c : req.pulled_cursors()) {
        Uuid g;
        if (!wire::uuidFromBytes(c.grid_id(), g))
            return Status(ErrorCode::Malformed, "cursor grid_id must be 16 bytes");
        pulled[g] = c.server_seq();
    }
    std::uint64_t now = m_store->clock().correctedNowMs();
    std::uint64_t lastSeq = acked;
    std::uint32_t conflicts = 0;

    Status st = transact([&](WriteTxn& txn) {
        std::optional<std::pair<Uuid, std::optional<Uuid>>> checkedRow;
        std::string checkedTable;
        for (int i = 0; i < req.changes_size(); ++i) {
            std::uint64_t seq = req.first_seq() + static_cast<std::uint64_t>(i);
            if (seq <= acked) continue;  // already applied: a retry after a lost ack
            GW_ASSIGN_OR_RETURN(Change c, wire::fromProto(req.changes(i)));
            const TableSpec* spec = nullptr;
            GW_TRY(merge::validateRemoteChange(c, spec));
            if (c.site != who.siteId)
                return Status(ErrorCode::InvalidArgument, "a device pushes only changes it wrote itself");
            if (c.gridId.isNil())
                return Status(ErrorCode::WrongGrid, "township-wide rows (" + c.table + ") are read-only for devices");
            if (!contains(grids, c.gridId))
                return Status(ErrorCode::WrongGrid, "grid " + c.gridId.toString() + " is not assigned to this worker");
            // A row's columns arrive together: look its stored grid up once per row.
            if (!checkedRow || checkedRow->first != c.rowId || checkedTable != c.table) {
                GW_ASSIGN_OR_RETURN(auto stored, txn.store().rowGrid(c.table, c.rowId));
                checkedRow = {c.rowId, stored};
                checkedTable = c.table;
            }
            if (checkedRow->second && !contains(grids, *checkedRow->second))
                return Status(ErrorCode::WrongGrid, "row " + c.rowId.toString() + " belongs to another grid");
            if (hlcMs(c.hlc) > now + m_options.maxClockAheadMs)
                return Status(ErrorCode::ClockAhead,
                              "change stamped " + std::to_string(hlcMs(c.hlc) - now) + " ms in the server's future");
            // A value from another site that this device had not pulled when it pushed: the two
            // writes were concurrent, whichever wins. Keep both (merge.h).
            std::optional<LoggedColumn> logged;
            if (!spec->isAppendOnly()) {
                GW_ASSIGN_OR_RETURN(logged, loggedColumn(txn.database(), c));
            }
            if (logged) {
                auto it = pulled.find(c.gridId);
                std::uint64_t seen = it == pulled.end() ? 0 : it->second;
                const Change& other = logged->change;
                if (other.site != c.site && logged->serverSeq > seen && other.stamp() != c.stamp() &&
                    other.value != c.value) {
                    Change mine = c;
                    Change theirs = other;
                    theirs.gridId = c.gridId;
                    GW_TRY(merge::incomingWins(other.stamp(), c.stamp()) ? logConflict(txn, theirs, mine)
                                                                         : logConflict(txn, mine, theirs));
                    ++conflicts;
                }
            }
            GW_ASSIGN_OR_RETURN(ApplyOutcome outcome, txn.applyRemote(c));
            (void)outcome;
            lastSeq = seq;
        }
        GW_ASSIGN_OR_RETURN(
            db::Query state,
            txn.database().prepare("INSERT INTO device_push_state(site_id,acked_seq,stamp_epoch) VALUES(?1,?2,?3) "
                                   "ON CONFLICT(site_id) DO UPDATE SET acked_seq=max(acked_seq,excluded.acked_seq), "
                                   "stamp_epoch=max(stamp_epoch,excluded.stamp_epoch)"));
        state->bind(1, who.siteId).bind(2, static_cast<std::int64_t>(lastSeq));
        state->bind(3, static_cast<std::int64_t>(req.stamp_epoch()));
        return state->run();
    });
    if (!st) return st;
    pb::PushResponse resp;
    resp.set_acked_through_seq(lastSeq);
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    resp.set_conflicts_logged(conflicts);
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
