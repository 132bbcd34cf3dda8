// raw_socket.h — plain TCP connections to the server for the tests that behave like attackers
// or like many devices at once: connect from a chosen loopback address (127.0.0.0/8 all reach
// a server on 127.0.0.1, so each address is a distinct peer), send bytes, read what comes back.
// Contract: nothing throws; a RawConnection closes its socket when destroyed. Not thread-safe
// (one connection per thread).
#pragma once

#include <string>

namespace gridwork::testing {

class RawConnection {
public:
    RawConnection() = default;
    ~RawConnection();
    RawConnection(RawConnection&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    RawConnection& operator=(RawConnection&& other) noexcept;
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    // Connects to 127.0.0.1:port from `source` (e.g. "127.0.0.2"); false when refused.
    bool connect(int port, const std::string& source = "127.0.0.1");
    bool send(const std::string& bytes);
    // Reads until the peer closes or `timeoutMs` passes without a byte; `closed` says which.
    std::string readAll(int timeoutMs, bool* closed = nullptr);
    // True when the peer has closed the connection (read returns 0 or fails) within timeoutMs.
    bool closedByPeer(int timeoutMs);
    void close();
    bool open() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// GET path over a fresh connection from `source`; the HTTP status (0 when no answer within
// timeoutMs), the time it took in *ms.
int httpGetStatus(int port, const std::string& path, int timeoutMs, double* ms = nullptr,
                  const std::string& source = "127.0.0.1");

}  // namespace gridwork::testing
