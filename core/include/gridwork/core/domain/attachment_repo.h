// attachment_repo.h — attachment records: content-addressed (sha256) photos and files.
//
// Contract: record() validates (sha256 = 64 hex, lower-cased; mime non-empty; size >= 0; owner
// table a replicated table) and, when a live record with the same sha256 and owner exists,
// returns it without writing (a retry after a kill is harmless). local_path and upload_state are
// device-local columns: written without a clock or outbox entry, never synced. The file itself is
// not touched here. One transaction per call; borrows the Store; one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <string>
#include <vector>

namespace gridwork::domain {

class AttachmentRepo {
public:
    explicit AttachmentRepo(Store& store) : m_store(store) {}

    Result<Attachment> record(Attachment a);
    Status markUploaded(const Uuid& id);
    Status setLocalPath(const Uuid& id, const std::string& path);
    Result<Attachment> get(const Uuid& id);
    std::vector<Attachment> ofOwner(const std::string& ownerTable, const Uuid& ownerId);
    std::vector<Attachment> bySha256(const std::string& sha256);
    // Pending uploads that have a local file, oldest first.
    std::vector<Attachment> pendingUploads(std::size_t limit = 100);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
