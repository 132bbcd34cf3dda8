// gridwork-fuzz-seeds OUT — writes the seed corpora of tests/fuzz from real traffic of a small
// demo township (`init --demo`'s seeder, 40 households): the enroll, push and pull bodies a
// device sends, the pull replies it gets, attachment bodies, gzip of those, the head of the
// sample ledger CSV, and demo ID numbers and phones. Deterministic apart from ids and stamps.
// Run by hand when the wire format changes: `build-fuzz/tests/fuzz/gridwork-fuzz-seeds tests/fuzz/corpus`.
#include "demo/demo_township.h"
#include "fuzz_township.h"
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/core/wire/compress.h"
#include "gridwork/server/loopback_transport.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

using namespace gridwork;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kMaxSeed = 48 * 1024;

class Recorder final : public Transport {
public:
    explicit Recorder(Transport& inner) : m_inner(inner) {}
    std::map<std::string, std::vector<std::string>> bodies;  // target name → bodies
    Result<TransportReply> post(Endpoint e, const std::string& body, const std::string& token) override {
        auto reply = m_inner.post(e, body, token);
        std::string name = e == Endpoint::Enroll ? "enroll"
                           : e == Endpoint::Push ? "push"
                           : e == Endpoint::Sync ? "sync_v2"
                                                 : "pull";
        keep(name, body);
        if (reply && e == Endpoint::Pull) keep("pull_reply", reply->body);
        return reply;
    }
    void keep(const std::string& name, const std::string& body) {
        if (body.size() <= kMaxSeed && bodies[name].size() < 4) bodies[name].push_back(body);
    }

private:
    Transport& m_inner;
};

