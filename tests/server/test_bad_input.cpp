// Bad input sent with curl gets a typed error with the right HTTP status, changes nothing, and
// never takes the server down. Also: HTTPS with a self-signed pair, and a clean SIGTERM.
#include "device_files.h"
#include "server_fixture.h"
#include "temp_dir.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"

#include <doctest/doctest.h>

#include <csignal>
#include <functional>

using namespace gridwork;
using namespace gridwork::testing;

namespace {

constexpr const char* kGridA = "青山村第一网格";
constexpr const char* kGridB = "锦绣社区第一网格";

struct Answer {
    int http = 0;
    ErrorCode code = ErrorCode::Ok;
    std::string message;
};

// POSTs the file's bytes with curl; decodes the typed error body.
Answer post(const TempDir& tmp, const std::string& url, const std::string& path, const std::string& bodyFile,
            const std::vector<std::string>& headers) {
    std::vector<std::string> args{"-o",   tmp.file("answer.bin"), "-w",          "%{http_code}", "-X",
                                  "POST", "--data-binary",        "@" + bodyFile};
    for (const auto& h : headers) args.insert(args.end(), {"-H", h});
    args.push_back(url + path);
    RunResult r = curl(args, tmp.path());
    Answer a;
    a.http = std::atoi(trim(r.out).c_str());
    std::string body = readFile(tmp.file("answer.bin"));
    Status s = wire::decodeError(a.http, body);
    a.code = s.code();
    a.message = s.message();
    return a;
}

std::string tokenOf(const Device& d, Uuid* site) {
    auto store = gridwork::testing::openDeviceStore(d.db());
    REQUIRE(store.isOk());
    *site = (*store)->siteId();
    return (*store)->meta("sync.token").value_or("");
}

std::string pushBody(const std::string& table, const std::string& column, const std::string& gridId,
                     std::uint64_t firstSeq, const Uuid& site) {
    wire::pb::PushRequest req;
    req.set_first_seq(firstSeq);
    auto* c = req.add_changes();
    c->set_table(table);
    c->set_row_id(wire::uuidBytes(newUuidV7()));
    c->set_column(column);
    c->mutable_value()->set_text_value("坏数据");
    c->set_hlc(static_cast<std::uint64_t>(newUuidV7().unixMs()) << 16);
    c->set_site_id(wire::uuidBytes(site));
    c->set_grid_id(wire::uuidBytes(*Uuid::parse(gridId)));
    return req.SerializeAsString();
}

std::string gridIdOf(const Township& t, const std::string& name) {
    std::string dump = t.dump();
    auto at = dump.find("\"name\": \"" + name + "\"");
    REQUIRE(at != std::string::npos);
    auto start = dump.rfind("{\"id\": \"", at);
    return dump.substr(start + 8, 36);
}

}  // namespace

