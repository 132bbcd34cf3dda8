#include "counting_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace gridwork::testing {

namespace {

int connectTo(int port) {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&to), sizeof to) == 0) return fd;
    if (fd >= 0) ::close(fd);
    return -1;
}

}  // namespace

CountingProxy::CountingProxy(int targetPort) : m_target(targetPort) {
    m_listenFd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(m_listenFd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    ::listen(m_listenFd, 64);
    socklen_t len = sizeof addr;
    ::getsockname(m_listenFd, reinterpret_cast<sockaddr*>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_thread = std::thread([this] { run(); });
}

CountingProxy::~CountingProxy() {
    m_stop = true;
    m_thread.join();
    ::close(m_listenFd);
}

// One thread, poll() over the listener and every pair of sockets.
void CountingProxy::run() {
    struct Pair {
        int client, server;
    };
    std::vector<Pair> pairs;
    char buf[16384];
    while (!m_stop) {
        std::vector<pollfd> fds{{m_listenFd, POLLIN, 0}};
        for (const auto& p : pairs) {
            fds.push_back({p.client, POLLIN, 0});
            fds.push_back({p.server, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), 50) <= 0) continue;
        if (fds[0].revents & POLLIN) {
            int c = ::accept(m_listenFd, nullptr, nullptr);
            int s = c >= 0 ? connectTo(m_target) : -1;
            if (s >= 0)
                pairs.push_back({c, s});
            else if (c >= 0)
                ::close(c);
        }
        std::vector<Pair> alive;
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            bool open = true;
            for (int side = 0; side < 2 && open; ++side) {
                const pollfd& f = fds[1 + 2 * i + static_cast<std::size_t>(side)];
                if (!(f.revents & (POLLIN | POLLHUP | POLLERR))) continue;
                int from = side == 0 ? pairs[i].client : pairs[i].server;
                int to = side == 0 ? pairs[i].server : pairs[i].client;
                ssize_t n = ::recv(from, buf, sizeof buf, 0);
                if (n <= 0) {
                    open = false;
                    break;
                }
                (side == 0 ? m_up : m_down) += static_cast<std::uint64_t>(n);
                for (ssize_t done = 0; done < n;) {
                    ssize_t w = ::send(to, buf + done, static_cast<std::size_t>(n - done), MSG_NOSIGNAL);
                    if (w <= 0) {
                        open = false;
                        break;
                    }
                    done += w;
                }
            }
            if (open) {
                alive.push_back(pairs[i]);
            } else {
                ::close(pairs[i].client);
                ::close(pairs[i].server);
            }
        }
        pairs.swap(alive);
    }
    for (const auto& p : pairs) {
        ::close(p.client);
        ::close(p.server);
    }
}

}  // namespace gridwork::testing
