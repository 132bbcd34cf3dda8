// attachment_handler.h — the three attachment endpoints, composed into the SyncService with
// SyncService::setAttachmentHandler (the service forwards them here).
//
//   AttachmentStatus   AttachmentStatusRequest → AttachmentStatusResponse (bytes held, complete)
//   AttachmentChunk    AttachmentChunk → AttachmentStatusResponse; the chunk's grid_id must be one
//                      of the worker's grids (WRONG_GRID otherwise); resumable, sha256-verified
//                      (attachment_store.h)
//   AttachmentDownload AttachmentStatusRequest → the raw file bytes (Content-Type: its mime),
//                      only when an `attachments` row with that sha256 lies in the worker's scope
//                      (WRONG_GRID when it exists only elsewhere, NOT_FOUND when nowhere)
// Every call needs a valid device token (the service's authenticate()). Failures are typed
// gridwork.sync.v1.Error replies; handle() never throws.
// Ownership: borrows the service, which must outlive the handler. Thread-safe.
#pragma once

#include "attachment_store.h"

#include "gridwork/server/request_handler.h"
#include "gridwork/server/sync_service.h"

#include <memory>

namespace gridwork::server {

struct AttachmentOptions {
    std::string dir;  // DATA/attachments
    std::uint64_t maxSizeBytes = 64ull * 1024 * 1024;
};

class AttachmentHandler final : public RequestHandler {
public:
    static Result<std::unique_ptr<AttachmentHandler>> open(SyncService& service, AttachmentOptions options);
    Reply handle(Endpoint endpoint, std::string_view body, std::string_view bearerToken) override;

private:
    AttachmentHandler(SyncService& service, AttachmentOptions options);
    Result<Reply> handleChecked(Endpoint endpoint, std::string_view body, std::string_view token);
    // OK when a live attachments row of that hash is in the grids; its mime in *mime.
    Status checkScope(const std::string& sha256, const std::vector<Uuid>& grids, std::string* mime);

    SyncService& m_service;
    AttachmentOptions m_options;
    AttachmentStore m_store;
};

}  // namespace gridwork::server