TEST_CASE("malformed, oversized, unauthenticated and out-of-scope requests: typed errors, nothing changed") {
    TempDir tmp;
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start({"--max-body-mb", "1"}));
    auto [w1, code1] = town.addWorker("孙丽", kGridA);
    Device d(tmp.path(), "d");
    REQUIRE(d.enroll(town, code1).exitCode == 0);
    REQUIRE(d.run({"household", "add", "--address", "青山村1组1号"}).exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);
    Uuid site;
    const std::string token = tokenOf(d, &site);
    REQUIRE(!token.empty());
    const std::string auth = "Authorization: Bearer " + token;
    const std::string proto = "Content-Type: application/x-protobuf";
    const std::string gridA = gridIdOf(town, kGridA), gridB = gridIdOf(town, kGridB);
    const std::string before = town.dump();

    writeFile(tmp.file("garbage"), std::string("\x0a\xff\xff\xff\xff\x0f garbage that is not protobuf", 36));
    Answer a = post(tmp, town.url(), "/v1/push", tmp.file("garbage"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::Malformed);
    a = post(tmp, town.url(), "/v1/pull", tmp.file("garbage"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::Malformed);
    a = post(tmp, town.url(), "/v1/enroll", tmp.file("garbage"), {proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::Malformed);
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("garbage"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::Malformed);

    // Missing and bad tokens.
    writeFile(tmp.file("empty-pull"), "");
    a = post(tmp, town.url(), "/v1/pull", tmp.file("empty-pull"), {proto});
    CHECK(a.http == 401);
    CHECK(a.code == ErrorCode::Unauthenticated);
    a = post(tmp, town.url(), "/v1/pull", tmp.file("empty-pull"), {"Authorization: Bearer not-a-token", proto});
    CHECK(a.http == 401);
    CHECK(a.code == ErrorCode::Unauthenticated);
    a = post(tmp, town.url(), "/v1/attachments/status", tmp.file("empty-pull"), {"Authorization: Basic eDp5", proto});
    CHECK(a.http == 401);

    // Over the 1 MB limit, plain and as a gzip bomb; broken gzip.
    writeFile(tmp.file("big"), std::string(2 * 1024 * 1024, 'x'));
    a = post(tmp, town.url(), "/v1/push", tmp.file("big"), {auth, proto});
    CHECK(a.http == 413);
    CHECK(a.code == ErrorCode::TooLarge);
    writeFile(tmp.file("bomb"), wire::gzip(std::string(8 * 1024 * 1024, '\0')));
    a = post(tmp, town.url(), "/v1/push", tmp.file("bomb"), {auth, proto, "Content-Encoding: gzip"});
    CHECK(a.http == 413);
    CHECK(a.code == ErrorCode::TooLarge);
    a = post(tmp, town.url(), "/v1/push", tmp.file("garbage"), {auth, proto, "Content-Encoding: gzip"});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::Malformed);

    // Well-formed protobuf with wrong content.
    writeFile(tmp.file("unknown-table"), pushBody("no_such_table", "name", gridA, 1000, site));
    a = post(tmp, town.url(), "/v1/push", tmp.file("unknown-table"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::UnknownTable);
    writeFile(tmp.file("unknown-column"), pushBody("households", "no_such_column", gridA, 1000, site));
    a = post(tmp, town.url(), "/v1/push", tmp.file("unknown-column"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::UnknownColumn);
    writeFile(tmp.file("wrong-grid"), pushBody("households", "address", gridB, 1000, site));
    a = post(tmp, town.url(), "/v1/push", tmp.file("wrong-grid"), {auth, proto});
    CHECK(a.http == 403);
    CHECK(a.code == ErrorCode::WrongGrid);

    // Attachments: a bad hash, a hash mismatch (nothing kept), an upload into another grid.
    wire::pb::AttachmentChunk chunk;
    chunk.set_sha256(std::string(64, 'a'));
    chunk.set_offset(0);
    chunk.set_total_size(5);
    chunk.set_data("hello");
    chunk.set_grid_id(wire::uuidBytes(*Uuid::parse(gridA)));
    writeFile(tmp.file("mismatch"), chunk.SerializeAsString());
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("mismatch"), {auth, proto});
    CHECK(a.http == 422);
    CHECK(a.code == ErrorCode::HashMismatch);
    CHECK(readFile(town.dir() + "/attachments/partial/" + std::string(64, 'a') + ".part").empty());
    chunk.set_grid_id(wire::uuidBytes(*Uuid::parse(gridB)));
    writeFile(tmp.file("other-grid"), chunk.SerializeAsString());
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("other-grid"), {auth, proto});
    CHECK(a.http == 403);
    CHECK(a.code == ErrorCode::WrongGrid);
    // Out of step (the server holds 0 bytes), and over the attachment size limit.
    chunk.set_grid_id(wire::uuidBytes(*Uuid::parse(gridA)));
    chunk.set_sha256(std::string(64, 'b'));
    chunk.set_offset(4096);
    chunk.set_total_size(8192);
    writeFile(tmp.file("gap"), chunk.SerializeAsString());
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("gap"), {auth, proto});
    CHECK(a.http == 409);
    CHECK(a.code == ErrorCode::Conflict);
    chunk.set_offset(0);
    chunk.set_total_size(1ull << 40);
    writeFile(tmp.file("huge"), chunk.SerializeAsString());
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("huge"), {auth, proto});
    CHECK(a.http == 413);
    CHECK(a.code == ErrorCode::TooLarge);
    chunk.set_total_size(5);
    chunk.set_sha256("NOT-HEX");
    writeFile(tmp.file("bad-hash"), chunk.SerializeAsString());
    chunk.set_grid_id(wire::uuidBytes(*Uuid::parse(gridA)));
    writeFile(tmp.file("bad-hash"), chunk.SerializeAsString());
    a = post(tmp, town.url(), "/v1/attachments/chunk", tmp.file("bad-hash"), {auth, proto});
    CHECK(a.http == 400);
    CHECK(a.code == ErrorCode::InvalidArgument);

    // Routing.
    a = post(tmp, town.url(), "/v1/nothing", tmp.file("garbage"), {auth});
    CHECK(a.http == 404);
    CHECK(a.code == ErrorCode::NotFound);
    RunResult get = curl({"-o", "/dev/null", "-w", "%{http_code}", town.url() + "/v1/push"}, tmp.path());
    CHECK(trim(get.out) == "405");

    // Alive, unchanged, and the device still syncs normally (its push sequence untouched).
    RunResult health = curl({"-w", "\n%{http_code}", town.url() + "/healthz"}, tmp.path());
    CHECK(health.out.find("200") != std::string::npos);
    CHECK(town.dump() == before);
    REQUIRE(d.run({"household", "add", "--address", "青山村1组2号"}).exitCode == 0);
    RunResult ok = d.sync();
    INFO(ok.err);
    CHECK(ok.exitCode == 0);
    CHECK(d.dump() == town.dump(kGridA));

    // A revoked token is refused from then on.
    REQUIRE(town.admin({"worker", "revoke", "--worker", w1}).exitCode == 0);
    a = post(tmp, town.url(), "/v1/pull", tmp.file("empty-pull"), {auth, proto});
    CHECK(a.http == 401);
    CHECK(a.code == ErrorCode::Unauthenticated);
    RunResult refused = d.sync();
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("Unauthenticated") != std::string::npos);
    CHECK(town.running());
}

