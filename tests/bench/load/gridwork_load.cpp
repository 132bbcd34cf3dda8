// gridwork-load [--devices N] [--concurrency N] [--quick] [--dir DIR] [--keep] [--inprocess-first]
//
// server_end_of_shift: a township's end of shift. N devices (default 546, one real township; 3
// workers per grid, so ceil(N/3) grids) are enrolled and hold their grid's state; each has done a
// day's work offline (load_township.h). Then they sync, --concurrency at a time (default: all
// at once, every connection opened together): first every device pushes its day, then every
// device syncs (pulls to the end), against a REAL gridwork-server process on loopback (HTTP,
// gzip), and — from an identical copy of every file — through the in-process SyncService (the
// loopback transport): the baseline, so the ratio is the network edge's cost. Devices retry a
// 503 with the engine's backoff (up to 40 attempts, 4 s apart at most: the server sheds load by
// design). Reported: throughput in changes/s (pushed + pulled), p50/p95 latency per device (push
// + sync), server_cpu_ms_per_push (the server process's user+system CPU from /proc/PID/stat
// over the push phase, divided by the devices that pushed), the server's peak memory (VmHWM).
// One JSON line on stdout. Loopback only; bounded in count and time (120 s per request).
#include "bench_report.h"
#include "bench_timing.h"

#include "load_township.h"

#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/http/http_transport.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <functional>
#include <latch>
#include <mutex>
#include <netinet/in.h>
#include <spawn.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace fs = std::filesystem;
using namespace gridwork;
using gridwork::load::DevicePlan;

namespace {

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "gridwork-load: %s\n", what.c_str());
    std::exit(1);
}

template <typename T> T orDie(Result<T> r, const std::string& what) {
    if (!r) die(what + ": " + r.status().toString());
    return std::move(r).value();
}

struct Options {
    int devices = 546;
    int concurrency = 0;  // 0: every device at once
    bool quick = false;
    bool keep = false;
    bool inprocessFirst = false;
    std::string dir;
};

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

// User + system CPU of a process so far, in ms (/proc/PID/stat fields 14 and 15).
double cpuMs(int pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto close = stat.rfind(')');  // the command name may hold spaces
    if (close == std::string::npos) return 0;
    std::istringstream fields(stat.substr(close + 2));
    std::string f;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> f; ++i)
        if (i >= 14) ticks += std::stod(f);
    return ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
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
    std::uint64_t retries = 0;
};

