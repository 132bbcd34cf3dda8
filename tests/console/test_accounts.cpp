// Staff accounts and sessions: cookie flags, CSRF, lockout, disabled accounts, idle timeout,
// and the audit rows each of them writes.
#include "console_fixture.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::server;
using namespace gridwork::testing;

TEST_CASE("login sets an HttpOnly SameSite=Strict session cookie (Secure on HTTPS); a wrong password is refused") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    Browser b(t);
    CHECK(b.get("me").status == 401);
    Answer wrong = b.login("zhihui", "not-the-password");
    CHECK(wrong.status == 401);
    CHECK(wrong.body["error"]["message"] == "账号或密码错误");
    CHECK(b.login("nobody", "whatever-123").status == 401);  // the same answer for an unknown login

    Answer ok = b.login("zhihui");
    REQUIRE(ok.status == 200);
    std::string cookie = ok.header("Set-Cookie");
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(cookie.find("Secure") == std::string::npos);
    CHECK(ok.body["staff"]["role"] == "dispatcher");
    CHECK(ok.body["csrf"].get<std::string>().size() == 64);
    CHECK(b.get("me").body["staff"]["login"] == "zhihui");

    Browser secure(t);
    secure.https = true;
    CHECK(secure.login("zhihui").header("Set-Cookie").find("; Secure") != std::string::npos);
    CHECK(t.auditCount("login") == 2);
    CHECK(t.auditCount("login_failed") == 2);

    // The store holds only a hash of the token and an Argon2id hash of the password.
    (void)t.service->withStore([&](Store& store) {
        auto q = store.database().prepare("SELECT count(*) FROM console_sessions WHERE token_hash = ?1");
        q->bind(1, b.cookie);
        REQUIRE(q->step());
        CHECK(q->getInt(0) == 0);
        q->reset();
        auto h = store.database().prepare("SELECT pw_hash FROM console_staff WHERE login = 'zhihui'");
        REQUIRE(h->step());
        CHECK(h->getText(0).rfind("$argon2id$", 0) == 0);
        h->reset();
        return Status::ok();
    });

    // Logout ends the session.
    CHECK(b.post("logout", json::object()).status == 200);
    CHECK(b.get("me").status == 401);
}

TEST_CASE("every state-changing call needs the session's CSRF token") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    std::string number;
    t.fileReport(t.gridA, "楼道电动车充电");
    Browser b(t);
    REQUIRE(b.login("zhihui").status == 200);
    number = b.get("reports").body["items"][0]["number"];
    CHECK(b.post("reports/" + number + "/actions", {{"action", "accept"}}, false).status == 403);
    std::string real = b.csrf;
    b.csrf = std::string(64, 'a');
    CHECK(b.post("reports/" + number + "/actions", {{"action", "accept"}}).status == 403);
    CHECK(b.get("reports/" + number).body["status"] == "reported");  // nothing changed
    b.csrf = real;
    CHECK(b.post("reports/" + number + "/actions", {{"action", "accept"}}).status == 200);
}

TEST_CASE("five failed logins lock the account for 15 minutes, even against the right password") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    Browser b(t);
    for (int i = 0; i < 4; ++i) CHECK(b.login("zhihui", "guess-" + std::to_string(i)).status == 401);
    Answer fifth = b.login("zhihui", "guess-5");
    CHECK(fifth.status == 403);
    CHECK(fifth.body["error"]["message"].get<std::string>().find("锁定") != std::string::npos);
    CHECK(b.login("zhihui").status == 403);
    CHECK(t.auditCount("locked") == 1);
    t.clock->advance(StaffDirectory::kLockoutMs + 1000);
    CHECK(b.login("zhihui").status == 200);
}

TEST_CASE("a disabled account cannot log in, and its open sessions stop at once") {
    ConsoleTown t;
    t.addStaff("lingdao", StaffRole::Leader);
    Browser b(t);
    REQUIRE(b.login("lingdao").status == 200);
    CHECK(b.get("reports").status == 200);
    REQUIRE(t.service->withStore([](Store& s) { return StaffDirectory(s).setDisabled("lingdao", true); }).isOk());
    CHECK(b.get("reports").status == 401);
    Browser again(t);
    CHECK(again.login("lingdao").status == 403);
}

TEST_CASE("a session idle for longer than the timeout is refused; activity keeps it alive") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    Browser b(t);
    REQUIRE(b.login("zhihui").status == 200);
    for (int i = 0; i < 3; ++i) {
        t.clock->advance(20 * 60 * 1000);  // 20 minutes between clicks: still fine
        CHECK(b.get("me").status == 200);
    }
    t.clock->advance(31 * 60 * 1000);
    Answer expired = b.get("me");
    CHECK(expired.status == 401);
    CHECK(expired.body["error"]["message"] == "登录已失效，请重新登录");
}

TEST_CASE("staff add refuses bad input and a taken login; passwords under 8 characters are refused") {
    ConsoleTown t;
    auto add = [&](const std::string& login, StaffRole role, const std::string& dept, const std::string& pw) {
        return t.service->withStore([&](Store& s) {
            StaffMember m;
            m.login = login;
            m.name = "张三";
            m.role = role;
            m.department = dept;
            return StaffDirectory(s).add(m, pw, 0);
        });
    };
    CHECK(add("ok_1", StaffRole::Dispatcher, "", "long-enough").isOk());
    CHECK(add("ok_1", StaffRole::Dispatcher, "", "long-enough").code() == ErrorCode::Conflict);
    CHECK(add("bad name", StaffRole::Dispatcher, "", "long-enough").code() == ErrorCode::InvalidArgument);
    CHECK(add("short", StaffRole::Dispatcher, "", "1234567").code() == ErrorCode::InvalidArgument);
    CHECK(add("dept", StaffRole::Department, "", "long-enough").code() == ErrorCode::InvalidArgument);
}

TEST_CASE("the audit log is append-only: updates and early deletes are refused by the database") {
    ConsoleTown t;
    t.addStaff("zhihui", StaffRole::Dispatcher);
    Browser b(t);
    REQUIRE(b.login("zhihui").status == 200);
    (void)t.service->withStore([](Store& s) {
        CHECK_FALSE(s.database().exec("UPDATE console_audit SET detail = 'x'").isOk());
        CHECK_FALSE(s.database().exec("DELETE FROM console_audit").isOk());
        return Status::ok();
    });
    CHECK(t.auditCount("login") == 1);
}
