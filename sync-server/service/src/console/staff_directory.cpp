#include "gridwork/server/staff_directory.h"

#include "console_schema.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <sodium.h>

#include <array>

namespace gridwork::server {

namespace {

struct RoleInfo {
    StaffRole role;
    std::string_view name, zh;
};
constexpr std::array<RoleInfo, 4> kRoles{{
    {StaffRole::Dispatcher, "dispatcher", "指挥员"},
    {StaffRole::Department, "department", "部门"},
    {StaffRole::Leader, "leader", "领导"},
    {StaffRole::Admin, "admin", "管理员"},
}};

constexpr const char* kStaffColumns =
    "SELECT login, name, role, department, grid_id, disabled, locked_until, failed_logins FROM console_staff ";

StaffMember readStaff(db::Statement& q) {
    StaffMember m;
    m.login = q.getText(0);
    m.name = q.getText(1);
    m.role = parseStaffRole(q.getText(2)).value_or(StaffRole::Leader);
    m.department = q.getText(3);
    m.gridId = q.getUuid(4);
    m.disabled = q.getInt(5) != 0;
    m.lockedUntilMs = q.getInt(6);
    m.failedLogins = static_cast<int>(q.getInt(7));
    return m;
}

bool validLogin(std::string_view login) {
    if (login.empty() || login.size() > 64) return false;
    for (char c : login)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.')) return false;
    return true;
}

Result<std::string> hashPassword(std::string_view password) {
    if (password.size() < 8) return Status(ErrorCode::InvalidArgument, "密码至少 8 位");
    if (password.size() > 256) return Status(ErrorCode::InvalidArgument, "密码过长");
    if (sodium_init() < 0) return Status(ErrorCode::Internal, "libsodium 初始化失败");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Status(ErrorCode::Internal, "密码加密失败（内存不足）");
    return std::string(out);
}

Status runStatement(Store& store, std::string_view sql, const std::function<void(db::Statement&)>& bind) {
    GW_ASSIGN_OR_RETURN(db::Query q, store.database().prepare(sql));
    bind(*q);
    return q->run();
}

}  // namespace

std::string_view staffRoleName(StaffRole r) {
    for (const auto& i : kRoles)
        if (i.role == r) return i.name;
    return "leader";
}

std::string_view staffRoleLabelZh(StaffRole r) {
    for (const auto& i : kRoles)
        if (i.role == r) return i.zh;
    return "领导";
}

std::optional<StaffRole> parseStaffRole(std::string_view name) {
    for (const auto& i : kRoles)
        if (i.name == name) return i.role;
    return std::nullopt;
}

std::string randomToken() {
    if (sodium_init() < 0) return {};
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : bytes) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

Status StaffDirectory::init() {
    return migrateConsoleSchema(m_store);
}

Status StaffDirectory::add(const StaffMember& m, std::string_view password, std::int64_t nowMs) {
    if (!validLogin(m.login)) return {ErrorCode::InvalidArgument, "登录名只能用字母、数字、_ - .（1–64 位）"};
    if (m.name.empty()) return {ErrorCode::InvalidArgument, "姓名不能为空"};
    if (m.role == StaffRole::Department && m.department.empty())
        return {ErrorCode::InvalidArgument, "部门账号需要指定所属部门（--department）"};
    if (get(m.login)) return {ErrorCode::Conflict, "登录名已存在：" + m.login};
    GW_ASSIGN_OR_RETURN(std::string hash, hashPassword(password));
    return runStatement(m_store,
                        "INSERT INTO console_staff (login, name, role, department, grid_id, pw_hash, created_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        [&](db::Statement& q) {
                            q.bind(1, m.login).bind(2, m.name).bind(3, staffRoleName(m.role)).bind(4, m.department);
                            if (m.gridId.isNil())
                                q.bindNull(5);
                            else
                                q.bind(5, m.gridId);
                            q.bind(6, hash).bind(7, nowMs);
                        });
}

