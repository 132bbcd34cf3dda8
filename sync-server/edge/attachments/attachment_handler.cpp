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
    bool inScope = false;
    GW_TRY(m_service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(db::Statement * q,
                            store.database().prepareChecked("SELECT grid_id, mime FROM attachments WHERE sha256=?1 AND "
                                                            "(deleted IS NULL OR deleted=0)"));
        q->bind(1, sha256);
        while (q->step()) {
            Uuid grid = q->getUuid(0);
            if (std::find(grids.begin(), grids.end(), grid) != grids.end()) {
                inScope = true;
                if (mime) *mime = q->getText(1);
            }
        }
        q->reset();
        return Status::ok();
    }));
    GW_ASSIGN_OR_RETURN(bool holds, held(sha256, grids));
    if (inScope && holds) return Status::ok();
    return {ErrorCode::NotFound, "no attachment " + sha256 + " is held in your grids"};
}

Result<bool> AttachmentHandler::held(const std::string& sha256, const std::vector<Uuid>& grids) {
    bool found = false;
    GW_TRY(m_service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(db::Statement * q, store.database().prepareChecked(
                                                   "SELECT 1 FROM attachment_grids WHERE sha256=?1 AND grid_id=?2"));
        for (const auto& g : grids) {
            q->bind(1, sha256).bind(2, g);
            found = q->step();
            GW_TRY(q->status());
            q->reset();
            if (found) break;
        }
        return Status::ok();
    }));
    return found;
}

Status AttachmentHandler::grant(const std::string& sha256, const Uuid& grid) {
    return m_service.withStore([&](Store& store) -> Status {
        GW_ASSIGN_OR_RETURN(
            db::Statement * put,
            store.database().prepareChecked("INSERT OR IGNORE INTO attachment_grids(sha256,grid_id) VALUES(?1,?2)"));
        put->bind(1, sha256).bind(2, grid);
        return put->run();
    });
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
        if (!AttachmentStore::isSha256Hex(req.sha256()))
            return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
        GW_ASSIGN_OR_RETURN(bool holds, held(req.sha256(), m_service.workerGrids(who.workerId)));
        GW_ASSIGN_OR_RETURN(UploadState st, m_store.state(req.sha256(), who.siteId.toString(), holds));
        return statusReply(st);
    }
    case Endpoint::AttachmentChunk: {
        GW_ASSIGN_OR_RETURN(auto chunk, wire::parseMessage<wire::pb::AttachmentChunk>(body));
        Uuid grid;
        if (!wire::uuidFromBytes(chunk.grid_id(), grid))
            return Status(ErrorCode::Malformed, "grid_id must be 16 bytes");
        std::vector<Uuid> grids = m_service.workerGrids(who.workerId);
        if (grid.isNil() || std::find(grids.begin(), grids.end(), grid) == grids.end())
            return Status(ErrorCode::WrongGrid, "an attachment may be uploaded only into one of your grids");
        if (!AttachmentStore::isSha256Hex(chunk.sha256()))
            return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
        GW_ASSIGN_OR_RETURN(bool holds, held(chunk.sha256(), {grid}));
        GW_ASSIGN_OR_RETURN(UploadState st, m_store.append(chunk.sha256(), chunk.offset(), chunk.total_size(),
                                                           chunk.data(), who.siteId.toString(), holds));
        if (st.complete && !holds) GW_TRY(grant(chunk.sha256(), grid));
        return statusReply(st);
    }
    case Endpoint::AttachmentDownload: {
        GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<wire::pb::AttachmentStatusRequest>(body));
        if (!AttachmentStore::isSha256Hex(req.sha256()))
            return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
        std::string mime;
        GW_TRY(checkScope(req.sha256(), m_service.workerGrids(who.workerId), &mime));
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
