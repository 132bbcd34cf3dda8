#include "attachment_handler.h"

#include "error_reply.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"

#include <algorithm>

namespace gridwork::server {

AttachmentHandler::AttachmentHandler(SyncService& service, AttachmentOptions options)
    : m_service(service), m_options(options), m_store(options.dir, options.maxSizeBytes) {}

Result<std::unique_ptr<AttachmentHandler>> AttachmentHandler::open(SyncService& service, AttachmentOptions options) {
    std::unique_ptr<AttachmentHandler> h(new AttachmentHandler(service, std::move(options)));
    GW_TRY(h->m_store.init());
    return h;
}

Reply AttachmentHandler::handle(Endpoint endpoint, std::string_view body, std::string_view token) {
    try {
        auto reply = handleChecked(endpoint, body, token);
        if (!reply) return errorReply(reply.status());
        return std::move(reply).value();
    } catch (const std::exception& e) {
        return errorReply({ErrorCode::Internal, std::string("internal error: ") + e.what()});
    } catch (...) {
        return errorReply({ErrorCode::Internal, "internal error"});
    }
}

Status AttachmentHandler::checkScope(const std::string& sha256, const std::vector<Uuid>& grids, std::string* mime) {
    bool anywhere = false, inScope = false;
    GW_TRY(m_service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(db::Query q,
                            store.database().prepare("SELECT grid_id, mime FROM attachments WHERE sha256=?1 AND "
                                                     "(deleted IS NULL OR deleted=0)"));
        q->bind(1, sha256);
        while (q->step()) {
            anywhere = true;
            Uuid grid = q->getUuid(0);
            if (grid.isNil() || std::find(grids.begin(), grids.end(), grid) != grids.end()) {
                inScope = true;
                if (mime) *mime = q->getText(1);
            }
        }
        q->reset();
        return Status::ok();
    }));
    if (inScope) return Status::ok();
    if (anywhere) return {ErrorCode::WrongGrid, "attachment " + sha256 + " belongs to a grid outside your scope"};
    return {ErrorCode::NotFound, "no attachment " + sha256 + " is recorded in your grids"};
}

Result<Reply> AttachmentHandler::handleChecked(Endpoint endpoint, std::string_view body, std::string_view token) {
    GW_ASSIGN_OR_RETURN(DeviceIdentity who, m_service.authenticate(token));
    const std::uint64_t now = m_service.nowMs();
    auto statusReply = [&](const UploadState& st) {
        wire::pb::AttachmentStatusResponse resp;
        resp.set_bytes_held(st.bytesHeld);
        resp.set_complete(st.complete);
        resp.set_server_time_ms(now);
        Reply r;
        r.body = resp.SerializeAsString();
        return r;
    };
    switch (endpoint) {
    case Endpoint::AttachmentStatus: {
        GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<wire::pb::AttachmentStatusRequest>(body));
        GW_ASSIGN_OR_RETURN(UploadState st, m_store.state(req.sha256()));
        return statusReply(st);
    }
    case Endpoint::AttachmentChunk: {
        GW_ASSIGN_OR_RETURN(auto chunk, wire::parseMessage<wire::pb::AttachmentChunk>(body));
        Uuid grid;
        if (!wire::uuidFromBytes(chunk.grid_id(), grid))
            return Status(ErrorCode::Malformed, "grid_id must be 16 bytes");
        GW_ASSIGN_OR_RETURN(std::vector<Uuid> grids, m_service.workerGrids(who.workerId));
        if (grid.isNil() || std::find(grids.begin(), grids.end(), grid) == grids.end())
            return Status(ErrorCode::WrongGrid, "an attachment may be uploaded only into one of your grids");
        GW_ASSIGN_OR_RETURN(UploadState st,
                            m_store.append(chunk.sha256(), chunk.offset(), chunk.total_size(), chunk.data()));
        return statusReply(st);
    }
    case Endpoint::AttachmentDownload: {
        GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<wire::pb::AttachmentStatusRequest>(body));
        if (!AttachmentStore::isSha256Hex(req.sha256()))
            return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
        std::string mime;
        GW_ASSIGN_OR_RETURN(std::vector<Uuid> grids, m_service.workerGrids(who.workerId));
        GW_TRY(checkScope(req.sha256(), grids, &mime));
        GW_ASSIGN_OR_RETURN(std::string bytes, m_store.read(req.sha256()));
        Reply r;
        r.body = std::move(bytes);
        r.contentType = mime.empty() ? "application/octet-stream" : mime;
        return r;
    }
    default: return Status(ErrorCode::NotFound, "not an attachment endpoint");
    }
}

}  // namespace gridwork::server
