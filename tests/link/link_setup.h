// link_setup.h — the emulated 2G link of the link test: two network namespaces made by the test
// (gwlink-s for the server, gwlink-c for the phone) joined by a veth pair with addresses only
// inside them (10.231.0.1 and .2), shaped to 100 kbit/s each way with 300 ms delay each way and
// 1 % loss by netem where the kernel has it; without netem, tbf shapes the rate and a delay relay
// in the phone's namespace adds the 300 ms each way (loss is then not emulated, and said so).
// Contract: create() fails with the reason (not root, no namespaces); the destructor removes the
// namespaces (and so the veth pair) whatever happened. Not thread-safe.
#pragma once

#include <cstdint>
#include <string>

namespace gridwork::link {

inline constexpr const char* kServerNs = "gwlink-s";
inline constexpr const char* kPhoneNs = "gwlink-c";
inline constexpr const char* kServerAddr = "10.231.0.1";
inline constexpr const char* kPhoneDev = "gwl-c";

class LinkSetup {
public:
    ~LinkSetup();
    bool create(std::string& why);
    // "netem" (rate, delay and loss in the kernel) or "tbf+relay" (rate in the kernel, delay in
    // a relay: connect to relayPort on 127.0.0.1 inside the phone's namespace).
    std::string shaping() const { return m_shaping; }
    bool needsRelay() const { return m_shaping != "netem"; }
    bool setPhoneLink(bool up);

private:
    bool m_made = false;
    std::string m_shaping;
};

// Moves the calling process (before it starts threads) into a namespace made above.
bool enterNetns(const char* name);
// Bytes sent and received on the phone's veth, from /proc/net/dev (call inside the phone's ns).
bool phoneLinkBytes(std::uint64_t& tx, std::uint64_t& rx);
// Forwards 127.0.0.1:listenPort to host:port, holding every chunk `delayMs` in each direction.
// Runs until killed. Call in a child inside the phone's namespace.
[[noreturn]] void runDelayRelay(int listenPort, const char* host, int port, int delayMs);

}  // namespace gridwork::link
