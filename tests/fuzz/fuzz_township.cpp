#include "fuzz_township.h"

#include "gridwork/core/wire/codec.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace gridwork::fuzz {

namespace {
std::vector<std::string>& scratchDirs() {
    static std::vector<std::string> dirs;
    return dirs;
}

void removeScratch() {
    std::error_code ec;
    for (const auto& d : scratchDirs()) std::filesystem::remove_all(d, ec);
}

[[noreturn]] void die(const std::string& what) {
    std::fprintf(stderr, "fuzz township: %s\n", what.c_str());
    std::abort();
}
}  // namespace

std::string scratchDir(const char* name) {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/gridwork-fuzz-" + name + "-XXXXXX";
    if (!::mkdtemp(pattern.data())) die("mkdtemp failed");
    if (scratchDirs().empty()) std::atexit(removeScratch);
    scratchDirs().push_back(pattern);
    return pattern;
}

FuzzTownship& township() {
    static FuzzTownship* t = [] {
        auto* town = new FuzzTownship;
        town->dir = scratchDir("township");
        server::SyncServiceOptions o;
        o.dbPath = town->dir + "/server.db";
        o.durable = false;
        auto svc = server::SyncService::open(o);
        if (!svc) die(svc.status().toString());
        town->service = std::move(svc).value();
        town->grid = Uuid::parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b").value();
        auto w = town->service->createWorker("测试网格员", "13800000000", {town->grid});
        if (!w) die(w.status().toString());
        town->worker = *w;
        auto code = town->service->issueEnrollmentCode(*w);
        if (!code) die(code.status().toString());
        wire::pb::EnrollRequest req;
        req.set_enrollment_code(*code);
        req.set_site_id(wire::uuidBytes(newUuidV7()));
        req.set_device_label("fuzz");
        auto reply = town->service->handle(Endpoint::Enroll, req.SerializeAsString(), "");
        auto resp = wire::parseMessage<wire::pb::EnrollResponse>(reply.body);
        if (reply.httpStatus != 200 || !resp) die("enrollment failed");
        town->token = resp->device_token();
        return town;
    }();
    return *t;
}

}  // namespace gridwork::fuzz