// Every device runs `step` once (push, or a whole sync), `concurrency` at a time; with
// concurrency == devices every thread starts together. makeTransport gives each its own transport.
enum class Step { Push, Sync };
void runAll(const std::vector<DevicePlan>& plans, const std::string& devDir, int concurrency, Step step,
            const std::function<std::unique_ptr<Transport>()>& makeTransport, RunStats& stats) {
    std::mutex mutex;
    std::atomic<std::size_t> next{0};
    std::latch ready(concurrency);
    stats.latenciesMs.resize(plans.size());
    bench::Stopwatch wall;
    std::vector<std::thread> pool;
    for (int t = 0; t < concurrency; ++t) {
        pool.emplace_back([&] {
            ready.arrive_and_wait();
            for (std::size_t i = next++; i < plans.size(); i = next++) {
                std::string db = devDir + "/" + fs::path(plans[i].db).filename().string();
                bench::Stopwatch one;
                auto store = Store::open(db);
                auto transport = makeTransport();
                SyncReport report;
                Status st(ErrorCode::Internal, "no store");
                if (store) {
                    SyncOptions so;
                    so.maxAttempts = 40;
                    so.backoffMax = std::chrono::milliseconds(4000);
                    SyncEngine engine(**store, *transport, so);
                    if (step == Step::Push) {
                        st = engine.push(report);
                    } else {
                        auto r = engine.sync();
                        st = r.status();
                        if (r) report = *r;
                    }
                }
                double ms = one.elapsedMs();
                std::lock_guard lock(mutex);
                if (!st) {
                    ++stats.failures;
                    std::fprintf(stderr, "gridwork-load: device %zu: %s\n", i, st.toString().c_str());
                    continue;
                }
                stats.latenciesMs[i] += ms;
                stats.pushed += report.pushed;
                stats.pulled += report.pulled;
                stats.bytesUp += report.bytesUp;
                stats.bytesDown += report.bytesDown;
                stats.retries += report.retries;
            }
        });
    }
    for (auto& t : pool) t.join();
    stats.wallS += wall.elapsedS();
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) die("missing value for " + a);
            return argv[++i];
        };
        if (a == "--devices")
            opt.devices = std::stoi(value());
        else if (a == "--concurrency" || a == "--threads")
            opt.concurrency = std::stoi(value());
        else if (a == "--dir")
            opt.dir = value();
        else if (a == "--quick")
            opt.quick = true;
        else if (a == "--keep")
            opt.keep = true;
        else if (a == "--inprocess-first")
            opt.inprocessFirst = true;
        else if (a == "--help" || a == "-h") {
            std::printf("usage: gridwork-load [--devices N] [--concurrency N] [--quick] [--dir DIR] [--keep] "
                        "[--inprocess-first]\n");
            return 0;
        } else
            die("unknown option " + a);
    }
    if (opt.quick && opt.devices == 546) opt.devices = 24;
    if (opt.concurrency == 0) opt.concurrency = opt.devices;
    if (opt.devices < 1 || opt.devices > 5000 || opt.concurrency < 1) die("--devices 1..5000, --concurrency >= 1");
    opt.concurrency = std::min(opt.concurrency, opt.devices);
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
    auto plans = orDie(load::seedTownship(netData, netDev, opt.devices), "seed the township");
    std::uint64_t outbox = 0;
    for (std::size_t i = 0; i < plans.size(); ++i)
        outbox += orDie(load::writeDay(plans[i], static_cast<int>(i)), "write a day");
    copyTree(opt.dir + "/net", opt.dir + "/inproc");

    RunStats net, in;
    double peakMb = 0, cpuPerPushMs = 0;
    auto runNetwork = [&] {
        // Over HTTP against a real server process.
        int port = freePort();
        std::string url = "http://127.0.0.1:" + std::to_string(port);
        std::string log = opt.dir + "/server.log";
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&fa, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        std::vector<std::string> args{GRIDWORK_SERVER_BIN,
                                      "serve",
                                      "--data",
                                      netData,
                                      "--listen",
                                      url,
                                      "--max-conns-per-peer",
                                      std::to_string(opt.devices + 64)};
        std::vector<char*> cargs;
        for (auto& s : args) cargs.push_back(s.data());
        cargs.push_back(nullptr);
        pid_t server = -1;
        if (posix_spawn(&server, cargs[0], &fa, nullptr, cargs.data(), environ) != 0)
            die("cannot start gridwork-server");
        posix_spawn_file_actions_destroy(&fa);
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
        std::fprintf(stderr, "gridwork-load: %d devices push, then sync, over HTTP (%d at a time)...\n", opt.devices,
                     opt.concurrency);
        auto makeHttp = [&] { return std::unique_ptr<Transport>(orDie(http::HttpTransport::create(ho), "transport")); };
        double cpu0 = cpuMs(server);
        runAll(plans, netDev, opt.concurrency, Step::Push, makeHttp, net);
        cpuPerPushMs = (cpuMs(server) - cpu0) / static_cast<double>(plans.size());
        runAll(plans, netDev, opt.concurrency, Step::Sync, makeHttp, net);
        peakMb = vmHwmMb(server);
        ::kill(server, SIGTERM);
        int status = 0;
        waitpid(server, &status, 0);
    };
    auto runInProcess = [&] {
        // The same work through the in-process service.
        std::fprintf(stderr, "gridwork-load: the same work in process...\n");
        server::SyncServiceOptions so;
        so.dbPath = inData + "/server.db";
        auto service = orDie(server::SyncService::open(so), "open in-process service");
        auto makeLoop = [&] { return std::unique_ptr<Transport>(new server::LoopbackTransport(*service)); };
        runAll(plans, inDev, opt.concurrency, Step::Push, makeLoop, in);
        runAll(plans, inDev, opt.concurrency, Step::Sync, makeLoop, in);
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
    r.add("devices", static_cast<std::int64_t>(opt.devices))
        .add("concurrency", static_cast<std::int64_t>(opt.concurrency));
    r.add("server_cpu_ms_per_push", cpuPerPushMs);
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
    r.add("retries", static_cast<std::int64_t>(net.retries));
    bench::Reporter().report(r);
    if (ownDir && !opt.keep) fs::remove_all(opt.dir);
    return net.failures + in.failures == 0 && net.pushed == outbox && in.pushed == outbox ? 0 : 1;
}
