// console_call.h — what every console API handler gets (internal): the request, the caller's
// session, the service, the configuration; and the reply helpers.
#pragma once

#include "gridwork/server/console_api.h"
#include "gridwork/server/staff_directory.h"
#include "gridwork/server/sync_service.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace gridwork::server {

using nlohmann::json;

struct ConsoleCall {
    const ConsoleRequest& req;
    SyncService& service;
    const ConsoleConfig& config;
    const ConsoleOptions& options;
    StaffSession session;
    std::vector<std::string> segments;  // path after /api/console/v1/, split on '/'
    std::int64_t nowMs = 0;
    std::string today;  // China local date of nowMs

    const StaffMember& staff() const { return session.staff; }
    StaffRole role() const { return session.staff.role; }
    // Writes an audit row for the caller (errors ignored: never blocks the answer).
    void audit(std::string_view action, std::string_view target, std::string_view detail);
};

ConsoleResponse jsonReply(const json& body, int status = 200);
ConsoleResponse errorReply(const Status& status);
ConsoleResponse forbidden(const std::string& message);
// The JSON object body; InvalidArgument for anything else.
Result<json> jsonBody(const ConsoleRequest& req);
std::string str(const json& j, const char* key);  // "" when missing or not a string
// A CSV field (RFC 4180: quoted when it holds a comma, quote or line break).
std::string csvField(const std::string& s);

// Handlers (one file each: console_queue.cpp, console_report.cpp, ...).
ConsoleResponse getReports(ConsoleCall& call);
ConsoleResponse getReportsCsv(ConsoleCall& call);
ConsoleResponse getReport(ConsoleCall& call, const std::string& number);
ConsoleResponse postReportAction(ConsoleCall& call, const std::string& number);
ConsoleResponse postBulk(ConsoleCall& call);
ConsoleResponse getPhoto(ConsoleCall& call, const std::string& sha);
ConsoleResponse getStats(ConsoleCall& call);
ConsoleResponse getStatsCsv(ConsoleCall& call);
ConsoleResponse getMap(ConsoleCall& call);
ConsoleResponse getHouseholds(ConsoleCall& call);
ConsoleResponse getHousehold(ConsoleCall& call, const std::string& id);
ConsoleResponse postUnmask(ConsoleCall& call);
ConsoleResponse getTasks(ConsoleCall& call);
ConsoleResponse postTask(ConsoleCall& call);
ConsoleResponse getWorkers(ConsoleCall& call);
ConsoleResponse postWorker(ConsoleCall& call);
ConsoleResponse postReassign(ConsoleCall& call, const std::string& workerId);
ConsoleResponse postRevoke(ConsoleCall& call, const std::string& siteId);
ConsoleResponse getEmergency(ConsoleCall& call);
ConsoleResponse postEmergency(ConsoleCall& call);
ConsoleResponse postEmergencyEnd(ConsoleCall& call, const std::string& id);

}  // namespace gridwork::server
