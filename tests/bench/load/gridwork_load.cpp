// gridwork-load [--devices N] [--threads T] [--quick] [--dir DIR] [--keep] [--inprocess-first]
//
// server_end_of_shift: a township's end of shift. N devices (default 546, one real township; 3
// workers per grid, so ceil(N/3) grids) are enrolled and hold their grid's state; each has done a
// day's work offline (15 visits, a patrol of 120 track points with 2 checkpoints passed, 3
// reports, 2 diary entries, 2 ledger edits). Then all sync (push everything, pull to the end)
// concurrently through a bounded pool of T client threads (default 16) against a REAL
// gridwork-server process on loopback (HTTP, gzip), and — from an identical copy of every file —
// through the in-process SyncService (the loopback transport): the baseline, so the ratio is the
// network edge's cost. Reported: throughput in changes/s (pushed + pulled), p50/p95 sync latency
// per device, and the server process's peak memory (VmHWM from /proc). One JSON line on stdout.
// Loopback only; bounded in count and time (every sync has a 120 s timeout).
#include "bench_report.h"
#include "bench_timing.h"
#include "process.h"

#include "gridwork/core/domain/domain.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/http/http_transport.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <CLI/CLI.hpp>

#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace gridwork;
using namespace gridwork::domain;

namespace {

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "gridwork-load: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T orDie(Result<T> r, const std::string& what) {
    if (!r) die(what + ": " + r.status().toString());
    return std::move(r).value();
}

void okOrDie(const Status& s, const std::string& what) {
    if (!s) die(what + ": " + s.toString());
}

struct Options {
    int devices = 546;
    int threads = 16;
    bool quick = false;
    bool keep = false;
    bool inprocessFirst = false;
    std::string dir;
};

struct DevicePlan {
    std::string db;
    Uuid worker;
    Uuid grid;
    std::string code;
};

// The township: one township, 8 communities, ceil(N/3) grids, 3 workers a grid, 30 households a grid.
std::vector<DevicePlan> seedTownship(const std::string& dataDir, const std::string& devDir, int devices) {
    fs::create_directories(dataDir + "/attachments");
    fs::create_directories(devDir);
    server::SyncServiceOptions so;
    so.dbPath = dataDir + "/server.db";
    so.durable = false;
    auto service = orDie(server::SyncService::open(so), "open service");
    int grids = (devices + 2) / 3;
    std::vector<Uuid> gridIds;
    okOrDie(service->withStore([&](Store& store) -> Status {
        OrgRepo org(store);
        LedgerRepo ledger(store);
        OrgUnit t;
        t.level = OrgLevel::Township;
        t.name = "压测街道";
        GW_ASSIGN_OR_RETURN(t, org.add(t));
        std::vector<OrgUnit> communities;
        for (int c = 0; c < 8; ++c) {
            OrgUnit u;
            u.level = OrgLevel::Community;
            u.parentId = t.id;
            u.name = "社区" + std::to_string(c + 1);
            GW_ASSIGN_OR_RETURN(u, org.add(u));
            communities.push_back(u);
        }
        for (int g = 0; g < grids; ++g) {
            OrgUnit u;
            u.level = OrgLevel::Grid;
            u.parentId = communities[static_cast<std::size_t>(g % 8)].id;
            u.name = "网格" + std::to_string(g + 1);
            GW_ASSIGN_OR_RETURN(u, org.add(u));
            gridIds.push_back(u.id);
            for (int h = 0; h < 30; ++h) {
                Household hh;
                hh.gridId = u.id;
                hh.address = u.name + "小区" + std::to_string(h / 6 + 1) + "栋" + std::to_string(h % 6 + 1) + "01室";
                hh.headName = "户主" + std::to_string(h);
                GW_ASSIGN_OR_RETURN(hh, ledger.addHousehold(hh));
                Resident r;
                r.householdId = hh.id;
                r.name = "居民" + std::to_string(h);
                r.relation = "户主";
                GW_TRY(ledger.addResident(r).status());
            }
        }
        return Status::ok();
    }),
            "seed org units");
    std::vector<DevicePlan> plans;
    for (int d = 0; d < devices; ++d) {
        DevicePlan p;
        p.grid = gridIds[static_cast<std::size_t>(d / 3)];
        p.worker =
            orDie(service->createWorker("网格员" + std::to_string(d + 1), "13800000000", {p.grid}), "create worker");
        p.code = orDie(service->issueEnrollmentCode(p.worker), "issue code");
        p.db = devDir + "/device" + std::to_string(d) + ".db";
        plans.push_back(p);
    }
    // Enroll every device and give it its grid's state (untimed), in process.
    server::LoopbackTransport loop(*service);
    for (auto& p : plans) {
        StoreOptions o;
        o.durable = false;
        auto store = orDie(Store::open(p.db, o), "open device");
        SyncEngine engine(*store, loop);
        okOrDie(engine.enroll(p.code, "load"), "enroll");
        orDie(engine.sync(), "initial sync");
        okOrDie(store->setMeta("device.worker_id", p.worker.toString()), "meta");
    }
    return plans;
}