TEST_CASE("HTTPS with a self-signed certificate made by openssl at test time") {
    TempDir tmp;
    RunResult gen = runProcess({"openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                                tmp.file("key.pem"), "-out", tmp.file("cert.pem"), "-days", "2", "-subj",
                                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"},
                               tmp.path());
    REQUIRE(gen.exitCode == 0);
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start({"--cert", tmp.file("cert.pem"), "--key", tmp.file("key.pem")}, true));
    CHECK(town.url().rfind("https://", 0) == 0);
    RunResult health =
        curl({"--cacert", tmp.file("cert.pem"), "-w", "%{http_code}", "-o", "/dev/null", town.url() + "/healthz"},
             tmp.path());
    CHECK(trim(health.out) == "200");

    auto [w, code] = town.addWorker("马晓燕", kGridA);
    // Without trusting the certificate the device refuses to talk (and the code is not spent).
    Device untrusting(tmp.path(), "untrusting");
    RunResult refused = untrusting.enroll(town, code);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.find("Unavailable") != std::string::npos);

    Device d(tmp.path(), "tls");
    RunResult enrolled = d.enroll(town, code, {"--ca-file", tmp.file("cert.pem")});
    INFO(enrolled.err);
    REQUIRE(enrolled.exitCode == 0);
    REQUIRE(d.run({"report", "add", "--text", "加密通道测试"}).exitCode == 0);
    RunResult s = d.sync();  // the CA file was remembered at enrollment
    INFO(s.err);
    REQUIRE(s.exitCode == 0);
    CHECK(d.dump() == town.dump(kGridA));
    CHECK(town.log().find("POST /v2/sync 200") != std::string::npos);  // phones speak v2 (sync-protocol.md)
}

TEST_CASE("SIGTERM: the server stops accepting, finishes what is in flight and exits 0; nothing is lost") {
    TempDir tmp;
    Township town(tmp.path(), true, 60);
    REQUIRE(town.start());
    auto [w, code] = town.addWorker("何志明", kGridA);
    Device d(tmp.path(), "d");
    REQUIRE(d.enroll(town, code).exitCode == 0);
    for (int i = 0; i < 30; ++i)
        REQUIRE(d.run({"diary", "add", "--text", "巡查记录" + std::to_string(i)}).exitCode == 0);
    Process sync;
    REQUIRE(sync.start({GRIDWORK_DEVICE_BIN, "--db", d.db(), "sync", "--attempts", "1"}, tmp.file("s.out"),
                       tmp.file("s.err")));
    sleepMs(5);
    CHECK(town.stop() == 0);
    sync.wait(30000);
    CHECK(town.log().find("stopped") != std::string::npos);
    REQUIRE(town.start());
    REQUIRE(d.sync().exitCode == 0);
    std::string server = town.dump(kGridA);
    CHECK(d.dump() == server);
    for (int i = 0; i < 30; ++i) CHECK(server.find("巡查记录" + std::to_string(i) + "\"") != std::string::npos);
}

