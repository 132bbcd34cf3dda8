// gridwork-link-test — protocol v2 over an emulated 2G link (link_setup.h), issue 9's targets:
// the first sync of a 2,000-household / 6,000-resident grid in <= 15 s and <= 150 KB on the wire,
// a worker's day pushed in <= 3 s with <= 10 KB up and <= 2 requests, and a first sync cut in the
// middle (the phone's link taken down) that resumes where it stopped instead of from zero.
// Bytes are counted on the phone's veth (IP and TCP headers included). Prints one JSON line.
// Exit 0 pass, 1 fail, 77 skipped (with the reason on stderr).
#include "bench_workload.h"
#include "link_setup.h"
#include "process.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/http/http_transport.h"
#include "gridwork/server/sync_service.h"

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace gridwork;
using namespace gridwork::link;

namespace {
constexpr int kServerPort = 18931, kRelayPort = 18932;
constexpr int kHouseholds = 2000;

double now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Counts the requests the engine makes.
class Counting final : public Transport {
public:
    explicit Counting(Transport& inner) : m_inner(inner) {}
    int requests = 0;
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        ++requests;
        return m_inner.post(e, body, token);
    }

private:
    Transport& m_inner;
};

struct Phone {
    std::unique_ptr<Store> store;
    std::unique_ptr<http::HttpTransport> http;
    std::unique_ptr<Counting> counting;
};

Phone openPhone(const std::string& path, const std::string& url) {
    Phone p;
    StoreOptions o;
    p.store = std::move(Store::open(path, o)).value();
    http::HttpTransportOptions ho;
    ho.baseUrl = url;
    ho.timeout = std::chrono::milliseconds(20000);
    p.http = std::move(http::HttpTransport::create(ho)).value();
    p.counting = std::make_unique<Counting>(*p.http);
    return p;
}

SyncOptions quickRetries() {
    SyncOptions o;
    o.maxAttempts = 2;
    o.sleep = [](std::chrono::milliseconds) { std::this_thread::sleep_for(std::chrono::milliseconds(200)); };
    return o;
}

// The phone's side, in a child process inside the phone's namespace. Writes a JSON line to `out`.
int phoneMain(const std::string& dir, const std::string& url, const std::string& code1, const std::string& code2,
              const std::string& out) {
    if (!enterNetns(kPhoneNs)) return 3;
    std::string json = "{";
    auto field = [&json](const std::string& k, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s\"%s\":%.6g", json.size() > 1 ? "," : "", k.c_str(), v);
        json += buf;
    };
    // 1. First sync of the grid.
    {
        Phone p = openPhone(dir + "/phone1.db", url);
        SyncEngine enroll(*p.store, *p.http);
        if (Status st = enroll.enroll(code1, "link test"); !st) {
            std::fprintf(stderr, "enroll: %s\n", st.toString().c_str());
            return 4;
        }
        std::uint64_t tx0 = 0, rx0 = 0, tx1 = 0, rx1 = 0;
        phoneLinkBytes(tx0, rx0);
        SyncEngine e(*p.store, *p.counting, quickRetries());
        double t0 = now();
        auto r = e.sync();
        double secs = now() - t0;
        phoneLinkBytes(tx1, rx1);
        if (!r) {
            std::fprintf(stderr, "first sync: %s\n", r.status().toString().c_str());
            return 5;
        }
        field("first_sync_s", secs);
        field("first_sync_link_bytes", static_cast<double>((tx1 - tx0) + (rx1 - rx0)));
        field("first_sync_body_bytes", static_cast<double>(r->bytesUp + r->bytesDown));
        field("first_sync_requests", p.counting->requests);
        field("first_sync_changes", static_cast<double>(r->pulled));
        // 2. A day's work pushed.
        Uuid grid = e.status().grids.at(0), worker = e.status().workerId;
        if (!bench::writeWorkerDay(*p.store, grid, worker, {300, 2})) return 6;
        std::vector<RowWrite> edits;
        auto* q = p.store->database().prepare("SELECT id FROM residents ORDER BY id LIMIT 10");
        while (q && q->step())
            edits.push_back(RowWrite{"residents", q->getUuid(0), {}}.set(
                "phone", Value::text("1390571" + std::to_string(1000 + edits.size()))));
        if (q) q->reset();
        if (!p.store->write(edits)) return 6;
        double pending = static_cast<double>(p.store->outboxCount());
        p.counting->requests = 0;
        phoneLinkBytes(tx0, rx0);
        t0 = now();
        r = e.sync();
        secs = now() - t0;
        phoneLinkBytes(tx1, rx1);
        if (!r) {
            std::fprintf(stderr, "day sync: %s\n", r.status().toString().c_str());
            return 7;
        }
        field("day_changes", pending);
        field("day_sync_s", secs);
        field("day_link_bytes_up", static_cast<double>(tx1 - tx0));
        field("day_link_bytes_down", static_cast<double>(rx1 - rx0));
        field("day_requests", p.counting->requests);
    }
    // 3. A first sync cut in the middle resumes.
    {
        Phone p = openPhone(dir + "/phone2.db", url);
        SyncEngine enroll(*p.store, *p.http);
        if (!enroll.enroll(code2, "link test 2")) return 8;
        std::atomic<std::uint64_t> done{0}, total{0};
        SyncOptions o = quickRetries();
        o.progress = [&](const SyncProgress& pr) {
            if (pr.phase == SyncProgress::Phase::Pull) {
                done = pr.itemsDone;
                total = pr.itemsTotal;
            }
        };
        SyncEngine e(*p.store, *p.http, o);
        std::atomic<bool> cut{false};
        std::thread cutter([&] {
            while (done == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
            std::system("ip link set gwl-c down");  // inside the phone's namespace
            cut = true;
            std::this_thread::sleep_for(std::chrono::seconds(3));
            std::system("ip link set gwl-c up");
        });
        auto r1 = e.sync();
        cutter.join();
        std::uint64_t before = done;
        auto r2 = e.sync();
        if (!r2) {
            std::fprintf(stderr, "resumed sync: %s\n", r2.status().toString().c_str());
            return 9;
        }
        field("cut_first_attempt_ok", r1.isOk() ? 1 : 0);
        field("cut_pulled_before", static_cast<double>(before));
        field("cut_pulled_after_resume", static_cast<double>(r2->pulled));
        field("cut_total", static_cast<double>(total));
        field("cut_residents",
              static_cast<double>(p.store->database().queryInt("SELECT count(*) FROM residents").value_or(-1)));
    }
    json += "}";
    std::ofstream(out) << json;
    return 0;
}

