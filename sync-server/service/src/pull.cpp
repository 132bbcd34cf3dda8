// pull.cpp — SyncService::pull: the changes of the caller's grids past its cursors, except
//   - other workers' patrol track points (行踪轨迹, sensitive personal information): they stay
//     on the server for the console; a worker gets only his own (from any of his devices).
// Cursors still advance past the rows left out, so they are not scanned again. The caller's own
// changes do come back (the echo of a day's push): a phone restored from a backup, or given back
// a grid it purged, lacks some of them, and the server cannot tell which from the cursors alone
// (core/docs/sync-protocol.md, "Left out of a pull").
#include "gridwork/server/sync_service.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "server_schema.h"
#include "service_util.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

Result<std::string> SyncService::pull(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::PullRequest>(body));
    std::vector<Uuid> scope{Uuid::nil()};  // the township-wide pseudo-scope first
    for (const auto& g : workerGridsLocked(who.workerId)) scope.push_back(g);
    std::map<Uuid, std::uint64_t> cursors;
    pb::PullResponse resp;
    for (const auto& c : req.cursors()) {
        Uuid g;
        if (!wire::uuidFromBytes(c.grid_id(), g))
            return Status(ErrorCode::Malformed, "cursor grid_id must be 16 bytes");
        if (contains(scope, g))
            cursors[g] = c.server_seq();
        else
            resp.add_dropped_grid_ids(wire::uuidBytes(g));
    }
    std::uint32_t limit = req.max_changes() ? req.max_changes() : m_options.defaultPullBatch;
    limit = std::min(limit, m_options.maxPullBatch);
    auto& db = m_store->database();
    // ?1 grid, ?2 cursor, ?6 the grid's highest seq when the pull began (another process may
    // log more meanwhile), ?4 the caller's worker, ?5 limit.
    static constexpr const char* kVisible =
        "grid_id=?1 AND server_seq>?2 AND server_seq<=?6 AND (tbl<>'patrol_points' OR site IN "
        "(SELECT site_id FROM server_devices WHERE worker_id=?4))";
    db::Statement* q =
        db.prepare(std::string("SELECT tbl,row_id,col,value,hlc,site,server_seq FROM server_log WHERE ") + kVisible +
                   " ORDER BY server_seq LIMIT ?5");
    db::Statement* count = db.prepare(std::string("SELECT count(*) FROM server_log WHERE ") + kVisible);
    // The grid's highest seq: its log and the rows moved out of it share the service's sequence.
    db::Statement* top = db.prepare("SELECT max(coalesce((SELECT max(server_seq) FROM server_log WHERE grid_id=?1),0), "
                                    "coalesce((SELECT max(server_seq) FROM row_moves WHERE from_grid=?1),0))");
    // Rows moved out of a grid (row_moves), in the same server_seq order as the log.
    db::Statement* moves = db.prepare("SELECT tbl,row_id,server_seq FROM row_moves WHERE from_grid=?1 AND "
                                      "server_seq>?2 AND server_seq<=?3 ORDER BY server_seq");
    if (!q || !count || !top || !moves) return Status(ErrorCode::Storage, db.lastError());
    std::uint64_t remaining = limit;
    std::uint64_t estimate = 0;
    bool more = false;
    for (const auto& g : scope) {
        std::uint64_t from = cursors.count(g) ? cursors[g] : 0;
        top->bind(1, g);
        std::uint64_t highest = top->step() ? static_cast<std::uint64_t>(top->getInt(0)) : 0;
        top->reset();
        count->bind(1, g)
            .bind(2, static_cast<std::int64_t>(from))
            .bind(4, who.workerId)
            .bind(6, static_cast<std::int64_t>(highest));
        std::uint64_t visible = count->step() ? static_cast<std::uint64_t>(count->getInt(0)) : 0;
        count->reset();
        estimate += visible;
        std::uint64_t to = from;
        std::uint64_t taken = 0;
        if (remaining > 0 && visible > 0) {
            q->bind(1, g)
                .bind(2, static_cast<std::int64_t>(from))
                .bind(4, who.workerId)
                .bind(5, static_cast<std::int64_t>(remaining + 1))
                .bind(6, static_cast<std::int64_t>(highest));
            while (q->step()) {
                if (taken == remaining) {
                    more = true;
                    break;
                }
                Change c{q->getText(0),
                         q->getUuid(1),
                         q->getText(2),
                         q->getValue(3),
                         static_cast<Hlc>(q->getInt(4)),
                         q->getUuid(5),
                         g};
                wire::toProto(c, resp.add_changes());
                to = static_cast<std::uint64_t>(q->getInt(6));
                ++taken;
            }
            GW_TRY(q->status());
            q->reset();
            remaining -= taken;
        }
        bool truncated = taken < visible;
        // Everything visible was sent: the cursor moves past the rows left out as well.
        if (!truncated) to = std::max(from, highest);
        // A device that had the grid learns which of its rows left it, up to where this answer's
        // cursor reaches.
        if (!g.isNil() && from > 0 && to > from) {
            moves->bind(1, g).bind(2, static_cast<std::int64_t>(from)).bind(3, static_cast<std::int64_t>(to));
            while (moves->step()) {
                auto* ref = resp.add_moved_out();
                ref->set_table(moves->getText(0));
                ref->set_row_id(wire::uuidBytes(moves->getUuid(1)));
            }
            GW_TRY(moves->status());
            moves->reset();
        }
        auto* cur = resp.add_cursors();
        cur->set_grid_id(wire::uuidBytes(g));
        cur->set_server_seq(to);
    }
    // Every change past the cursors is counted in the estimate, so anything not sent means more.
    resp.set_has_more(more || estimate > static_cast<std::uint64_t>(resp.changes_size()));
    resp.set_total_estimate(estimate);
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
