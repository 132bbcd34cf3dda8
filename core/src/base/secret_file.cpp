#include "secret_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace gridwork {

namespace fs = std::filesystem;

namespace {
Status osError(const std::string& what, const std::string& path) {
    return {ErrorCode::Storage, what + " " + path + ": " + std::strerror(errno)};
}
}  // namespace

Result<std::string> readSecretFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return osError("cannot read", path);
    std::string out;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            return osError("cannot read", path);
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > 64 * 1024) break;  // a key file is a few hundred bytes
    }
    ::close(fd);
    return out;
}

Status writeSecretFile(const std::string& path, const std::string& contents, bool replace) {
    fs::path target(path);
    std::error_code ec;
    if (target.has_parent_path() && !fs::exists(target.parent_path(), ec)) {
        fs::create_directories(target.parent_path(), ec);
        if (ec) return {ErrorCode::Storage, "cannot create " + target.parent_path().string() + ": " + ec.message()};
        ::chmod(target.parent_path().c_str(), 0700);
    }
    std::string tmp = path + ".tmp" + std::to_string(::getpid());
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return osError("cannot write", tmp);
    ::fchmod(fd, 0600);
    std::size_t done = 0;
    while (done < contents.size()) {
        ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ::close(fd);
            ::unlink(tmp.c_str());
            return osError("cannot write", tmp);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return osError("cannot sync", tmp);
    }
    int rc = replace ? ::rename(tmp.c_str(), path.c_str()) : ::link(tmp.c_str(), path.c_str());
    int err = errno;
    if (!replace) ::unlink(tmp.c_str());
    if (rc != 0 && !(!replace && err == EEXIST)) {
        errno = err;
        if (replace) ::unlink(tmp.c_str());
        return osError("cannot place", path);
    }
    if (target.has_parent_path()) {
        int dir = ::open(target.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
    return Status::ok();
}

}  // namespace gridwork
