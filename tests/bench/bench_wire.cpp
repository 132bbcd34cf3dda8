// Protocol v2 against v1 on the bytes that reach a 2G link (issue 9), same run:
//  wire_initial_pull — first sync of a 2,000-household / 6,000-resident grid: bytes on the wire
//                      (bodies as the HTTP transport sends them + HTTP/1.1 headers), requests,
//                      wall time in process, and the time it would take at 100 kbit/s, 300 ms.
//  wire_day_push     — one worker's day (40 visits, 2 patrols x 300 track points, 5 reports with
//                      2 events each, 10 resident phone edits) synced up: the same figures.
//  wire_encode_cpu   — encode+compress and decompress+decode, microseconds per 1,000 changes.
//  wire_compression  — the change blocks of both workloads under gzip and zstd levels, with and
//                      without the shipped dictionary (bytes and microseconds).
#include "bench_registry.h"
#include "bench_timing.h"
#include "bench_workload.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/core/wire/change_block.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/core/wire/compress.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"

#include <cstdio>
#include <cstdlib>

namespace gridwork::bench {

namespace {
namespace pb = ::gridwork::sync::v1;

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "bench_wire: %s\n", what.c_str());
    std::exit(1);
}

constexpr double kLinkBitsPerS = 100'000;     // one bar of EDGE
constexpr double kRttS = 0.6;                 // 300 ms each way
constexpr std::size_t kGzipThreshold = 1024;  // HttpTransportOptions / HttpEdgeOptions defaults

// What the HTTP transport and the edge put on the wire for one exchange: bodies as they send them
// (v1 bodies of 1 KiB or more gzipped both ways, v2 bodies as packed) and HTTP/1.1 headers, built
// here as the transport writes them (keep-alive; no TLS or TCP/IP overhead counted).
struct WireCounts {
    std::uint64_t requests = 0, up = 0, down = 0;
    // Seconds at 100 kbit/s with a 600 ms round trip: one round trip per request plus the
    // connection's, and the bytes both ways at the link's rate (serialised: a lower bound).
    double linkSeconds() const {
        return static_cast<double>(requests + 1) * kRttS + static_cast<double>(up + down) * 8 / kLinkBitsPerS;
    }
};

class WireMeter final : public Transport {
public:
    explicit WireMeter(Transport& inner) : m_inner(inner) {}
    std::uint64_t requests = 0, up = 0, down = 0;
    WireCounts counts() const { return {requests, up, down}; }

    Result<TransportReply> post(Endpoint endpoint, const std::string& body, const std::string& token) override {
        bool v2 = endpoint == Endpoint::Sync;
        std::size_t bodyUp = !v2 && body.size() >= kGzipThreshold ? wire::gzip(body).size() : body.size();
        std::string head = "POST " + std::string(endpointPath(endpoint)) +
                           " HTTP/1.1\r\nHost: township-server:8443\r\nUser-Agent: cpprestsdk/2.10.18\r\n"
                           "Connection: Keep-Alive\r\nContent-Type: application/x-protobuf\r\n";
        if (!v2) head += "Accept-Encoding: gzip\r\n";
        if (bodyUp != body.size()) head += "Content-Encoding: gzip\r\n";
        if (!token.empty()) head += "Authorization: Bearer " + token + "\r\n";
        head += "Content-Length: " + std::to_string(bodyUp) + "\r\n\r\n";
        ++requests;
        up += head.size() + bodyUp;
        auto reply = m_inner.post(endpoint, body, token);
        if (!reply) return reply;
        std::size_t bodyDown =
            !v2 && reply->body.size() >= kGzipThreshold ? wire::gzip(reply->body).size() : reply->body.size();
        std::string rhead = "HTTP/1.1 " + std::to_string(reply->httpStatus) +
                            " OK\r\nContent-Type: application/x-protobuf\r\nConnection: keep-alive\r\n";
        if (bodyDown != reply->body.size()) rhead += "Content-Encoding: gzip\r\n";
        rhead += "Content-Length: " + std::to_string(bodyDown) + "\r\n\r\n";
        down += rhead.size() + bodyDown;
        return reply;
    }

private:
    Transport& m_inner;
};

struct Township {
    std::unique_ptr<server::SyncService> service;
    Uuid grid = newUuidV7();
    Uuid worker;
};

Township openTownship(const std::string& path, int households) {
    Township t;
    server::SyncServiceOptions so;
    so.dbPath = path;
    so.durable = false;
    auto svc = server::SyncService::open(so);
    if (!svc) die(svc.status().toString());
    t.service = std::move(svc).value();
    if (Status st = t.service->write(gridRows(t.grid, households)); !st) die(st.toString());
    auto worker = t.service->createWorker("王秀英", "13800000001", {t.grid});
    if (!worker) die(worker.status().toString());
    t.worker = *worker;
    return t;
}