// One worker's day, written offline through the typed API (the app's code path).
std::uint64_t writeDay(const DevicePlan& p, int seed) {
    StoreOptions o;
    o.durable = false;
    auto store = orDie(Store::open(p.db, o), "open device");
    LedgerRepo ledger(*store);
    VisitRepo visits(*store);
    PatrolRepo patrols(*store);
    ReportRepo reports(*store);
    DiaryRepo diary(*store);
    auto households = ledger.householdsOfGrid(p.grid);
    if (households.empty()) die("device has no households");
    for (int v = 0; v < 15; ++v) {
        Visit vis;
        vis.householdId = households[static_cast<std::size_t>((v + seed) % households.size())].id;
        vis.workerId = p.worker;
        vis.note = "日常走访，情况正常";
        vis.location = GeoPoint{29.5 + v * 1e-4, 120.9 + seed * 1e-5};
        orDie(visits.record(vis), "visit");
    }
    Patrol patrol = orDie(patrols.start(p.worker, p.grid), "patrol");
    Checkpoint cp;
    cp.gridId = p.grid;
    cp.name = "巡查点" + std::to_string(seed);
    cp.location = {29.5, 120.9};
    cp = orDie(patrols.addCheckpoint(cp), "checkpoint");
    for (int i = 0; i < 120; ++i) {
        orDie(patrols.addPoint(patrol.id, {29.5 + i * 5e-5, 120.9 + i * 3e-5}, 8.0), "track point");
        if (i % 60 == 30) orDie(patrols.passCheckpoint(patrol.id, cp.id), "checkpoint pass");
    }
    okOrDie(patrols.stop(patrol.id, "无异常"), "stop patrol");
    for (int r = 0; r < 3; ++r) {
        Report rep;
        rep.gridId = p.grid;
        rep.workerId = p.worker;
        rep.category = ReportCategory::Environment;
        rep.text = "垃圾未及时清运" + std::to_string(r);
        orDie(reports.file(rep), "report");
    }
    for (int d = 0; d < 2; ++d) {
        DiaryEntry e;
        e.gridId = p.grid;
        e.workerId = p.worker;
        e.text = "民情日记" + std::to_string(d);
        orDie(diary.add(e), "diary");
    }
    HouseholdPatch patch;
    patch.phone = "1390000" + std::to_string(1000 + seed % 9000);
    okOrDie(ledger.editHousehold(households[static_cast<std::size_t>(seed) % households.size()].id, patch), "edit");
    patch = {};
    patch.note = "已核实";
    okOrDie(ledger.editHousehold(households[static_cast<std::size_t>(seed + 1) % households.size()].id, patch), "edit");
    return store->outboxCount();
}

