// The console's door: static files, login/logout/me, session + CSRF checks, then the routes.
#include "gridwork/server/console_api.h"

#include "console_call.h"
#include "console_schema.h"
#include "console_static.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/store/store.h"

#include <chrono>
#include <thread>

namespace gridwork::server {

namespace {
constexpr std::string_view kApiPrefix = "/api/console/v1/";
constexpr const char* kCookie = "gw_console";

std::vector<std::string> splitPath(std::string_view rest) {
    std::vector<std::string> out;
    while (!rest.empty()) {
        auto slash = rest.find('/');
        if (slash != 0) out.emplace_back(rest.substr(0, slash));
        if (slash == std::string_view::npos) break;
        rest.remove_prefix(slash + 1);
    }
    return out;
}

std::string sessionCookie(const std::string& value, bool https, bool clear) {
    std::string c = std::string(kCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict";
    if (https) c += "; Secure";
    if (clear) c += "; Max-Age=0";
    return c;
}

json staffJson(const StaffMember& m) {
    return {{"login", m.login},
            {"name", m.name},
            {"role", std::string(staffRoleName(m.role))},
            {"role_zh", std::string(staffRoleLabelZh(m.role))},
            {"department", m.department},
            {"grid_id", m.gridId.isNil() ? std::string() : m.gridId.toString()}};
}
}  // namespace

void ConsoleCall::audit(std::string_view action, std::string_view target, std::string_view detail) {
    (void)service.withStore(
        [&](Store& store) { return StaffDirectory(store).audit(staff().login, action, target, detail, nowMs); });
}

ConsoleResponse jsonReply(const json& body, int status) {
    ConsoleResponse r;
    r.status = status;
    r.body = body.dump(-1, ' ', false, json::error_handler_t::replace);
    r.headers.push_back({"Cache-Control", "no-store"});
    return r;
}

ConsoleResponse errorReply(const Status& status) {
    int http = status.code() == ErrorCode::WrongGrid ? 403 : httpStatusFor(status.code());
    return jsonReply({{"error", {{"code", std::string(errorCodeName(status.code()))}, {"message", status.message()}}}},
                     http);
}

ConsoleResponse forbidden(const std::string& message) {
    return errorReply({ErrorCode::WrongGrid, message});
}

Result<json> jsonBody(const ConsoleRequest& req) {
    json j = json::parse(req.body, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status(ErrorCode::InvalidArgument, "请求内容不是 JSON 对象");
    return j;
}

std::string str(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

struct ConsoleApi::Impl {
    SyncService& service;
    ConsoleOptions options;
    ConsoleConfig config;

    ConsoleResponse api(const ConsoleRequest& req);
    ConsoleResponse route(ConsoleCall& call);
    ConsoleResponse login(const ConsoleRequest& req);
    ConsoleResponse updates(ConsoleCall& call);
};

ConsoleApi::ConsoleApi(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
ConsoleApi::~ConsoleApi() = default;

const ConsoleConfig& ConsoleApi::config() const {
    return m_impl->config;
}

Result<std::unique_ptr<ConsoleApi>> ConsoleApi::open(SyncService& service, ConsoleOptions options) {
    GW_TRY(service.withStore([](Store& store) { return migrateConsoleSchema(store); }));
    GW_ASSIGN_OR_RETURN(ConsoleConfig config, ConsoleConfig::load(options.configDir));
    auto impl = std::unique_ptr<Impl>(new Impl{service, std::move(options), std::move(config)});
    return std::unique_ptr<ConsoleApi>(new ConsoleApi(std::move(impl)));
}

bool ConsoleApi::handles(std::string_view path) {
    return path == "/console" || path.rfind("/console/", 0) == 0 || path.rfind(kApiPrefix, 0) == 0 ||
           path == "/api/console/v1";
}

ConsoleResponse ConsoleApi::handle(const ConsoleRequest& req) {
    try {
        if (req.path.rfind("/api/", 0) == 0) return m_impl->api(req);
        return serveConsoleFile(m_impl->options.staticDir, req, m_impl->config.tileUrl);
    } catch (const std::exception& e) {
        return errorReply({ErrorCode::Internal, std::string("内部错误：") + e.what()});
    } catch (...) {
        return errorReply({ErrorCode::Internal, "内部错误"});
    }
}

ConsoleResponse ConsoleApi::Impl::login(const ConsoleRequest& req) {
    auto body = jsonBody(req);
    if (!body) return errorReply(body.status());
    std::string name = str(*body, "login"), password = str(*body, "password");
    if (name.empty() || password.empty()) return errorReply({ErrorCode::InvalidArgument, "请输入账号和密码"});
    Result<StaffSession> s = Status(ErrorCode::Internal, "");
    std::int64_t now = static_cast<std::int64_t>(service.nowMs());
    Status st = service.withStore([&](Store& store) {
        s = StaffDirectory(store).login(name, password, now);
        return Status::ok();
    });
    if (!st) return errorReply(st);
    if (!s) return errorReply(s.status());
    ConsoleResponse r = jsonReply({{"staff", staffJson(s->staff)}, {"csrf", s->csrf}});
    r.headers.push_back({"Set-Cookie", sessionCookie(s->token, req.https, false)});
    return r;
}

ConsoleResponse ConsoleApi::Impl::api(const ConsoleRequest& req) {
    std::string_view rest = std::string_view(req.path).substr(std::min(req.path.size(), kApiPrefix.size()));
    auto segments = splitPath(rest);
    if (segments.size() == 1 && segments[0] == "login") {
        if (req.method != "POST") return errorReply({ErrorCode::InvalidArgument, "请使用 POST"});
        return login(req);
    }
    std::string token = req.cookie(kCookie).value_or("");
    std::int64_t now = static_cast<std::int64_t>(service.nowMs());
    Result<StaffSession> session = Status(ErrorCode::Unauthenticated, "请先登录");
    if (!token.empty()) {
        Status st = service.withStore([&](Store& store) {
            session = StaffDirectory(store).session(token, now, options.idleTimeoutMs);
            return Status::ok();
        });
        if (!st) return errorReply(st);
    }
    if (!session) return errorReply(session.status());
    bool changes = req.method != "GET" && req.method != "HEAD";
    if (changes && req.header("x-csrf-token").value_or("") != session->csrf)
        return forbidden("缺少或错误的 CSRF 令牌，请刷新页面后重试");
    ConsoleCall call{req, service, config, options, *session, std::move(segments), now, domain::localDateFromMs(now)};
    if (call.segments.size() == 1 && call.segments[0] == "logout") {
        if (!changes) return errorReply({ErrorCode::InvalidArgument, "请使用 POST"});
        (void)service.withStore([&](Store& store) { return StaffDirectory(store).logout(token); });
        call.audit("logout", call.staff().login, "");
        ConsoleResponse r = jsonReply({{"ok", true}});
        r.headers.push_back({"Set-Cookie", sessionCookie("", req.https, true)});
        return r;
    }
    return route(call);
}

ConsoleResponse ConsoleApi::Impl::updates(ConsoleCall& call) {
    std::uint64_t since = 0;
    if (auto s = call.req.param("since")) since = std::strtoull(s->c_str(), nullptr, 10);
    std::int64_t wait = options.maxWaitMs;
    if (auto w = call.req.param("wait_ms"))
        wait = std::clamp<std::int64_t>(std::atoll(w->c_str()), 0, options.maxWaitMs);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait);
    std::uint64_t seq = service.lastServerSeq();
    while (seq <= since && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        seq = service.lastServerSeq();
    }
    return jsonReply({{"seq", seq}, {"changed", seq > since}});
}

ConsoleResponse ConsoleApi::Impl::route(ConsoleCall& call) {
    const auto& s = call.segments;
    const std::string& m = call.req.method;
    auto is = [&](std::initializer_list<const char*> parts) {
        if (s.size() != parts.size()) return false;
        std::size_t i = 0;
        for (const char* p : parts) {
            if (std::string_view(p) != "*" && s[i] != p) return false;
            ++i;
        }
        return true;
    };
    bool get = m == "GET" || m == "HEAD", post = m == "POST";
    if (get && is({"me"})) return jsonReply({{"staff", staffJson(call.staff())}, {"csrf", call.session.csrf}});
    if (get && is({"config"})) {
        json templates = json::array();
        for (const auto& t : config.templates)
            templates.push_back({{"category", t.category}, {"action", t.action}, {"text", t.text}});
        json grids = json::array();
        (void)service.withStore([&](Store& store) {
            for (const auto& g : domain::OrgRepo(store).byLevel(domain::OrgLevel::Grid))
                if (call.staff().gridId.isNil() || call.staff().gridId == g.id)
                    grids.push_back({{"id", g.id.toString()}, {"name", g.name}});
            return Status::ok();
        });
        return jsonReply({{"departments", config.departments},
                          {"grids", grids},
                          {"templates", templates},
                          {"tile_url", config.tileUrl},
                          {"today", call.today},
                          {"deadline_working_days", config.deadlineWorkingDays}});
    }
    if (get && is({"updates"})) return updates(call);
    if (get && is({"reports"})) return getReports(call);
    if (get && is({"reports.csv"})) return getReportsCsv(call);
    if (post && is({"reports", "bulk"})) return postBulk(call);
    if (get && is({"reports", "*"})) return getReport(call, s[1]);
    if (post && is({"reports", "*", "actions"})) return postReportAction(call, s[1]);
    if (get && is({"photos", "*"})) return getPhoto(call, s[1]);
    if (get && is({"stats"})) return getStats(call);
    if (get && is({"stats.csv"})) return getStatsCsv(call);
    if (get && is({"map"})) return getMap(call);
    if (get && is({"households"})) return getHouseholds(call);
    if (get && is({"households", "*"})) return getHousehold(call, s[1]);
    if (post && is({"unmask"})) return postUnmask(call);
    if (get && is({"tasks"})) return getTasks(call);
    if (post && is({"tasks"})) return postTask(call);
    if (get && is({"workers"})) return getWorkers(call);
    if (post && is({"workers"})) return postWorker(call);
    if (post && is({"workers", "*", "reassign"})) return postReassign(call, s[1]);
    if (post && is({"devices", "*", "revoke"})) return postRevoke(call, s[1]);
    if (get && is({"emergency"})) return getEmergency(call);
    if (post && is({"emergency"})) return postEmergency(call);
    if (post && is({"emergency", "*", "end"})) return postEmergencyEnd(call, s[1]);
    if (get && (is({"staff"}) || is({"audit"}))) {
        if (call.role() != StaffRole::Admin) return forbidden("只有管理员可以查看");
        json rows = json::array();
        Status st = service.withStore([&](Store& store) {
            StaffDirectory dir(store);
            if (s[0] == "staff") {
                for (const auto& st : dir.list()) {
                    json j = staffJson(st);
                    j["disabled"] = st.disabled;
                    j["locked"] = st.lockedUntilMs > call.nowMs;
                    rows.push_back(j);
                }
            } else {
                for (const auto& a :
                     dir.auditLog(500, call.req.param("login").value_or(""), call.req.param("action").value_or("")))
                    rows.push_back({{"id", a.id},
                                    {"at", a.atMs},
                                    {"login", a.login},
                                    {"action", a.action},
                                    {"target", a.target},
                                    {"detail", a.detail}});
            }
            return Status::ok();
        });
        if (!st) return errorReply(st);
        return jsonReply({{s[0] == "staff" ? "staff" : "entries", rows}});
    }
    return errorReply({ErrorCode::NotFound, "没有这个接口：" + call.req.method + " " + call.req.path});
}

}  // namespace gridwork::server
