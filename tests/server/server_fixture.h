// server_fixture.h — a township server process and headless devices for the integration tests.
//
// Township: a data directory made by `gridwork-server init` (demo or empty) and, once started, a
// `serve` process on a free loopback port (HTTP or HTTPS), ready when /healthz answers. Device: a
// gridwork-device database file. Admin and device commands are real processes (process.h).
// Contract: everything lives under the caller's TempDir; the destructors stop what they started.
// Not thread-safe.
#pragma once

#include "process.h"

#include <memory>
#include <string>
#include <vector>

namespace gridwork::testing {

int freePort();
std::string trim(const std::string& s);
// The first "key":"string" / "key":number in a JSON text ("" / -1 when absent).
std::string jsonString(const std::string& json, const std::string& key);
long long jsonNumber(const std::string& json, const std::string& key);
// curl with the given arguments; stdout is "-w" output when the caller asks for it.
RunResult curl(const std::vector<std::string>& args, const std::string& scratch);

class Township {
public:
    // Runs `init --data DIR [--demo --households N]`.
    Township(const std::string& root, bool demo, int households = 400);
    ~Township();

    RunResult admin(std::vector<std::string> args) const;  // gridwork-server <args> --data DIR
    // serve on a free port; extra: e.g. {"--cert", c, "--key", k}. False if not healthy in 15 s.
    bool start(const std::vector<std::string>& extra = {}, bool https = false);
    int stop();    // SIGTERM; the exit code
    void kill9();  // SIGKILL, reaped
    bool running() { return m_server && m_server->running(); }
    const std::string& url() const { return m_url; }
    const std::string& dir() const { return m_dir; }
    std::string log() const { return readFile(m_errFile); }
    int port() const { return m_port; }
    // A new worker in `grid` (name or id); returns {worker id, enrollment code}.
    std::pair<std::string, std::string> addWorker(const std::string& name, const std::string& grid) const;
    std::string dump(const std::string& grids = "") const;

private:
    std::string m_root, m_dir, m_url, m_errFile;
    int m_port = 0;
    bool m_https = false;
    std::unique_ptr<Process> m_server;
};

class Device {
public:
    Device(const std::string& root, const std::string& name);
    RunResult run(std::vector<std::string> args) const;  // gridwork-device --db FILE <args>
    // enroll with `code`; extra connection options (e.g. --ca-file).
    RunResult enroll(const Township& t, const std::string& code, const std::vector<std::string>& extra = {}) const;
    RunResult sync(const std::vector<std::string>& extra = {}) const;
    std::string dump() const;
    const std::string& db() const { return m_db; }

private:
    std::string m_root, m_db;
};

}  // namespace gridwork::testing