struct Phone {
    std::unique_ptr<Store> store;
};

Phone enrolledPhone(Township& t, const std::string& path) {
    StoreOptions o;
    o.durable = false;
    auto store = Store::open(path, o);
    if (!store) die(store.status().toString());
    Phone p{std::move(store).value()};
    auto code = t.service->issueEnrollmentCode(t.worker);
    if (!code) die(code.status().toString());
    server::LoopbackTransport link(*t.service);
    SyncEngine e(*p.store, link);
    if (Status st = e.enroll(*code, "bench"); !st) die(st.toString());
    return p;
}

struct Measured {
    WireCounts meter;
    double seconds = 0;
    SyncReport report;
};

void meteredSync(Township& t, Phone& p, bool v2, Measured& m) {
    server::LoopbackTransport link(*t.service);
    WireMeter meter(link);
    SyncOptions o;
    o.wireV2 = v2;
    SyncEngine e(*p.store, meter, o);
    Stopwatch sw;
    auto r = e.sync();
    m.seconds = sw.elapsedS();
    if (!r) die(r.status().toString());
    m.report = *r;
    m.meter = meter.counts();
}

void addSide(BenchResult& r, const std::string& tag, const Measured& m) {
    r.add(tag + "_bytes_up", static_cast<std::int64_t>(m.meter.up));
    r.add(tag + "_bytes_down", static_cast<std::int64_t>(m.meter.down));
    r.add(tag + "_requests", static_cast<std::int64_t>(m.meter.requests));
    r.add(tag + "_wall_s", m.seconds);
    r.add(tag + "_link_model_s", m.meter.linkSeconds());
}
}  // namespace

GRIDWORK_BENCHMARK(wireInitialPull, "wire_initial_pull",
                   "first sync of a 2,000-household / 6,000-resident grid: bytes on the wire, v2 vs v1");

static void wireInitialPull(BenchContext& ctx) {
    const int households = ctx.quick ? 200 : 2000;
    Township t = openTownship(ctx.dir + "/wire_initial_server.db", households);
    Measured m[2];
    for (int v = 0; v < 2; ++v) {
        Phone p = enrolledPhone(t, ctx.dir + "/wire_initial_phone" + std::to_string(v) + ".db");
        meteredSync(t, p, v == 1, m[v]);
    }
    double v1 = static_cast<double>(m[0].meter.up + m[0].meter.down);
    double v2 = static_cast<double>(m[1].meter.up + m[1].meter.down);
    BenchResult r{"wire_initial_pull", v2, "bytes", v1, {}};
    r.add("households", static_cast<std::int64_t>(households));
    r.add("residents", static_cast<std::int64_t>(households * 3));
    r.add("changes", static_cast<std::int64_t>(m[1].report.pulled));
    addSide(r, "v2", m[1]);
    addSide(r, "v1", m[0]);
    r.add("target_bytes", static_cast<std::int64_t>(150 * 1024));
    r.add("target_link_s", 15.0);
    r.add("subject", "SyncEngine::sync, protocol v2 (POST /v2/sync, zstd+dictionary change blocks) into SyncService");
    r.add("baseline_is", "the same first sync with protocol v1 (protobuf Change per column, gzip over 1 KiB)");
    r.add("wire_is", "bodies as the HTTP transport and edge send them plus HTTP/1.1 headers (keep-alive, no TLS); "
                     "link_model_s = (requests + 1) x 600 ms + bytes at 100 kbit/s");
    ctx.report(r);
}

GRIDWORK_BENCHMARK(wireDayPush, "wire_day_push", "one worker's day synced up: bytes on the wire, v2 vs v1");

