// attachment_store.h — the server's content-addressed attachment files (DESIGN §5).
//
// Layout: DIR/<sha[0..1]>/<sha> for complete files; DIR/partial/<sha>.<scope>.part while an
// upload is under way (scope: the uploading device, so one device's upload never tells another
// what the server holds). An upload appends chunks at exactly the offset the server holds (the .part's size),
// so a dropped connection resumes from the last byte held; each append is fsync'ed before it is
// acknowledged. When the .part reaches total_size its sha256 is verified: a match is renamed into
// place (atomic, fsync'ed); a mismatch deletes the .part (HashMismatch, nothing kept).
// Errors: InvalidArgument (bad hash, chunk past total), Conflict (offset is not the bytes held),
// TooLarge (total over the limit), Storage (file system).
// Thread-safety: all methods are safe from several threads (one mutex; uploads are short appends).
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace gridwork::server {

struct UploadState {
    std::uint64_t bytesHeld = 0;
    bool complete = false;
};

class AttachmentStore {
public:
    AttachmentStore(std::string dir, std::uint64_t maxSizeBytes);
    Status init();  // creates the directories

    static bool isSha256Hex(std::string_view s);
    // seeComplete: a complete file counts (the caller may know it exists); otherwise only the
    // scope's own partial upload does, and an upload that completes the same bytes again just
    // verifies them (the complete file stays as it is).
    Result<UploadState> state(const std::string& sha256, const std::string& scope = "", bool seeComplete = true);
    Result<UploadState> append(const std::string& sha256, std::uint64_t offset, std::uint64_t totalSize,
                               std::string_view data, const std::string& scope = "", bool seeComplete = true);
    // The complete file's bytes; NotFound when it is not (yet) complete.
    Result<std::string> read(const std::string& sha256);
    std::string completePath(const std::string& sha256) const;
    std::string partPath(const std::string& sha256, const std::string& scope = "") const;

private:
    UploadState stateLocked(const std::string& sha256, const std::string& scope, bool seeComplete);
    std::string m_dir;
    std::uint64_t m_maxSize;
    std::mutex m_mutex;
};

}  // namespace gridwork::server