Status StaffDirectory::setPassword(const std::string& login, std::string_view password) {
    GW_TRY(get(login).status());
    GW_ASSIGN_OR_RETURN(std::string hash, hashPassword(password));
    GW_TRY(runStatement(m_store, "UPDATE console_staff SET pw_hash=?2, failed_logins=0, locked_until=0 WHERE login=?1",
                        [&](db::Statement& q) { q.bind(1, login).bind(2, hash); }));
    // A new password ends every open session of the account.
    return runStatement(m_store, "DELETE FROM console_sessions WHERE login=?1",
                        [&](db::Statement& q) { q.bind(1, login); });
}

Status StaffDirectory::setDisabled(const std::string& login, bool disabled) {
    GW_TRY(get(login).status());
    GW_TRY(runStatement(m_store, "UPDATE console_staff SET disabled=?2 WHERE login=?1",
                        [&](db::Statement& q) { q.bind(1, login).bind(2, std::int64_t{disabled ? 1 : 0}); }));
    if (!disabled) return Status::ok();
    return runStatement(m_store, "DELETE FROM console_sessions WHERE login=?1",
                        [&](db::Statement& q) { q.bind(1, login); });
}

Result<StaffMember> StaffDirectory::get(const std::string& login) {
    GW_ASSIGN_OR_RETURN(db::Query q, m_store.database().prepare(std::string(kStaffColumns) + "WHERE login=?1"));
    q->bind(1, login);
    if (!q->step()) {
        q->reset();
        return Status(ErrorCode::NotFound, "没有这个账号：" + login);
    }
    StaffMember m = readStaff(*q);
    q->reset();
    return m;
}

std::vector<StaffMember> StaffDirectory::list() {
    std::vector<StaffMember> out;
    auto prepared = m_store.database().prepare(std::string(kStaffColumns) + "ORDER BY role, login");
    if (!prepared) return out;  // to move to Result with the other list reads (storage.md)
    db::Query& q = *prepared;
    while (q->step()) out.push_back(readStaff(*q));
    return out;
}

Result<StaffSession> StaffDirectory::login(const std::string& login, std::string_view password, std::int64_t nowMs) {
    const Status wrong(ErrorCode::Unauthenticated, "账号或密码错误");
    auto member = get(login);
    if (!member) {
        GW_TRY(audit(login, "login_failed", login, "unknown account", nowMs));
        return wrong;
    }
    if (member->disabled) {
        GW_TRY(audit(login, "login_refused", login, "disabled", nowMs));
        return Status(ErrorCode::WrongGrid, "该账号已停用，请联系管理员");
    }
    if (member->lockedUntilMs > nowMs) {
        GW_TRY(audit(login, "login_refused", login, "locked", nowMs));
        return Status(ErrorCode::WrongGrid, "连续输错密码，账号已锁定 15 分钟");
    }
    GW_ASSIGN_OR_RETURN(db::Query h, m_store.database().prepare("SELECT pw_hash FROM console_staff WHERE login=?1"));
    h->bind(1, login);
    std::string hash = h->step() ? h->getText(0) : std::string();
    h->reset();
    if (sodium_init() < 0) return Status(ErrorCode::Internal, "libsodium 初始化失败");
    bool ok = !hash.empty() && crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
    if (!ok) {
        int failed = member->failedLogins + 1;
        std::int64_t lockedUntil = failed >= kMaxFailedLogins ? nowMs + kLockoutMs : 0;
        GW_TRY(runStatement(m_store, "UPDATE console_staff SET failed_logins=?2, locked_until=?3 WHERE login=?1",
                            [&](db::Statement& q) {
                                q.bind(1, login).bind(2, std::int64_t{failed >= kMaxFailedLogins ? 0 : failed});
                                q.bind(3, lockedUntil);
                            }));
        GW_TRY(audit(login, failed >= kMaxFailedLogins ? "locked" : "login_failed", login,
                     "failed " + std::to_string(failed), nowMs));
        if (failed >= kMaxFailedLogins) return Status(ErrorCode::WrongGrid, "连续输错密码 5 次，账号已锁定 15 分钟");
        return wrong;
    }
    GW_TRY(runStatement(m_store, "UPDATE console_staff SET failed_logins=0, locked_until=0 WHERE login=?1",
                        [&](db::Statement& q) { q.bind(1, login); }));
    StaffSession s;
    s.token = randomToken();
    s.csrf = randomToken();
    s.staff = *member;
    s.staff.failedLogins = 0;
    GW_TRY(runStatement(
        m_store,
        "INSERT INTO console_sessions (token_hash, login, csrf, created_at, last_seen) "
        "VALUES (?1, ?2, ?3, ?4, ?4)",
        [&](db::Statement& q) { q.bind(1, sha256Hex(s.token)).bind(2, login).bind(3, s.csrf).bind(4, nowMs); }));
    GW_TRY(audit(login, "login", login, "", nowMs));
    return s;
}

