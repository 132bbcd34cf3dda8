#include "sync/v2_framing.h"

#include "gridwork/core/wire/change_block.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/core/wire/wire_schema.h"
#include "gridwork/sync/v2/sync.pb.h"

namespace gridwork {

namespace pb = ::gridwork::sync::v1;
namespace pb2 = ::gridwork::sync::v2;

namespace {
template <typename RepeatedChanges>
Result<std::string> packChanges(const RepeatedChanges& in, const wire::CompressOptions& o) {
    std::vector<Change> changes;
    changes.reserve(static_cast<std::size_t>(in.size()));
    for (const auto& pc : in) {
        GW_ASSIGN_OR_RETURN(Change c, wire::fromProto(pc));
        changes.push_back(std::move(c));
    }
    return wire::pack(wire::encodeChangeBlock(changes), o);
}

Status unpackInto(const std::string& packed, google::protobuf::RepeatedPtrField<pb::Change>* out) {
    if (packed.empty()) return Status::ok();
    GW_ASSIGN_OR_RETURN(std::string raw, wire::unpack(packed));
    GW_ASSIGN_OR_RETURN(std::vector<Change> changes, wire::decodeChangeBlock(raw));
    out->Reserve(static_cast<int>(changes.size()));
    for (const Change& c : changes) wire::toProto(c, out->Add());
    return Status::ok();
}
}  // namespace

V2Framing::V2Framing(std::size_t pushBatch, std::uint32_t pullBatch, wire::CompressOptions compress)
    : m_pushBatch(pushBatch), m_pullBatch(pullBatch), m_compress(compress) {}

Result<TransportReply> V2Framing::post(Transport& transport, Endpoint endpoint, const std::string& v1Body,
                                       const std::string& token) {
    m_up = m_down = 0;
    if (endpoint == Endpoint::Pull && m_attached && m_attached->first == v1Body) {
        TransportReply page = std::move(m_attached->second);
        m_attached.reset();
        return page;
    }
    m_attached.reset();
    if (m_v1Only || (endpoint != Endpoint::Push && endpoint != Endpoint::Pull)) {
        GW_ASSIGN_OR_RETURN(TransportReply r, transport.post(endpoint, v1Body, token));
        m_up = v1Body.size();
        m_down = r.body.size();
        return r;
    }
    GW_ASSIGN_OR_RETURN(TransportReply r, exchange(transport, endpoint, v1Body, token));
    if (r.httpStatus == 404 && wire::decodeError(r.httpStatus, r.body).code() == ErrorCode::NotFound) {
        // An older server: no /v2/sync. Speak v1 to it from now on.
        m_v1Only = true;
        return post(transport, endpoint, v1Body, token);
    }
    return r;
}

Result<TransportReply> V2Framing::exchange(Transport& transport, Endpoint endpoint, const std::string& v1Body,
                                           const std::string& token) {
    pb2::SyncRequest req;
    req.set_wire_schema(wire::kWireSchemaVersion);
    std::string attachedPull;
    if (endpoint == Endpoint::Push) {
        GW_ASSIGN_OR_RETURN(auto push, wire::parseMessage<pb::PushRequest>(v1Body));
        if (push.changes_size() > 0) {
            GW_ASSIGN_OR_RETURN(std::string packed, packChanges(push.changes(), m_compress));
            req.set_push_changes(std::move(packed));
        }
        bool last = static_cast<std::size_t>(push.changes_size()) < m_pushBatch;
        if (last) {
            pb::PullRequest pull;
            *pull.mutable_cursors() = push.pulled_cursors();
            pull.set_max_changes(m_pullBatch);
            attachedPull = pull.SerializeAsString();
            req.set_pull(attachedPull);
        }
        push.clear_changes();
        req.set_push(push.SerializeAsString());
    } else {
        req.set_pull(v1Body);
    }
    std::string body = req.SerializeAsString();
    GW_ASSIGN_OR_RETURN(TransportReply r, transport.post(Endpoint::Sync, body, token));
    m_up = body.size();
    m_down = r.body.size();
    if (r.httpStatus < 200 || r.httpStatus >= 300) return r;  // a v1 Error body, as v1 answers it

    GW_ASSIGN_OR_RETURN(auto resp, wire::parseMessage<pb2::SyncResponse>(r.body));
    TransportReply pullReply{r.httpStatus, {}};
    if (!resp.pull().empty() || !resp.pull_changes().empty()) {
        GW_ASSIGN_OR_RETURN(auto page, wire::parseMessage<pb::PullResponse>(resp.pull()));
        GW_TRY(unpackInto(resp.pull_changes(), page.mutable_changes()));
        pullReply.body = page.SerializeAsString();
    }
    if (endpoint == Endpoint::Pull) return pullReply;
    if (!attachedPull.empty() && !resp.pull().empty())
        m_attached.emplace(std::move(attachedPull), std::move(pullReply));
    return TransportReply{r.httpStatus, resp.push()};
}

}  // namespace gridwork
