#include "link_setup.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

namespace gridwork::link {

namespace {
// Runs a command without a shell; true on exit 0. Its output goes to /dev/null.
bool run(const std::vector<std::string>& argv) {
    pid_t pid = fork();
    if (pid < 0) return false;
    if (pid == 0) {
        int devnull = ::open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, 1);
            dup2(devnull, 2);
        }
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool inNs(const char* ns, std::vector<std::string> argv) {
    argv.insert(argv.begin(), {"ip", "netns", "exec", ns});
    return run(argv);
}

bool shapeWith(const char* ns, const char* dev, const std::string& kind) {
    if (kind == "netem")
        return inNs(ns, {"tc", "qdisc", "add", "dev", dev, "root", "netem", "rate", "100kbit", "delay", "300ms", "loss",
                         "1%", "limit", "1000"});
    return inNs(ns,
                {"tc", "qdisc", "add", "dev", dev, "root", "tbf", "rate", "100kbit", "burst", "1600", "latency", "2s"});
}
}  // namespace

bool LinkSetup::create(std::string& why) {
    if (geteuid() != 0) {
        why = "needs root for network namespaces (ip netns)";
        return false;
    }
    run({"ip", "netns", "del", kServerNs});  // left over by a killed run
    run({"ip", "netns", "del", kPhoneNs});
    if (!run({"ip", "netns", "add", kServerNs}) || !run({"ip", "netns", "add", kPhoneNs})) {
        why = "cannot create network namespaces here (ip netns add failed)";
        return false;
    }
    m_made = true;
    bool ok = run({"ip", "link", "add", "gwl-s", "netns", kServerNs, "type", "veth", "peer", "name", kPhoneDev, "netns",
                   kPhoneNs}) &&
              inNs(kServerNs, {"ip", "addr", "add", std::string(kServerAddr) + "/24", "dev", "gwl-s"}) &&
              inNs(kPhoneNs, {"ip", "addr", "add", "10.231.0.2/24", "dev", kPhoneDev}) &&
              inNs(kServerNs, {"ip", "link", "set", "gwl-s", "up"}) &&
              inNs(kPhoneNs, {"ip", "link", "set", kPhoneDev, "up"}) &&
              inNs(kServerNs, {"ip", "link", "set", "lo", "up"}) && inNs(kPhoneNs, {"ip", "link", "set", "lo", "up"});
    if (!ok) {
        why = "cannot make the veth pair between the test's namespaces";
        return false;
    }
    if (shapeWith(kServerNs, "gwl-s", "netem") && shapeWith(kPhoneNs, kPhoneDev, "netem")) {
        m_shaping = "netem";
        return true;
    }
    inNs(kServerNs, {"tc", "qdisc", "del", "dev", "gwl-s", "root"});
    inNs(kPhoneNs, {"tc", "qdisc", "del", "dev", kPhoneDev, "root"});
    if (shapeWith(kServerNs, "gwl-s", "tbf") && shapeWith(kPhoneNs, kPhoneDev, "tbf")) {
        m_shaping = "tbf+relay";
        return true;
    }
    why = "this kernel shapes neither with netem nor with tbf";
    return false;
}

LinkSetup::~LinkSetup() {
    if (!m_made) return;
    run({"ip", "netns", "del", kServerNs});
    run({"ip", "netns", "del", kPhoneNs});
}

bool LinkSetup::setPhoneLink(bool up) {
    return inNs(kPhoneNs, {"ip", "link", "set", kPhoneDev, up ? "up" : "down"});
}

bool enterNetns(const char* name) {
    int fd = ::open((std::string("/var/run/netns/") + name).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    bool ok = setns(fd, CLONE_NEWNET) == 0;
    ::close(fd);
    return ok;
}

bool phoneLinkBytes(std::uint64_t& tx, std::uint64_t& rx) {
    std::ifstream in("/proc/net/dev");
    std::string line;
    while (std::getline(in, line)) {
        auto colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = line.substr(0, colon);
        name.erase(0, name.find_first_not_of(' '));
        if (name != kPhoneDev) continue;
        std::istringstream f(line.substr(colon + 1));
        std::uint64_t v[9] = {};
        for (auto& x : v) f >> x;
        rx = v[0];
        tx = v[8];
        return true;
    }
    return false;
}

namespace {
using Clock = std::chrono::steady_clock;

// One direction of a relayed connection: chunks wait `delay` before they are written on.
void pump(int from, int to, std::chrono::milliseconds delay) {
    std::mutex m;
    std::condition_variable cv;
    std::deque<std::pair<Clock::time_point, std::string>> queue;
    bool done = false;
    std::thread writer([&] {
        std::unique_lock lock(m);
        while (true) {
            cv.wait(lock, [&] { return done || !queue.empty(); });
            if (queue.empty()) break;
            auto [due, chunk] = queue.front();
            queue.pop_front();
            lock.unlock();
            std::this_thread::sleep_until(due);
            std::size_t off = 0;
            while (off < chunk.size()) {
                ssize_t n = ::send(to, chunk.data() + off, chunk.size() - off, MSG_NOSIGNAL);
                if (n <= 0) break;
                off += static_cast<std::size_t>(n);
            }
            lock.lock();
        }
        ::shutdown(to, SHUT_WR);
    });
    char buf[16384];
    while (true) {
        ssize_t n = ::recv(from, buf, sizeof buf, 0);
        if (n <= 0) break;
        std::lock_guard lock(m);
        queue.emplace_back(Clock::now() + delay, std::string(buf, static_cast<std::size_t>(n)));
        cv.notify_one();
    }
    {
        std::lock_guard lock(m);
        done = true;
        cv.notify_one();
    }
    writer.join();
}
}  // namespace

void runDelayRelay(int listenPort, const char* host, int port, int delayMs) {
    int ls = ::socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<std::uint16_t>(listenPort));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(ls, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(ls, 16) != 0) _exit(3);
    while (true) {
        int c = ::accept(ls, nullptr, nullptr);
        if (c < 0) continue;
        std::thread([c, host, port, delayMs] {
            int s = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in b{};
            b.sin_family = AF_INET;
            b.sin_port = htons(static_cast<std::uint16_t>(port));
            inet_pton(AF_INET, host, &b.sin_addr);
            if (::connect(s, reinterpret_cast<sockaddr*>(&b), sizeof b) != 0) {
                ::close(c);
                ::close(s);
                return;
            }
            int on = 1;
            setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
            std::thread up([&] { pump(c, s, std::chrono::milliseconds(delayMs)); });
            pump(s, c, std::chrono::milliseconds(delayMs));
            up.join();
            ::close(c);
            ::close(s);
        }).detach();
    }
}

}  // namespace gridwork::link