void write(const fs::path& dir, const std::vector<std::string>& seeds) {
    fs::create_directories(dir);
    int n = 0;
    for (const auto& s : seeds) std::ofstream(dir / ("seed-" + std::to_string(++n)), std::ios::binary) << s;
}
}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: gridwork-fuzz-seeds OUT LEDGER_SAMPLE_CSV\n";
        return 2;
    }
    fs::path out = argv[1];
    std::string dir = fuzz::scratchDir("seeds");
    server::SyncServiceOptions so;
    so.dbPath = dir + "/server.db";
    so.durable = false;
    auto service = server::SyncService::open(so);
    if (!service) return std::cerr << service.status().toString() << "\n", 1;
    server::demo::DemoOptions demo;
    demo.households = 40;
    demo.today = "2026-05-28";
    auto summary = server::demo::seedDemoTownship(**service, demo);
    if (!summary) return std::cerr << summary.status().toString() << "\n", 1;
    const auto& account = summary->gridWorkers.at(0);

    server::LoopbackTransport loop(**service);
    Recorder rec(loop);
    Uuid person;  // the last resident written on a phone (the console's unmask seed)
    // One phone speaking v1 (push, pull, pull_reply seeds) and one speaking v2 (sync_v2 seeds),
    // each enrolled, given its first pull, then a day's writes pushed.
    for (bool v2 : {false, true}) {
        auto store = Store::open(dir + (v2 ? "/device-v2.db" : "/device-v1.db"), StoreOptions{.durable = false});
        if (!store) return 1;
        SyncOptions eo;
        eo.pullBatch = 60;
        eo.wireV2 = v2;
        eo.sleep = [](std::chrono::milliseconds) {};
        SyncEngine engine(**store, rec, eo);
        auto code = (*service)->issueEnrollmentCode(account.workerId);
        if (!code || !engine.enroll(*code, v2 ? "seed phone v2" : "seed phone v1").isOk()) return 1;
        if (!engine.sync()) return 1;
        // A household with a resident and a visit written on the phone, then pushed.
        Uuid hh = newUuidV7(), visit = newUuidV7();
        person = newUuidV7();
        RowWrite h{"households", hh, {}};
        h.set("grid_id", account.gridId.toValue()).set("address", Value::text("青山村3组12号"));
        h.set("kind", Value::text("own")).set("status", Value::text("living")).set("head_name", Value::text("李建国"));
        RowWrite r{"residents", person, {}};
        r.set("grid_id", account.gridId.toValue()).set("household_id", hh.toValue()).set("name", Value::text("李建国"));
        r.set("id_number", Value::text("11010519491231002X")).set("phone", Value::text("13912345678"));
        r.set("tags", Value::text("elderly_alone")).set("status", Value::text("present"));
        RowWrite v{"visits", visit, {}};
        v.set("grid_id", account.gridId.toValue())
            .set("household_id", hh.toValue())
            .set("kind", Value::text("routine"));
        v.set("outcome", Value::text("normal"))
            .set("note", Value::text("身体尚好"))
            .set("visit_date", Value::text("2026-05-28"));
        if (!(*store)->write({h, r, v}).isOk() || !engine.sync()) return 1;
    }

    // Attachments: a status request and the chunks of a small photo.
    std::string photo(3000, '\0');
    for (std::size_t i = 0; i < photo.size(); ++i) photo[i] = static_cast<char>((i * 7919) & 0xff);
    std::string sha = sha256Hex(photo);
    std::vector<std::string> attach;
    wire::pb::AttachmentStatusRequest st;
    st.set_sha256(sha);
    attach.push_back(std::string(1, '\0') + st.SerializeAsString());
    for (std::size_t off = 0; off < photo.size(); off += 1500) {
        wire::pb::AttachmentChunk c;
        c.set_sha256(sha);
        c.set_offset(off);
        c.set_total_size(photo.size());
        c.set_data(photo.substr(off, 1500));
        c.set_mime("image/jpeg");
        c.set_grid_id(wire::uuidBytes(account.gridId));
        attach.push_back(std::string(1, '\1') + c.SerializeAsString());
    }
    attach.push_back(std::string(1, '\2') + st.SerializeAsString());
    rec.bodies["attachment"] = attach;

    std::vector<std::string> gz;
    for (const auto& name : {"push", "pull_reply"})
        if (!rec.bodies[name].empty()) gz.push_back(wire::gzip(rec.bodies[name].front()));
    gz.push_back(wire::gzip(""));
    rec.bodies["gunzip"] = gz;

    std::vector<std::string> packed;
    if (!rec.bodies["push"].empty())
        for (auto codec : {wire::Codec::Identity, wire::Codec::Gzip, wire::Codec::Zstd, wire::Codec::ZstdDict})
            packed.push_back(wire::pack(rec.bodies["push"].front(), {codec, 3}));
    rec.bodies["unpack"] = packed;

    // The console: a route byte (fuzz_console.cpp's kRoutes), the parameter line, the JSON body.
    rec.bodies["console"] = {
        std::string(1, '\0') + "CN20260528001\n{\"action\":\"accept\",\"note\":\"已受理\"}",
        std::string(1, '\1') + "\n{\"numbers\":[\"CN20260528001\"],\"action\":\"dispatch\",\"department\":\"城管办\"}",
        std::string(1, '\2') + "\n{\"resident_id\":\"" + person.toString() + "\",\"reason\":\"核实身份\"}",
        std::string(1, '\3') + "\n{\"title\":\"核查\",\"grid_id\":\"" + account.gridId.toString() +
            "\",\"due\":\"2026-06-01\"}",
        std::string(1, '\7') + "status=reported&page=1&page_size=20&q=%E6%9D%8E\n",
    };

    std::ifstream csv(argv[2]);
    std::string line, head;
    for (int i = 0; i < 12 && std::getline(csv, line); ++i) head += line + "\n";
    rec.bodies["ledger_csv"] = {std::string(1, '\0') + head, std::string(1, '\1') + head};

    std::vector<std::string> people;
    (void)(*service)->withStore([&](Store& s) {
        db::Statement* p = s.database().prepare("SELECT id_number, phone FROM residents WHERE id_number<>'' LIMIT 4");
        while (p && p->step()) {
            people.push_back(p->getText(0));
            people.push_back(p->getText(1));
        }
        if (p) p->reset();
        return Status::ok();
    });
    rec.bodies["validators"] = people;

    for (const auto& [name, seeds] : rec.bodies) write(out / name, seeds);
    std::cout << "seeds written to " << out.string() << "\n";
    return 0;
}
