// console_fixture.h — a small township (two grids, a worker, reports) behind a ConsoleApi, a
// manual clock, staff of every role, and a browser-like client that keeps the session cookie
// and CSRF token.
#pragma once

#include "gridwork/core/base/hlc.h"
#include "gridwork/server/console_api.h"
#include "gridwork/server/staff_directory.h"
#include "gridwork/server/sync_service.h"
#include "temp_dir.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>

namespace gridwork::testing {

using nlohmann::json;

inline constexpr const char* kPassword = "correct-horse-9";

struct ConsoleTown {
    TempDir dir;
    std::shared_ptr<ManualClock> clock;
    std::unique_ptr<server::SyncService> service;
    std::unique_ptr<server::ConsoleApi> api;
    Uuid gridA, gridB, worker;

    ConsoleTown();
    // Files a report in a grid through the domain API (as a synced device's report would land).
    Uuid fileReport(const Uuid& grid, const std::string& text, const std::string& category = "safety_hazard");
    void addStaff(const std::string& login, server::StaffRole role, const std::string& department = "",
                  const Uuid& grid = {});
    std::int64_t auditCount(const std::string& action);
};

struct Answer {
    int status = 0;
    json body;
    std::string raw;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string header(const std::string& name) const;
};

class Browser {
public:
    explicit Browser(ConsoleTown& town) : m_town(town) {}
    Answer login(const std::string& login, const std::string& password = kPassword);
    Answer get(const std::string& pathAndQuery);
    Answer post(const std::string& path, const json& body, bool withCsrf = true);
    std::string cookie;
    std::string csrf;
    bool https = false;

private:
    Answer send(server::ConsoleRequest req);
    ConsoleTown& m_town;
};

}  // namespace gridwork::testing
