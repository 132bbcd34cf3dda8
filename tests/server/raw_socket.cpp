#include "raw_socket.h"

#include <arpa/inet.h>
#include <chrono>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gridwork::testing {

RawConnection::~RawConnection() {
    close();
}

RawConnection& RawConnection::operator=(RawConnection&& other) noexcept {
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

bool RawConnection::connect(int port, const std::string& source) {
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0) return false;
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &from.sin_addr);
    if (::bind(m_fd, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0) {
        close();
        return false;
    }
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
        close();
        return false;
    }
    return true;
}

bool RawConnection::send(const std::string& bytes) {
    std::size_t done = 0;
    while (m_fd >= 0 && done < bytes.size()) {
        ssize_t n = ::send(m_fd, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return m_fd >= 0;
}

std::string RawConnection::readAll(int timeoutMs, bool* closed) {
    std::string out;
    if (closed) *closed = false;
    char buf[4096];
    while (m_fd >= 0) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0) break;
        ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
        if (n <= 0) {
            if (closed) *closed = true;
            break;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
    return out;
}

bool RawConnection::closedByPeer(int timeoutMs) {
    bool closed = false;
    readAll(timeoutMs, &closed);
    return closed;
}

void RawConnection::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

int httpGetStatus(int port, const std::string& path, int timeoutMs, double* ms, const std::string& source) {
    auto started = std::chrono::steady_clock::now();
    RawConnection c;
    int status = 0;
    if (c.connect(port, source) && c.send("GET " + path + " HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")) {
        std::string answer = c.readAll(timeoutMs);
        if (answer.rfind("HTTP/1.1 ", 0) == 0 && answer.size() >= 12) status = std::atoi(answer.substr(9, 3).c_str());
    }
    if (ms) *ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return status;
}

}  // namespace gridwork::testing