std::string jsonValue(const std::string& json, const std::string& key) {
    auto at = json.find("\"" + key + "\":");
    if (at == std::string::npos) return "";
    auto start = at + key.size() + 3;
    return json.substr(start, json.find_first_of(",}", start) - start);
}
double num(const std::string& json, const std::string& key) {
    return std::strtod(jsonValue(json, key).c_str(), nullptr);
}
}  // namespace

int main() {
    LinkSetup link;
    std::string why;
    if (!link.create(why)) {
        std::fprintf(stderr, "link_2g SKIPPED: %s\n", why.c_str());
        return 77;
    }
    std::string dir = std::filesystem::temp_directory_path() / ("gridwork-link-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::string data = dir + "/township";
    auto init = testing::runProcess({GRIDWORK_SERVER_BIN, "init", "--data", data}, dir);
    if (init.exitCode != 0) {
        std::fprintf(stderr, "init failed: %s\n", init.err.c_str());
        return 1;
    }
    std::string code1, code2;
    {
        server::SyncServiceOptions so;
        so.dbPath = data + "/server.db";
        auto svc = std::move(server::SyncService::open(so)).value();
        Uuid grid = newUuidV7();
        if (!svc->write(bench::gridRows(grid, kHouseholds))) return 1;
        auto worker = svc->createWorker("王秀英", "13800000001", {grid}).value();
        code1 = svc->issueEnrollmentCode(worker).value();
        code2 = svc->issueEnrollmentCode(worker).value();
    }
    testing::Process server;
    std::string listen = "http://" + std::string(kServerAddr) + ":" + std::to_string(kServerPort);
    if (!server.start(
            {"ip", "netns", "exec", kServerNs, GRIDWORK_SERVER_BIN, "serve", "--data", data, "--listen", listen},
            dir + "/server.out", dir + "/server.err"))
        return 1;
    testing::sleepMs(1500);
    std::string url = listen;
    pid_t relay = -1;
    if (link.needsRelay()) {
        relay = fork();
        if (relay == 0) {
            if (!enterNetns(kPhoneNs)) _exit(3);
            runDelayRelay(kRelayPort, kServerAddr, kServerPort, 300);
        }
        url = "http://127.0.0.1:" + std::to_string(kRelayPort);
        testing::sleepMs(300);
    }
    pid_t phone = fork();
    if (phone == 0) _exit(phoneMain(dir, url, code1, code2, dir + "/phone.json"));
    int status = 0;
    waitpid(phone, &status, 0);
    if (relay > 0) {
        kill(relay, SIGKILL);
        waitpid(relay, nullptr, 0);
    }
    server.signal(SIGTERM);
    server.wait(10000);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "link_2g: the phone side failed (status %d); server: %s\n", status,
                     testing::readFile(dir + "/server.err").c_str());
        return 1;
    }
    std::string json = testing::readFile(dir + "/phone.json");
    json.insert(json.size() - 1,
                ",\"shaping\":\"" + link.shaping() + "\",\"loss_emulated\":" + (link.needsRelay() ? "false" : "true"));
    std::printf("%s\n", json.c_str());
    std::filesystem::remove_all(dir);
    int failed = 0;
    auto check = [&](bool ok, const char* what) {
        if (!ok) {
            std::fprintf(stderr, "link_2g: FAILED %s\n", what);
            ++failed;
        }
    };
    check(num(json, "first_sync_s") <= 15, "first sync of the grid within 15 s");
    check(num(json, "first_sync_link_bytes") <= 150 * 1024, "first sync within 150 KB on the link");
    check(num(json, "day_sync_s") <= 3, "a day's sync within 3 s");
    check(num(json, "day_link_bytes_up") <= 10 * 1024, "a day's push within 10 KB up");
    check(num(json, "day_requests") <= 2, "a day's sync in at most 2 requests");
    check(num(json, "cut_residents") == kHouseholds * 3, "the cut first sync completes");
    check(num(json, "cut_pulled_after_resume") < num(json, "cut_total"), "the cut first sync resumes, not from zero");
    std::printf("%d passed, %d failed\n", 7 - failed, failed);
    return failed ? 1 : 0;
}
