// sync_v2.cpp — SyncService::syncV2: POST /v2/sync, protocol v2 (sync-protocol.md, "v2").
//
// The v2 envelopes are the v1 messages without their changes, so this endpoint runs the v1
// push and pull as they are (every rule, refusal and field of push.cpp and pull.cpp holds) and only
// moves the changes in and out of packed change blocks. A page is filled from several v1 pulls
// up to the request's max_changes (capped by maxV2PullBatch): fewer, larger pages on a slow link.
#include "gridwork/core/wire/change_block.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/core/wire/compress.h"
#include "gridwork/core/wire/wire_schema.h"
#include "gridwork/server/sync_service.h"
#include "gridwork/sync/v2/sync.pb.h"

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;
namespace pb2 = ::gridwork::sync::v2;

namespace {
// A v1 pull answer's changes, out of the message.
Result<std::vector<Change>> takeChanges(pb::PullResponse& page) {
    std::vector<Change> out;
    out.reserve(static_cast<std::size_t>(page.changes_size()));
    for (const auto& pc : page.changes()) {
        GW_ASSIGN_OR_RETURN(Change c, wire::fromProto(pc));
        out.push_back(std::move(c));
    }
    page.clear_changes();
    return out;
}
}  // namespace

Result<std::string> SyncService::syncV2(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb2::SyncRequest>(body));
    pb2::SyncResponse resp;
    resp.set_wire_schema(wire::kWireSchemaVersion);
    if (!req.push().empty() || !req.push_changes().empty()) {
        GW_ASSIGN_OR_RETURN(auto push, wire::parseMessage<pb::PushRequest>(req.push()));
        if (!req.push_changes().empty()) {
            GW_ASSIGN_OR_RETURN(std::string raw, wire::unpack(req.push_changes()));
            wire::BlockLimits limits;
            limits.maxChanges = m_options.maxPushChanges;
            GW_ASSIGN_OR_RETURN(std::vector<Change> changes, wire::decodeChangeBlock(raw, limits));
            push.mutable_changes()->Reserve(static_cast<int>(changes.size()));
            for (const Change& c : changes) wire::toProto(c, push.add_changes());
        }
        GW_ASSIGN_OR_RETURN(std::string pushed, this->push(who, push.SerializeAsString()));
        resp.set_push(std::move(pushed));
    }
    if (!req.pull().empty()) {
        GW_ASSIGN_OR_RETURN(auto ask, wire::parseMessage<pb::PullRequest>(req.pull()));
        std::uint32_t want =
            std::min(ask.max_changes() ? ask.max_changes() : m_options.defaultPullBatch, m_options.maxV2PullBatch);
        GW_ASSIGN_OR_RETURN(std::string first, pull(who, ask.SerializeAsString()));
        GW_ASSIGN_OR_RETURN(auto page, wire::parseMessage<pb::PullResponse>(first));
        GW_ASSIGN_OR_RETURN(std::vector<Change> changes, takeChanges(page));
        // More v1 pages into this one while there is more and room.
        while (page.has_more() && changes.size() < want) {
            pb::PullRequest next;
            *next.mutable_cursors() = page.cursors();
            next.set_max_changes(static_cast<std::uint32_t>(want - changes.size()));
            GW_ASSIGN_OR_RETURN(std::string more, pull(who, next.SerializeAsString()));
            GW_ASSIGN_OR_RETURN(auto again, wire::parseMessage<pb::PullResponse>(more));
            GW_ASSIGN_OR_RETURN(std::vector<Change> extra, takeChanges(again));
            if (extra.empty()) break;
            changes.insert(changes.end(), std::make_move_iterator(extra.begin()), std::make_move_iterator(extra.end()));
            *page.mutable_cursors() = again.cursors();
            page.set_has_more(again.has_more());
            page.set_server_time_ms(again.server_time_ms());
        }
        if (!changes.empty()) resp.set_pull_changes(wire::pack(wire::encodeChangeBlock(changes)));
        resp.set_pull(page.SerializeAsString());
    }
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