static void wireDayPush(BenchContext& ctx) {
    const int households = ctx.quick ? 200 : 2000;
    Township t = openTownship(ctx.dir + "/wire_day_server.db", households);
    Measured m[2];
    std::uint64_t changes = 0;
    for (int v = 0; v < 2; ++v) {
        Phone p = enrolledPhone(t, ctx.dir + "/wire_day_phone" + std::to_string(v) + ".db");
        Measured first;
        meteredSync(t, p, true, first);  // the grid is on the phone; not measured
        if (Status st = writeWorkerDay(*p.store, t.grid, t.worker, {300, 2}); !st) die(st.toString());
        std::vector<RowWrite> edits;
        auto* q = p.store->database().prepare("SELECT id FROM residents ORDER BY id LIMIT 10");
        while (q && q->step())
            edits.push_back(RowWrite{"residents", q->getUuid(0), {}}.set(
                "phone", Value::text("1390571" + std::to_string(1000 + edits.size()))));
        if (q) q->reset();
        if (Status st = p.store->write(edits); !st) die(st.toString());
        changes = p.store->outboxCount();
        meteredSync(t, p, v == 1, m[v]);
    }
    BenchResult r{"wire_day_push", static_cast<double>(m[1].meter.up), "bytes", static_cast<double>(m[0].meter.up), {}};
    r.add("changes", static_cast<std::int64_t>(changes));
    addSide(r, "v2", m[1]);
    addSide(r, "v1", m[0]);
    r.add("target_bytes_up", static_cast<std::int64_t>(10 * 1024));
    r.add("target_link_s", 3.0);
    r.add("target_requests", static_cast<std::int64_t>(2));
    r.add("workload", "40 visits, 2 patrols x 300 track points, 5 reports with 2 events each, 10 resident phone edits");
    r.add("subject", "bytes up of SyncEngine::sync (push + pull) with protocol v2, after the grid's first sync");
    r.add("baseline_is", "the same day synced with protocol v1 on a second phone of the same grid");
    ctx.report(r);
}

namespace {
// The grid's rows as the server's log holds them: every column of a row with the writer's stamp.
std::vector<Change> gridChanges(int households) {
    Uuid grid = newUuidV7(), site = newUuidV7();
    std::vector<Change> out;
    Hlc hlc = makeHlc(1'780'000'000'000ull, 0);
    for (const RowWrite& w : gridRows(grid, households)) {
        ++hlc;
        for (const auto& [col, v] : w.columns) out.push_back({w.table, w.rowId, col, v, hlc, site, grid});
    }
    return out;
}

std::vector<Change> dayChanges(const std::string& path) {
    StoreOptions o;
    o.durable = false;
    auto store = Store::open(path, o);
    if (!store) die(store.status().toString());
    Uuid grid = newUuidV7();
    if (Status st = writeWorkerDay(**store, grid, newUuidV7(), {300, 2}); !st) die(st.toString());
    std::vector<Change> out;
    for (auto& e : (*store)->outbox(0, 1'000'000)) out.push_back(std::move(e.change));
    return out;
}

std::string v1Encode(std::span<const Change> page) {
    pb::PullResponse resp;
    for (const Change& c : page) wire::toProto(c, resp.add_changes());
    return wire::gzip(resp.SerializeAsString());
}
std::size_t v1Decode(const std::string& body) {
    auto raw = wire::gunzip(body);
    auto msg = wire::parseMessage<pb::PullResponse>(*raw);
    std::vector<Change> out;
    for (const auto& pc : msg->changes()) out.push_back(wire::fromProto(pc).value());
    return out.size();
}

template <typename F> double microsPer1000(std::size_t changes, int reps, F&& f) {
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) {
        Stopwatch sw;
        f();
        t.push_back(sw.elapsedS());
    }
    return median(t) * 1e6 * 1000.0 / static_cast<double>(changes);
}

constexpr std::size_t kPage = 5000;  // SyncOptions::pullBatch: the same pages for v1 and v2
}  // namespace

GRIDWORK_BENCHMARK(wireEncodeCpu, "wire_encode_cpu",
                   "encode+compress / decompress+decode, microseconds per 1,000 changes, v2 vs v1");

static void wireEncodeCpu(BenchContext& ctx) {
    auto changes = gridChanges(ctx.quick ? 200 : 2000);
    auto day = dayChanges(ctx.dir + "/wire_cpu_day.db");
    const int reps = ctx.quick ? 1 : 5;
    std::vector<std::string> v1Pages, v2Pages;
    auto encodeAll = [&](bool v2, std::span<const Change> all, std::vector<std::string>& out) {
        out.clear();
        for (std::size_t i = 0; i < all.size(); i += kPage) {
            auto page = all.subspan(i, std::min(kPage, all.size() - i));
            out.push_back(v2 ? wire::pack(wire::encodeChangeBlock(page)) : v1Encode(page));
        }
    };
    auto decodeAll = [&](bool v2, const std::vector<std::string>& pages) {
        std::size_t n = 0;
        for (const auto& p : pages) n += v2 ? wire::decodeChangeBlock(*wire::unpack(p))->size() : v1Decode(p);
        return n;
    };
    double enc1 = microsPer1000(changes.size(), reps, [&] { encodeAll(false, changes, v1Pages); });
    double enc2 = microsPer1000(changes.size(), reps, [&] { encodeAll(true, changes, v2Pages); });
    double dec1 = microsPer1000(changes.size(), reps, [&] { decodeAll(false, v1Pages); });
    double dec2 = microsPer1000(changes.size(), reps, [&] { decodeAll(true, v2Pages); });
    if (decodeAll(true, v2Pages) != changes.size()) die("v2 pages do not decode to the changes");
    std::vector<std::string> d1, d2;
    double denc1 = microsPer1000(day.size(), reps, [&] { encodeAll(false, day, d1); });
    double denc2 = microsPer1000(day.size(), reps, [&] { encodeAll(true, day, d2); });
    double ddec1 = microsPer1000(day.size(), reps, [&] { decodeAll(false, d1); });
    double ddec2 = microsPer1000(day.size(), reps, [&] { decodeAll(true, d2); });
    BenchResult r{"wire_encode_cpu", enc2 + dec2, "us_per_1000_changes", enc1 + dec1, {}};
    r.add("changes", static_cast<std::int64_t>(changes.size()));
    r.add("v2_encode_us", enc2).add("v2_decode_us", dec2).add("v1_encode_us", enc1).add("v1_decode_us", dec1);
    r.add("day_changes", static_cast<std::int64_t>(day.size()));
    r.add("day_v2_encode_us", denc2).add("day_v2_decode_us", ddec2);
    r.add("day_v1_encode_us", denc1).add("day_v1_decode_us", ddec1);
    r.add("subject", "encodeChangeBlock + pack (zstd 9, shipped dictionary); unpack + decodeChangeBlock; grid pull "
                     "changes in pages of 5,000 (day_*: one worker's day, the same pages)");
    r.add("baseline_is", "v1: PullResponse of protobuf Changes + gzip 6; gunzip + parse + fromProto");
    ctx.report(r);
}

