#include "attachment_store.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/base/value.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace gridwork::server {

namespace fs = std::filesystem;

namespace {

Status storageError(const std::string& what) {
    return {ErrorCode::Storage, what + ": " + std::strerror(errno)};
}

Status syncDir(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return storageError("open " + dir);
    ::fsync(fd);
    ::close(fd);
    return Status::ok();
}

}  // namespace

AttachmentStore::AttachmentStore(std::string dir, std::uint64_t maxSizeBytes)
    : m_dir(std::move(dir)), m_maxSize(maxSizeBytes) {}

Status AttachmentStore::init() {
    std::error_code ec;
    fs::create_directories(m_dir + "/partial", ec);
    if (ec) return {ErrorCode::Storage, "cannot create " + m_dir + ": " + ec.message()};
    return Status::ok();
}

bool AttachmentStore::isSha256Hex(std::string_view s) {
    if (s.size() != 64) return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string AttachmentStore::completePath(const std::string& sha) const {
    return m_dir + "/" + sha.substr(0, 2) + "/" + sha;
}
std::string AttachmentStore::partPath(const std::string& sha, const std::string& scope) const {
    return m_dir + "/partial/" + sha + (scope.empty() ? "" : "." + scope) + ".part";
}

UploadState AttachmentStore::stateLocked(const std::string& sha, const std::string& scope, bool seeComplete) {
    std::error_code ec;
    if (seeComplete) {
        auto size = fs::file_size(completePath(sha), ec);
        if (!ec) return {size, true};
    }
    auto size = fs::file_size(partPath(sha, scope), ec);
    return {ec ? 0 : size, false};
}

Result<UploadState> AttachmentStore::state(const std::string& sha, const std::string& scope, bool seeComplete) {
    if (!isSha256Hex(sha)) return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
    std::lock_guard lock(m_mutex);
    return stateLocked(sha, scope, seeComplete);
}

Result<UploadState> AttachmentStore::append(const std::string& sha, std::uint64_t offset, std::uint64_t totalSize,
                                            std::string_view data, const std::string& scope, bool seeComplete) {
    if (!isSha256Hex(sha)) return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
    if (totalSize > m_maxSize)
        return Status(ErrorCode::TooLarge, "an attachment is at most " + std::to_string(m_maxSize) + " bytes");
    if (totalSize == 0) return Status(ErrorCode::InvalidArgument, "total_size must be given");
    if (offset + data.size() > totalSize) return Status(ErrorCode::InvalidArgument, "chunk goes past total_size");
    std::lock_guard lock(m_mutex);
    UploadState st = stateLocked(sha, scope, seeComplete);
    if (st.complete) return st;  // a retry after the last chunk's answer was lost
    if (offset != st.bytesHeld)
        return Status(ErrorCode::Conflict, "the server holds " + std::to_string(st.bytesHeld) + " bytes of " + sha +
                                               "; send from that offset");
    const std::string part = partPath(sha, scope);
    if (!data.empty()) {
        int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd < 0) return storageError("open " + part);
        std::size_t done = 0;
        while (done < data.size()) {
            ssize_t n = ::write(fd, data.data() + done, data.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                Status s = storageError("write " + part);
                ::close(fd);
                // Cut back to what was held, so the next chunk resumes at a clean boundary.
                (void)::truncate(part.c_str(), static_cast<off_t>(st.bytesHeld));
                return s;
            }
            done += static_cast<std::size_t>(n);
        }
        if (::fdatasync(fd) != 0) {
            Status s = storageError("fsync " + part);
            ::close(fd);
            return s;
        }
        ::close(fd);
        st.bytesHeld += data.size();
    }
    if (st.bytesHeld < totalSize) return st;

    // Complete: verify the hash while streaming the file, then move it into place.
    Sha256 hasher;
    {
        std::ifstream in(part, std::ios::binary);
        char buf[64 * 1024];
        while (in) {
            in.read(buf, sizeof buf);
            hasher.update(buf, static_cast<std::size_t>(in.gcount()));
        }
    }
    auto digest = hasher.finish();
    std::string got = toHex(digest.data(), digest.size());
    if (got != sha) {
        std::error_code ec;
        fs::remove(part, ec);
        return Status(ErrorCode::HashMismatch,
                      "the uploaded bytes hash to " + got + ", not " + sha + "; nothing was kept");
    }
    std::error_code ec;
    if (fs::exists(completePath(sha), ec)) {  // the same bytes again, from another scope: verified
        fs::remove(part, ec);
        return UploadState{totalSize, true};
    }
    std::string finalDir = m_dir + "/" + sha.substr(0, 2);
    fs::create_directories(finalDir, ec);
    if (ec) return Status(ErrorCode::Storage, "cannot create " + finalDir + ": " + ec.message());
    fs::rename(part, completePath(sha), ec);
    if (ec) return Status(ErrorCode::Storage, "cannot store " + sha + ": " + ec.message());
    GW_TRY(syncDir(finalDir));
    return UploadState{totalSize, true};
}

Result<std::string> AttachmentStore::read(const std::string& sha) {
    if (!isSha256Hex(sha)) return Status(ErrorCode::InvalidArgument, "sha256 must be 64 lowercase hex characters");
    std::ifstream in(completePath(sha), std::ios::binary);
    if (!in) return Status(ErrorCode::NotFound, "the server holds no complete attachment " + sha);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes;
}

}  // namespace gridwork::server
