// counting_proxy.h — a TCP relay on a free loopback port in front of the server that counts
// the bytes each way, so a test can assert what a sync costs on the wire (HTTP headers and
// compressed bodies included).
// Contract: relays every connection to 127.0.0.1:targetPort until destroyed; the counters are
// exact once the client's requests have completed. Thread-safe counters; start/stop from one thread.
#pragma once

#include <atomic>
#include <cstdint>
#include <thread>

namespace gridwork::testing {

class CountingProxy {
public:
    explicit CountingProxy(int targetPort);
    ~CountingProxy();
    CountingProxy(const CountingProxy&) = delete;
    CountingProxy& operator=(const CountingProxy&) = delete;

    int port() const { return m_port; }
    std::uint64_t bytesUp() const { return m_up; }      // client → server
    std::uint64_t bytesDown() const { return m_down; }  // server → client

private:
    void run();

    int m_target, m_port = 0, m_listenFd = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<std::uint64_t> m_up{0}, m_down{0};
    std::thread m_thread;
};

}  // namespace gridwork::testing
