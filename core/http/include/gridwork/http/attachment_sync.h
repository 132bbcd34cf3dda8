// attachment_sync.h — the device side of attachments (DESIGN §5): resumable chunked upload of
// pending files and download by hash, over any Transport (HTTP in practice).
//
// uploadPending() takes the attachment records waiting for upload that have a local file
// (AttachmentRepo::pendingUploads), asks the server how many bytes it holds of each
// (AttachmentStatus), sends the rest in chunks from exactly that offset (AttachmentChunk) and
// marks the record uploaded when the server says complete (it verified the sha256). After a
// dropped connection the next call resumes from the last byte the server holds. A missing local
// file, or a sealed one that does not decrypt, is skipped (counted). A file sealed with the
// device's file key (sealed_file.h: deviceFileKey) is decrypted in memory for the upload and never written plain;
// a plain file (from before encryption) is sent as it is. A HASH_MISMATCH (the file changed
// after it was recorded) is counted and the upload restarts from zero next time; any other
// failure ends the call with its Status.
// The token is the device's (SyncEngine::deviceToken, stored by SyncEngine::enroll).
// Ownership: borrows the Store and the Transport. Thread-safety: one thread (the Store's rule).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/transport.h"

#include <cstdint>
#include <functional>
#include <string>

namespace gridwork::http {

struct AttachmentSyncReport {
    std::uint64_t uploaded = 0;  // files the server now holds complete
    std::uint64_t bytesSent = 0;
    std::uint64_t resumed = 0;           // uploads that continued from a non-zero offset
    std::uint64_t resumedFromBytes = 0;  // sum of those offsets
    std::uint64_t missingFiles = 0;
    std::uint64_t hashMismatches = 0;
};

struct AttachmentSyncOptions {
    std::size_t chunkBytes = 256 * 1024;
    // Called after every chunk: (sha256, bytes held on the server, total size).
    std::function<void(const std::string&, std::uint64_t, std::uint64_t)> progress;
};

class AttachmentSync {
public:
    AttachmentSync(Store& store, Transport& transport, AttachmentSyncOptions options = {});

    Result<AttachmentSyncReport> uploadPending();
    // The file's bytes; NotFound / WrongGrid from the server as typed errors.
    Result<std::string> download(const std::string& sha256);

private:
    Result<TransportReply> call(Endpoint e, const std::string& body);
    Store& m_store;
    Transport& m_transport;
    AttachmentSyncOptions m_options;
};

}  // namespace gridwork::http