GRIDWORK_BENCHMARK(wireCompression, "wire_compression",
                   "v2 change blocks under gzip / zstd levels / zstd with the shipped dictionary (bytes, us)");

static void wireCompression(BenchContext& ctx) {
    auto grid = gridChanges(ctx.quick ? 200 : 2000);
    auto day = dayChanges(ctx.dir + "/wire_comp_day.db");
    struct Set {
        const char* name;
        std::vector<std::string> blocks;
        std::size_t changes;
    } sets[] = {{"grid", {}, grid.size()}, {"day", {}, day.size()}};
    for (std::size_t i = 0; i < grid.size(); i += 20000)
        sets[0].blocks.push_back(wire::encodeChangeBlock(
            std::span<const Change>(grid).subspan(i, std::min<std::size_t>(20000, grid.size() - i))));
    sets[1].blocks.push_back(wire::encodeChangeBlock(day));
    struct Option {
        const char* name;
        wire::CompressOptions o;
    } options[] = {{"raw", {wire::Codec::Identity, 0}},        {"gzip6", {wire::Codec::Gzip, 6}},
                   {"gzip9", {wire::Codec::Gzip, 9}},          {"zstd1", {wire::Codec::Zstd, 1}},
                   {"zstd3", {wire::Codec::Zstd, 3}},          {"zstd9", {wire::Codec::Zstd, 9}},
                   {"zstd19", {wire::Codec::Zstd, 19}},        {"zstd3_dict", {wire::Codec::ZstdDict, 3}},
                   {"zstd9_dict", {wire::Codec::ZstdDict, 9}}, {"zstd19_dict", {wire::Codec::ZstdDict, 19}}};
    std::size_t best = 0, chosen = 0, gz = 0;
    BenchResult r{"wire_compression", 0, "bytes", 0, {}};
    for (const Set& s : sets) {
        for (const Option& opt : options) {
            std::size_t bytes = 0;
            double us = microsPer1000(s.changes, ctx.quick ? 1 : 3, [&] {
                bytes = 0;
                for (const auto& b : s.blocks) bytes += wire::pack(b, opt.o).size();
            });
            double dus = microsPer1000(s.changes, ctx.quick ? 1 : 3, [&] {
                for (const auto& b : s.blocks) (void)wire::unpack(wire::pack(b, opt.o));
            });
            r.add(std::string(s.name) + "_" + opt.name + "_bytes", static_cast<std::int64_t>(bytes));
            r.add(std::string(s.name) + "_" + opt.name + "_us_per_1000", us);
            r.add(std::string(s.name) + "_" + opt.name + "_roundtrip_us_per_1000", dus);
            if (std::string(s.name) == "day" && std::string(opt.name) == "zstd9_dict") chosen = bytes;
            if (std::string(s.name) == "day" && std::string(opt.name) == "gzip6") gz = bytes;
            (void)best;
        }
    }
    r.value = static_cast<double>(chosen);
    r.baseline = static_cast<double>(gz);
    r.add("dictionary_bytes", static_cast<std::int64_t>(wire::shippedDictionary().size()));
    r.add("subject", "the day's change block packed with zstd 9 and the shipped dictionary (the default)");
    r.add("baseline_is", "the same block gzip 6");
    ctx.report(r);
}

}  // namespace gridwork::bench
