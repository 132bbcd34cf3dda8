// pull.cpp — SyncService::pull: the changes of the caller's grids past its cursors.
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
    db::Statement* q = db.prepare("SELECT tbl,row_id,col,value,hlc,site,server_seq FROM server_log "
                                  "WHERE grid_id=?1 AND server_seq>?2 ORDER BY server_seq LIMIT ?3");
    db::Statement* count = db.prepare("SELECT count(*) FROM server_log WHERE grid_id=?1 AND server_seq>?2");
    // Rows moved out of a grid (row_moves), in the same server_seq order as the log.
    db::Statement* moves = db.prepare("SELECT tbl,row_id,server_seq FROM row_moves WHERE from_grid=?1 AND "
                                      "server_seq>?2 AND server_seq<=?3 ORDER BY server_seq");
    if (!q || !count || !moves) return Status(ErrorCode::Storage, db.lastError());
    std::uint64_t remaining = limit;
    std::uint64_t estimate = 0;
    bool more = false;
    for (const auto& g : scope) {
        std::uint64_t from = cursors.count(g) ? cursors[g] : 0;
        count->bind(1, g).bind(2, static_cast<std::int64_t>(from));
        if (count->step()) estimate += static_cast<std::uint64_t>(count->getInt(0));
        count->reset();
        std::uint64_t to = from;
        if (remaining > 0) {
            q->bind(1, g).bind(2, static_cast<std::int64_t>(from)).bind(3, static_cast<std::int64_t>(remaining + 1));
            std::uint64_t taken = 0;
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
            bool truncated = taken == remaining && more;
            remaining -= taken;
            // A device that had the grid learns which of its rows left it, up to where this
            // answer's cursor reaches (all of the log when nothing of this grid was left out).
            if (!g.isNil() && from > 0) {
                std::int64_t upper = truncated ? static_cast<std::int64_t>(to) : INT64_MAX;
                moves->bind(1, g).bind(2, static_cast<std::int64_t>(from)).bind(3, upper);
                while (moves->step()) {
                    auto* ref = resp.add_moved_out();
                    ref->set_table(moves->getText(0));
                    ref->set_row_id(wire::uuidBytes(moves->getUuid(1)));
                    to = std::max(to, static_cast<std::uint64_t>(moves->getInt(2)));
                }
                GW_TRY(moves->status());
                moves->reset();
            }
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
