// attachment_handler.h — the three attachment endpoints, composed into the SyncService with
// SyncService::setAttachmentHandler (the service forwards them here).
//
// Authorisation by grid, never by the hash alone (issue 15): a grid holds an attachment once a
// device of that grid uploaded its bytes into it (server table attachment_grids; the bytes prove
// possession). Nothing answers whether a photo exists to someone whose grids do not hold it.
//   AttachmentStatus   AttachmentStatusRequest → AttachmentStatusResponse: complete when one of
//                      the worker's grids holds it, else this device's own partial upload (0 when
//                      none), whatever else the server stores
//   AttachmentChunk    AttachmentChunk → AttachmentStatusResponse; the chunk's grid_id must be one
//                      of the worker's grids (WRONG_GRID otherwise); resumable per device,
//                      sha256-verified (attachment_store.h); on completion the grid holds it
//   AttachmentDownload AttachmentStatusRequest → the raw file bytes (Content-Type: its mime), only
//                      when one of the worker's grids holds it and a live `attachments` row of that
//                      hash lies in his grids; NOT_FOUND otherwise, the same answer whether it
//                      exists elsewhere or nowhere
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
    // Whether one of the grids holds the attachment (attachment_grids); grant() records one.
    Result<bool> held(const std::string& sha256, const std::vector<Uuid>& grids);
    Status grant(const std::string& sha256, const Uuid& grid);

    SyncService& m_service;
    AttachmentOptions m_options;
    AttachmentStore m_store;
};

}  // namespace gridwork::server
