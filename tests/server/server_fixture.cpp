#include "server_fixture.h"

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <regex>
#include <sys/socket.h>
#include <unistd.h>

namespace gridwork::testing {

int freePort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    int port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

std::string trim(const std::string& s) {
    auto b = s.find_first_not_of(" \n\r\t");
    auto e = s.find_last_not_of(" \n\r\t");
    return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string jsonString(const std::string& json, const std::string& key) {
    std::smatch m;
    std::regex re("\"" + key + "\":\\s*\"([^\"]*)\"");
    return std::regex_search(json, m, re) ? m[1].str() : "";
}

long long jsonNumber(const std::string& json, const std::string& key) {
    std::smatch m;
    std::regex re("\"" + key + "\":\\s*(-?[0-9]+)");
    return std::regex_search(json, m, re) ? std::stoll(m[1].str()) : -1;
}

RunResult curl(const std::vector<std::string>& args, const std::string& scratch) {
    std::vector<std::string> argv{"curl", "-s", "--max-time", "20"};
    argv.insert(argv.end(), args.begin(), args.end());
    return runProcess(argv, scratch);
}

Township::Township(const std::string& root, bool demo, int households) : m_root(root), m_dir(root + "/township") {
    std::vector<std::string> args{GRIDWORK_SERVER_BIN, "init", "--data", m_dir};
    if (demo) {
        args.insert(args.end(), {"--demo", "--households", std::to_string(households)});
    }
    RunResult r = runProcess(args, m_root);
    if (r.exitCode != 0) m_dir.clear();  // tests check dir() / start()
}

Township::~Township() {
    if (m_server && m_server->running()) {
        m_server->signal(SIGTERM);
        if (m_server->wait(10000) == -2) kill9();
    }
}

RunResult Township::admin(std::vector<std::string> args) const {
    args.insert(args.begin(), GRIDWORK_SERVER_BIN);
    args.insert(args.end(), {"--data", m_dir});
    return runProcess(args, m_root);
}

bool Township::start(const std::vector<std::string>& extra, bool https) {
    if (m_dir.empty()) return false;
    m_https = https;
    if (m_port == 0) m_port = freePort();  // a restart keeps the address the devices know
    m_url = std::string(https ? "https" : "http") + "://127.0.0.1:" + std::to_string(m_port);
    std::vector<std::string> args{GRIDWORK_SERVER_BIN, "serve", "--data", m_dir, "--listen", m_url};
    args.insert(args.end(), extra.begin(), extra.end());
    m_errFile = m_root + "/server.log";
    m_server = std::make_unique<Process>();
    if (!m_server->start(args, m_root + "/server.out", m_errFile)) return false;
    for (int i = 0; i < 300; ++i) {
        if (!m_server->running()) return false;
        RunResult r = curl({"-k", "-o", "/dev/null", "-w", "%{http_code}", m_url + "/healthz"}, m_root);
        if (trim(r.out) == "200") return true;
        sleepMs(50);
    }
    return false;
}

int Township::stop() {
    if (!m_server) return -1;
    m_server->signal(SIGTERM);
    return m_server->wait(35000);
}

void Township::kill9() {
    if (!m_server) return;
    m_server->signal(SIGKILL);
    m_server->wait(10000);
}

std::pair<std::string, std::string> Township::addWorker(const std::string& name, const std::string& grid) const {
    RunResult r = admin({"worker", "add", "--name", name, "--phone", "13800138000", "--grids", grid, "--json"});
    return {jsonString(r.out, "worker"), jsonString(r.out, "code")};
}

std::string Township::dump(const std::string& grids) const {
    std::vector<std::string> args{"dump"};
    if (!grids.empty()) args.insert(args.end(), {"--grids", grids});
    return trim(admin(args).out);
}

Device::Device(const std::string& root, const std::string& name) : m_root(root), m_db(root + "/" + name + ".db") {}

RunResult Device::run(std::vector<std::string> args) const {
    args.insert(args.begin(), {GRIDWORK_DEVICE_BIN, "--db", m_db});
    return runProcess(args, m_root);
}

RunResult Device::enroll(const Township& t, const std::string& code, const std::vector<std::string>& extra) const {
    std::vector<std::string> args{"enroll", "--server", t.url(), "--code", code};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
}

RunResult Device::sync(const std::vector<std::string>& extra) const {
    std::vector<std::string> args{"sync", "--json", "--attempts", "2"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(args);
}

std::string Device::dump() const {
    return trim(run({"dump", "--json"}).out);
}

}  // namespace gridwork::testing
