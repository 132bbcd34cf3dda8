// gridwork-wire-dict --out FILE [--size BYTES] [--seed S] — protocol v2's shipped zstd dictionary.
//
// Seeds the demo township (demo_township.h) into a scratch server, reads every grid's compacted
// log in server order as a device's pull would get it, cuts it into change blocks of the sizes
// that travel (pushes and pull pages: 200 to 2,000 changes), and trains a zstd dictionary on them
// (ZDICT_trainFromBuffer). The file is committed as core/src/wire/dict/changes_v2.zdict and built
// into the core; retrain (and commit) when the wire schema changes. Deterministic for a seed.
#include "demo_township.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/change_block.h"
#include "gridwork/server/sync_service.h"

#include <zdict.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace gridwork;

int main(int argc, char** argv) {
    std::string out;
    std::size_t size = 16 * 1024;
    std::uint64_t seed = 20240917;
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--out")
            out = argv[i + 1];
        else if (a == "--size")
            size = std::strtoull(argv[i + 1], nullptr, 10);
        else if (a == "--seed")
            seed = std::strtoull(argv[i + 1], nullptr, 10);
    }
    if (out.empty()) {
        std::fprintf(stderr, "usage: gridwork-wire-dict --out FILE [--size BYTES] [--seed S]\n");
        return 2;
    }
    auto dir = std::filesystem::temp_directory_path() / ("gridwork-wire-dict-" + std::to_string(seed));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    server::SyncServiceOptions so;
    so.dbPath = (dir / "server.db").string();
    so.durable = false;
    auto svc = server::SyncService::open(so);
    if (!svc) {
        std::fprintf(stderr, "gridwork-wire-dict: %s\n", svc.status().toString().c_str());
        return 1;
    }
    server::demo::DemoOptions demo;
    demo.seed = seed;
    demo.today = "2026-05-28";
    if (auto s = server::demo::seedDemoTownship(**svc, demo); !s) {
        std::fprintf(stderr, "gridwork-wire-dict: %s\n", s.status().toString().c_str());
        return 1;
    }
    std::vector<Change> changes;
    Status st = (*svc)->withStore([&](Store& store) -> Status {
        auto* q = store.database().prepare(
            "SELECT tbl,row_id,col,value,hlc,site,grid_id FROM server_log ORDER BY grid_id, server_seq");
        if (!q) return Status(ErrorCode::Storage, store.database().lastError());
        while (q->step())
            changes.push_back({q->getText(0), q->getUuid(1), q->getText(2), q->getValue(3),
                               static_cast<Hlc>(q->getInt(4)), q->getUuid(5), q->getUuid(6)});
        q->reset();
        return Status::ok();
    });
    if (!st) {
        std::fprintf(stderr, "gridwork-wire-dict: %s\n", st.toString().c_str());
        return 1;
    }
    std::string samples;
    std::vector<std::size_t> sizes;
    const std::size_t cuts[] = {200, 500, 1000, 2000};
    for (std::size_t i = 0, k = 0; i < changes.size(); ++k) {
        std::size_t n = std::min(cuts[k % 4], changes.size() - i);
        std::string block = wire::encodeChangeBlock(std::span<const Change>(changes).subspan(i, n));
        samples += block;
        sizes.push_back(block.size());
        i += n;
    }
    std::vector<char> dict(size);
    std::size_t got = ZDICT_trainFromBuffer(dict.data(), dict.size(), samples.data(), sizes.data(),
                                            static_cast<unsigned>(sizes.size()));
    if (ZDICT_isError(got)) {
        std::fprintf(stderr, "gridwork-wire-dict: training failed: %s\n", ZDICT_getErrorName(got));
        return 1;
    }
    std::ofstream(out, std::ios::binary).write(dict.data(), static_cast<std::streamsize>(got));
    std::filesystem::remove_all(dir);
    std::printf("{\"changes\":%zu,\"samples\":%zu,\"sample_bytes\":%zu,\"dictionary_bytes\":%zu}\n", changes.size(),
                sizes.size(), samples.size(), got);
    return 0;
}
