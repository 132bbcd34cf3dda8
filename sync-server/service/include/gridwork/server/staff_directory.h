// staff_directory.h — the command centre's staff accounts, their sessions and the audit log
// (issue 11), kept in the server's SQLite next to the sync tables (console tables, see
// console_schema.h).
//
// Roles: dispatcher 指挥员 (accept, dispatch, return, close, issue tasks), department 部门 (only
// what was dispatched to his department), leader 领导 (read-only), admin 管理员 (accounts, grids,
// workers, devices, the audit log). A staff member may be limited to one grid.
// Passwords: Argon2id through libsodium's crypto_pwhash_str (salted, OPSLIMIT/MEMLIMIT
// INTERACTIVE); only the encoded hash is stored. Five failed logins in a row lock the account for
// kLockout; a disabled account cannot log in and its sessions stop working at once.
// Sessions: a random 256-bit token (only its SHA-256 is stored) and a CSRF token; a session
// unused for longer than the idle timeout is refused and deleted. No secret is ever written to
// the audit log.
// Audit log: append-only (SQL triggers refuse UPDATE, and DELETE of rows younger than 183 days).
// Contract: every call takes the Store borrowed inside SyncService::withStore (serialized);
// errors are typed Status with plain Chinese messages; bad input changes nothing.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gridwork {
class Store;
}

namespace gridwork::server {

enum class StaffRole { Dispatcher, Department, Leader, Admin };
std::string_view staffRoleName(StaffRole r);     // "dispatcher", ...
std::string_view staffRoleLabelZh(StaffRole r);  // "指挥员", ...
std::optional<StaffRole> parseStaffRole(std::string_view name);

struct StaffMember {
    std::string login;
    std::string name;
    StaffRole role = StaffRole::Dispatcher;
    std::string department;  // department role: the department he handles for
    Uuid gridId;             // nil: the whole township
    bool disabled = false;
    std::int64_t lockedUntilMs = 0;
    int failedLogins = 0;
};

struct StaffSession {
    std::string token;  // the cookie value (only at login)
    std::string csrf;
    StaffMember staff;
};

struct AuditEntry {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    std::string login;
    std::string action;  // "login", "login_failed", "report.accept", "unmask", "export", ...
    std::string target;  // a report number, a resident id, ...
    std::string detail;  // the reason typed for an unmask, the export's filter, ...
};

class StaffDirectory {
public:
    static constexpr int kMaxFailedLogins = 5;
    static constexpr std::int64_t kLockoutMs = 15 * 60 * 1000;
    static constexpr std::int64_t kDefaultIdleMs = 30 * 60 * 1000;

    explicit StaffDirectory(Store& store) : m_store(store) {}

    // Creates the console tables when missing (idempotent).
    Status init();

    // InvalidArgument: empty/odd login, empty name, password shorter than 8, department role
    // without a department; Conflict for a taken login.
    Status add(const StaffMember& member, std::string_view password, std::int64_t nowMs);
    Status setPassword(const std::string& login, std::string_view password);
    Status setDisabled(const std::string& login, bool disabled);
    Result<StaffMember> get(const std::string& login);
    std::vector<StaffMember> list();

    // Unauthenticated (one message for a wrong login or password), WrongGrid (403, "forbidden": the code table has no
    // separate one) for a disabled or locked account. Writes login / login_failed audit rows.
    Result<StaffSession> login(const std::string& login, std::string_view password, std::int64_t nowMs);
    // The session of a cookie token, its last use moved to now; Unauthenticated when unknown,
    // idle for longer than idleMs, or its account is disabled.
    Result<StaffSession> session(std::string_view token, std::int64_t nowMs, std::int64_t idleMs = kDefaultIdleMs);
    Status logout(std::string_view token);

    Status audit(const std::string& login, std::string_view action, std::string_view target, std::string_view detail,
                 std::int64_t nowMs);
    // Newest first; filter by login/action when non-empty.
    std::vector<AuditEntry> auditLog(int limit, const std::string& login = "", const std::string& action = "");

private:
    Store& m_store;
};

// 32 random bytes as 64 hex digits (libsodium randombytes).
std::string randomToken();

}  // namespace gridwork::server