Result<StaffSession> StaffDirectory::session(std::string_view token, std::int64_t nowMs, std::int64_t idleMs) {
    const Status refused(ErrorCode::Unauthenticated, "登录已失效，请重新登录");
    if (token.size() != 64) return refused;
    std::string hash = sha256Hex(token);
    GW_ASSIGN_OR_RETURN(db::Query q, m_store.database().prepare(
                                         "SELECT login, csrf, last_seen FROM console_sessions WHERE token_hash=?1"));
    q->bind(1, hash);
    if (!q->step()) {
        q->reset();
        return refused;
    }
    std::string login = q->getText(0);
    std::string csrf = q->getText(1);
    std::int64_t lastSeen = q->getInt(2);
    q->reset();
    auto member = get(login);
    if (!member || member->disabled || nowMs - lastSeen > idleMs) {
        GW_TRY(runStatement(m_store, "DELETE FROM console_sessions WHERE token_hash=?1",
                            [&](db::Statement& d) { d.bind(1, hash); }));
        return refused;
    }
    // Touch at most once a minute: reads stay reads.
    if (nowMs - lastSeen > 60 * 1000)
        GW_TRY(runStatement(m_store, "UPDATE console_sessions SET last_seen=?2 WHERE token_hash=?1",
                            [&](db::Statement& u) { u.bind(1, hash).bind(2, nowMs); }));
    StaffSession s;
    s.csrf = csrf;
    s.staff = *member;
    return s;
}

Status StaffDirectory::logout(std::string_view token) {
    return runStatement(m_store, "DELETE FROM console_sessions WHERE token_hash=?1",
                        [&](db::Statement& q) { q.bind(1, sha256Hex(token)); });
}

Status StaffDirectory::audit(const std::string& login, std::string_view action, std::string_view target,
                             std::string_view detail, std::int64_t nowMs) {
    return runStatement(
        m_store, "INSERT INTO console_audit (at, login, action, target, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        [&](db::Statement& q) { q.bind(1, nowMs).bind(2, login).bind(3, action).bind(4, target).bind(5, detail); });
}

std::vector<AuditEntry> StaffDirectory::auditLog(int limit, const std::string& login, const std::string& action) {
    std::vector<AuditEntry> out;
    auto prepared = m_store.database().prepare(
        "SELECT id, at, login, action, target, detail FROM console_audit WHERE (?1 = '' OR login = ?1) "
        "AND (?2 = '' OR action = ?2) ORDER BY id DESC LIMIT ?3");
    if (!prepared) return out;  // as list()
    db::Query& q = *prepared;
    q->bind(1, login).bind(2, action).bind(3, std::int64_t{limit});
    while (q->step())
        out.push_back({q->getInt(0), q->getInt(1), q->getText(2), q->getText(3), q->getText(4), q->getText(5)});
    q->reset();
    return out;
}

}  // namespace gridwork::server
