// console_api.h — the command centre's web console behind one door: the JSON API under
// /api/console/v1/ and the built console files under /console/ (issue 11).
//
// API (JSON; errors are {"error": {"code": "...", "message": "<plain Chinese>"}} with the HTTP
// status of the code; 403 for a role or scope refusal):
//   POST login {login, password}      → sets the session cookie gw_console (HttpOnly,
//                                        SameSite=Strict, Secure on HTTPS); {staff, csrf}
//   POST logout · GET me
//   GET  config                       departments, templates, categories, statuses, tile URL
//   GET  reports?status=&category=&grid=&department=&overdue=1&unassigned=1&from=&to=&q=
//                &page=&page_size=    the queue: a page of rows and the counts by status
//   GET  reports.csv?<same filters>   the whole filtered queue as CSV (UTF-8 BOM), audited
//   GET  reports/{number}             detail: report, reporter, household, timeline, actions
//   POST reports/{number}/actions {action, note, department, result, deadline}
//   POST reports/bulk {numbers: [...], action: accept|dispatch, department, note}
//   GET  updates?since=SEQ&wait_ms=N  long poll: answers when the server's change sequence
//                                     passes SEQ (or after wait_ms, at most 20 s)
//   GET  photos/{sha256}              a report photo (only of a report the caller may see)
//   GET  stats · GET map · GET households?q= · GET households/{id} · POST unmask
//   GET  tasks · POST tasks · GET workers · POST workers · POST workers/{id}/reassign
//   POST devices/{site}/revoke · GET staff · GET audit
// Every state-changing call (POST) after login needs the header X-CSRF-Token of the session.
// Scope is enforced here on every call: a 部门 account sees and acts on only the reports whose
// current 分办 department is his; an account bound to a grid sees only that grid; 领导 reads.
// Every state change, export and unmasked view writes an audit row.
// Contract: handle() never throws; thread-safe (all store work goes through
// SyncService::withStore; the long poll sleeps without holding the lock).
#pragma once

#include "gridwork/server/console_config.h"
#include "gridwork/server/console_http.h"

#include <cstdint>
#include <memory>
#include <string>

namespace gridwork::server {

class SyncService;

struct ConsoleOptions {
    std::string staticDir;       // the built console (index.html, assets/); "" = no files
    std::string attachmentsDir;  // DATA/attachments (photos)
    std::string configDir;       // DATA/console
    std::int64_t idleTimeoutMs = 30 * 60 * 1000;
    std::int64_t maxWaitMs = 20 * 1000;  // long-poll ceiling
};

class ConsoleApi {
public:
    // Creates the console tables; loads the configuration (InvalidArgument for a bad file).
    static Result<std::unique_ptr<ConsoleApi>> open(SyncService& service, ConsoleOptions options);
    ~ConsoleApi();

    // true for /console, /console/..., /api/console/v1/...
    static bool handles(std::string_view path);
    ConsoleResponse handle(const ConsoleRequest& request);

    const ConsoleConfig& config() const;

private:
    struct Impl;
    explicit ConsoleApi(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gridwork::server