void copyTree(const std::string& from, const std::string& to) {
    fs::remove_all(to);
    fs::copy(from, to, fs::copy_options::recursive);
}

int freePort() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    int port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

double vmHwmMb(int pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
    return 0;
}

struct RunStats {
    double wallS = 0;
    std::uint64_t pushed = 0, pulled = 0, bytesUp = 0, bytesDown = 0;
    std::vector<double> latenciesMs;
    int failures = 0;
};

// Every device syncs once, T at a time; makeTransport gives each sync its own transport.
RunStats runAll(const std::vector<DevicePlan>& plans, const std::string& devDir, int threads,
                const std::function<std::unique_ptr<Transport>()>& makeTransport) {
    RunStats stats;
    std::mutex mutex;
    std::atomic<std::size_t> next{0};
    bench::Stopwatch wall;
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < plans.size(); i = next++) {
                std::string db = devDir + "/" + fs::path(plans[i].db).filename().string();
                bench::Stopwatch one;
                auto store = Store::open(db);
                auto transport = makeTransport();
                Result<SyncReport> report = Status(ErrorCode::Internal, "no store");
                if (store) {
                    SyncOptions so;
                    so.maxAttempts = 3;
                    SyncEngine engine(**store, *transport, so);
                    report = engine.sync();
                }
                double ms = one.elapsedMs();
                std::lock_guard lock(mutex);
                if (!report) {
                    ++stats.failures;
                    std::fprintf(stderr, "gridwork-load: device %zu: %s\n", i, report.status().toString().c_str());
                    continue;
                }
                stats.latenciesMs.push_back(ms);
                stats.pushed += report->pushed;
                stats.pulled += report->pulled;
                stats.bytesUp += report->bytesUp;
                stats.bytesDown += report->bytesDown;
            }
        });
    }
    for (auto& t : pool) t.join();
    stats.wallS = wall.elapsedS();
    return stats;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    CLI::App app("gridwork-load");
    app.set_help_flag();  // the usage line below is the help
    bool help = false;
    app.add_flag("--help,-h", help);
    app.add_option("--devices", opt.devices);
    app.add_option("--threads", opt.threads);
    app.add_option("--dir", opt.dir);
    app.add_flag("--quick", opt.quick);
    app.add_flag("--keep", opt.keep);
    app.add_flag("--inprocess-first", opt.inprocessFirst);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        die(e.what());
    }
    if (help) {
        std::printf("usage: gridwork-load [--devices N] [--threads T] [--quick] [--dir DIR] [--keep] "
                    "[--inprocess-first]\n");
        return 0;
    }
    if (opt.quick && opt.devices == 546) opt.devices = 24;
    if (opt.devices < 1 || opt.devices > 5000 || opt.threads < 1 || opt.threads > 256)
        die("--devices 1..5000, --threads 1..256");
    std::signal(SIGPIPE, SIG_IGN);
    bool ownDir = opt.dir.empty();
    if (ownDir) {
        std::string templ = (fs::temp_directory_path() / "gridwork-load-XXXXXX").string();
        if (!mkdtemp(templ.data())) die("mkdtemp failed");
        opt.dir = templ;
    }
    const std::string netData = opt.dir + "/net/township", netDev = opt.dir + "/net/devices";
    const std::string inData = opt.dir + "/inproc/township", inDev = opt.dir + "/inproc/devices";

    std::fprintf(stderr, "gridwork-load: seeding %d devices in %d grids...\n", opt.devices, (opt.devices + 2) / 3);
    auto plans = seedTownship(netData, netDev, opt.devices);
    std::uint64_t outbox = 0;
    for (std::size_t i = 0; i < plans.size(); ++i) outbox += writeDay(plans[i], static_cast<int>(i));
    copyTree(opt.dir + "/net", opt.dir + "/inproc");

    RunStats net, in;
    double peakMb = 0;
    auto runNetwork = [&] {
        // Over HTTP against a real server process.
        int port = freePort();
        std::string url = "http://127.0.0.1:" + std::to_string(port);
        std::string log = opt.dir + "/server.log";
        testing::Process server;
        testing::ProcessOptions po;
        po.outFile = "/dev/null";
        po.errFile = log;
        if (!server.start({GRIDWORK_SERVER_BIN, "serve", "--data", netData, "--listen", url}, po))
            die("cannot start gridwork-server");
        http::HttpTransportOptions ho;
        ho.baseUrl = url;
        ho.timeout = std::chrono::seconds(120);
        bool up = false;
        for (int i = 0; i < 200 && !up; ++i) {
            auto probe = orDie(http::HttpTransport::create(ho), "transport");
            auto r = probe->post(Endpoint::Pull, "", "");  // 401 proves the server answers
            up = r.isOk();
            if (!up) std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        if (!up) die("gridwork-server did not come up; see " + log);
        std::fprintf(stderr, "gridwork-load: %d devices sync over HTTP (%d at a time)...\n", opt.devices, opt.threads);
        net = runAll(plans, netDev, opt.threads,
                     [&] { return std::unique_ptr<Transport>(orDie(http::HttpTransport::create(ho), "transport")); });
        peakMb = vmHwmMb(server.pid());
        server.signal(SIGTERM);
        server.wait();
    };
    auto runInProcess = [&] {
        // The same work through the in-process service.
        std::fprintf(stderr, "gridwork-load: the same work in process...\n");
        server::SyncServiceOptions so;
        so.dbPath = inData + "/server.db";
        auto service = orDie(server::SyncService::open(so), "open in-process service");
        in = runAll(plans, inDev, opt.threads,
                    [&] { return std::unique_ptr<Transport>(new server::LoopbackTransport(*service)); });
        service.reset();
    };
    // The order alternates with --inprocess-first, to see that it does not decide the ratio.
    if (opt.inprocessFirst) {
        runInProcess();
        runNetwork();
    } else {
        runNetwork();
        runInProcess();
    }

    auto rate = [](const RunStats& s) { return s.wallS > 0 ? static_cast<double>(s.pushed + s.pulled) / s.wallS : 0; };
    bench::BenchResult r;
    r.name = "server_end_of_shift";
    r.value = rate(net);
    r.unit = "changes/s";
    r.baseline = rate(in);
    r.add("baseline_is", "the same syncs through the in-process SyncService (loopback transport)");
    r.add("devices", static_cast<std::int64_t>(opt.devices)).add("threads", static_cast<std::int64_t>(opt.threads));
    r.add("grids", static_cast<std::int64_t>((opt.devices + 2) / 3));
    r.add("outbox_changes", static_cast<std::int64_t>(outbox));
    r.add("pushed", static_cast<std::int64_t>(net.pushed)).add("pulled", static_cast<std::int64_t>(net.pulled));
    r.add("wall_s", net.wallS).add("p50_ms", bench::percentile(net.latenciesMs, 0.5));
    r.add("p95_ms", bench::percentile(net.latenciesMs, 0.95));
    r.add("server_peak_mb", peakMb);
    r.add("bytes_up", static_cast<std::int64_t>(net.bytesUp))
        .add("bytes_down", static_cast<std::int64_t>(net.bytesDown));
    r.add("inprocess_wall_s", in.wallS).add("inprocess_p50_ms", bench::percentile(in.latenciesMs, 0.5));
    r.add("inprocess_p95_ms", bench::percentile(in.latenciesMs, 0.95));
    r.add("order", opt.inprocessFirst ? "inprocess,http" : "http,inprocess");
    r.add("failures", static_cast<std::int64_t>(net.failures + in.failures));
    bench::Reporter().report(r);
    if (ownDir && !opt.keep) fs::remove_all(opt.dir);
    return net.failures + in.failures == 0 && net.pushed == outbox && in.pushed == outbox ? 0 : 1;
}