TEST_CASE("attachments: status and download are authorised by the grids that hold the photo") {
    TempDir tmp;
    Township town(tmp.path(), true, 40);
    REQUIRE(town.start());
    auto [w1, code1] = town.addWorker("周海燕", kGridA);
    auto [w2, code2] = town.addWorker("郑小红", kGridB);
    Device d(tmp.path(), "camera"), stranger(tmp.path(), "stranger");
    REQUIRE(d.enroll(town, code1).exitCode == 0);
    REQUIRE(stranger.enroll(town, code2).exitCode == 0);
    std::string photo(40 * 1024, 'p');
    writeFile(tmp.file("photo.jpg"), photo);
    const std::string sha = sha256Hex(photo);
    RunResult rep = d.run({"report", "add", "--text", "占道", "--category", "environment", "--photo", sha, "--json"});
    REQUIRE(rep.exitCode == 0);
    REQUIRE(d.run({"attachment", "add", "--file", tmp.file("photo.jpg"), "--owner-table", "reports", "--owner",
                   jsonString(rep.out, "id")})
                .exitCode == 0);
    REQUIRE(d.sync().exitCode == 0);

    Uuid site;
    const std::string auth = "Authorization: Bearer " + tokenOf(stranger, &site);
    const std::string proto = "Content-Type: application/x-protobuf";
    auto statusOf = [&](const std::string& hash) {
        wire::pb::AttachmentStatusRequest req;
        req.set_sha256(hash);
        writeFile(tmp.file("status"), req.SerializeAsString());
        std::vector<std::string> args{"-s",
                                      "-o",
                                      tmp.file("status.bin"),
                                      "-w",
                                      "%{http_code}",
                                      "-X",
                                      "POST",
                                      "--data-binary",
                                      "@" + tmp.file("status"),
                                      "-H",
                                      auth,
                                      "-H",
                                      proto,
                                      town.url() + "/v1/attachments/status"};
        RunResult r = curl(args, tmp.path());
        wire::pb::AttachmentStatusResponse resp;
        CHECK(trim(r.out) == "200");
        CHECK(resp.ParseFromString(readFile(tmp.file("status.bin"))));
        return std::make_pair(resp.bytes_held(), resp.complete());
    };
    // Whether the photo exists is not told to another grid: the same answer as for no photo.
    CHECK(statusOf(sha) == std::make_pair<std::uint64_t, bool>(0, false));
    CHECK(statusOf(std::string(64, 'c')) == std::make_pair<std::uint64_t, bool>(0, false));

    // An attachment row in his own grid naming the other grid's hash does not open the photo.
    wire::pb::PushRequest push;
    push.set_first_seq(1);
    Uuid row = newUuidV7();
    auto add = [&](const std::string& column, const std::function<void(wire::pb::Value*)>& set) {
        auto* c = push.add_changes();
        c->set_table("attachments");
        c->set_row_id(wire::uuidBytes(row));
        c->set_column(column);
        set(c->mutable_value());
        c->set_hlc(static_cast<std::uint64_t>(newUuidV7().unixMs()) << 16);
        c->set_site_id(wire::uuidBytes(site));
        c->set_grid_id(wire::uuidBytes(*Uuid::parse(gridIdOf(town, kGridB))));
    };
    add("grid_id",
        [&](wire::pb::Value* v) { v->set_blob_value(wire::uuidBytes(*Uuid::parse(gridIdOf(town, kGridB)))); });
    add("sha256", [&](wire::pb::Value* v) { v->set_text_value(sha); });
    add("deleted", [&](wire::pb::Value* v) { v->set_int_value(0); });
    writeFile(tmp.file("claim"), push.SerializeAsString());
    Answer claimed = post(tmp, town.url(), "/v1/push", tmp.file("claim"), {auth, proto});
    CHECK(claimed.http == 200);
    RunResult denied = stranger.run({"attachment", "fetch", "--sha256", sha, "--out", tmp.file("leak.jpg")});
    CHECK(denied.exitCode == 1);
    CHECK(denied.err.find("NotFound") != std::string::npos);
    CHECK(readFile(tmp.file("leak.jpg")).empty());
}
