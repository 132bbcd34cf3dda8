// enroll | sync | status | attachment — the device talking to the township server over HTTP(S)
// with the same sync engine the phone uses (core/sync/sync_engine.h + core/http).
//
//   enroll --server URL --code CODE   exchange a one-time code for a device token; the server URL,
//                                     worker and grid become this device's defaults
//   sync [--server URL]               push the outbox, pull the scope, upload pending photos;
//                                     a progress line on stderr; exit 1 on a failure (the next
//                                     sync resumes where this one stopped)
//   status [--json]                   pending changes, last sync, conflicts, last error
//   attachment add|fetch              record a local file as an attachment / download one by hash
// Compiled only with the server parts (GRIDWORK_BUILD_SERVER): it needs cpprestsdk.
#include "device_context.h"
#include "invocation.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/attachment_repo.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/http/attachment_sync.h"
#include "gridwork/http/http_transport.h"

#include <fstream>
#include <iostream>
#include <sstream>
#include <unistd.h>

namespace gridwork::device {

namespace {

constexpr const char* kMetaServer = "sync.server_url";

const std::vector<OptionSpec>& connectionOptions() {
    static const std::vector<OptionSpec> opts = {
        {"server", "URL", "the township server, e.g. https://grid.example.cn:8443 (default: the enrolled one)"},
        {"ca-file", "FILE", "trust this PEM certificate (a township's own CA or self-signed certificate)"},
        {"insecure", "", "do not verify the server's TLS certificate (testing only)"},
        {"timeout-ms", "MS", "per-request timeout (default 30000)"},
    };
    return opts;
}

std::vector<OptionSpec> withConnection(std::vector<OptionSpec> own) {
    for (const auto& o : connectionOptions()) own.push_back(o);
    return own;
}

Result<std::unique_ptr<http::HttpTransport>> transportFor(const Invocation& inv, Store& store) {
    http::HttpTransportOptions o;
    o.baseUrl = inv.text("server").value_or(store.meta(kMetaServer).value_or(""));
    if (o.baseUrl.empty()) return Status(ErrorCode::InvalidArgument, "no server: give --server URL (or enroll first)");
    o.caFile = inv.text("ca-file").value_or(store.meta("sync.ca_file").value_or(""));
    o.verifyTls = !inv.flag("insecure");
    GW_ASSIGN_OR_RETURN(auto timeout, inv.integer("timeout-ms"));
    if (timeout) o.timeout = std::chrono::milliseconds(*timeout);
    return http::HttpTransport::create(o);
}

std::string kb(std::uint64_t bytes) {
    return std::to_string((bytes + 512) / 1024) + " KB";
}

// One progress line on stderr: rewritten in place on a terminal, one line per phase otherwise.
class ProgressLine {
public:
    ProgressLine() : m_tty(::isatty(2) != 0) {}
    void show(const std::string& phase, const std::string& text, bool final) {
        if (m_tty) {
            std::cerr << "\r\033[Ksync: " << phase << " " << text << (final ? "\n" : "") << std::flush;
            return;
        }
        if (phase != m_phase) flush();
        m_phase = phase;
        m_last = text;
        if (final) flush();
    }
    // Not a terminal: the last state of the phase, one line.
    void flush() {
        if (!m_tty && !m_last.empty()) std::cerr << "sync: " << m_phase << " " << m_last << "\n";
        m_last.clear();
    }

private:
    bool m_tty;
    std::string m_phase, m_last;
};

int runEnroll(Invocation& inv) {
    GW_USAGE(inv, std::string code, inv.requireText("code"));
    if (!inv.text("server")) return inv.usage("missing --server URL");
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto transport, transportFor(inv, *store));
    SyncEngine engine(*store, *transport);
    std::string label = inv.text("label").value_or("gridwork-device");
    GW_REFUSE_STATUS(inv, engine.enroll(code, label));
    GW_REFUSE_STATUS(inv, store->setMeta(kMetaServer, transport->options().baseUrl));
    if (auto ca = inv.text("ca-file")) GW_REFUSE_STATUS(inv, store->setMeta("sync.ca_file", *ca));
    SyncStatus st = engine.status();
    GW_REFUSE_STATUS(inv, store->setMeta(kMetaWorker, st.workerId.toString()));
    if (!st.grids.empty()) GW_REFUSE_STATUS(inv, store->setMeta(kMetaGrid, st.grids.front().toString()));
    Record r;
    r.add("server", transport->options().baseUrl).add("site", store->siteId()).add("worker", st.workerId);
    r.add("worker_name", st.workerName);
    std::vector<Record> grids;
    for (const auto& g : st.grids) grids.push_back(Record().add("id", g));
    r.add("grids", grids);
    inv.print(r);
    return 0;
}

int runSync(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto transport, transportFor(inv, *store));
    GW_USAGE(inv, auto chunkKb, inv.integer("chunk-kb"));
    ProgressLine line;
    SyncOptions options;
    options.progress = [&](const SyncProgress& p) {
        if (p.phase == SyncProgress::Phase::Done) return;
        std::string phase = p.phase == SyncProgress::Phase::Push ? "push" : "pull";
        line.show(phase,
                  std::to_string(p.itemsDone) + "/" + std::to_string(p.itemsTotal) + " changes, " + kb(p.bytesDone),
                  false);
    };
    GW_USAGE(inv, auto attempts, inv.integer("attempts"));
    if (attempts) options.maxAttempts = static_cast<int>(*attempts);
    SyncEngine engine(*store, *transport, options);
    auto report = engine.sync();
    line.flush();
    if (!report) return inv.fail(report.status());

    http::AttachmentSyncOptions aopts;
    if (chunkKb) aopts.chunkBytes = static_cast<std::size_t>(*chunkKb) * 1024;
    aopts.progress = [&](const std::string& sha, std::uint64_t held, std::uint64_t total) {
        line.show("upload", sha.substr(0, 12) + " " + kb(held) + "/" + kb(total), false);
    };
    http::AttachmentSync attachments(*store, *transport, aopts);
    auto up = attachments.uploadPending();
    line.flush();
    if (!up) return inv.fail(up.status());

    const SyncReport& r = *report;
    line.show("done",
              "pushed " + std::to_string(r.pushed) + ", pulled " + std::to_string(r.pulled) + " changes, uploaded " +
                  std::to_string(up->uploaded) + " files (" + kb(r.bytesUp + up->bytesSent) + " up, " +
                  kb(r.bytesDown) + " down)",
              true);
    Record out;
    out.add("pushed", static_cast<std::int64_t>(r.pushed)).add("pulled", static_cast<std::int64_t>(r.pulled));
    out.add("applied", static_cast<std::int64_t>(r.applied))
        .add("conflicts_logged", static_cast<std::int64_t>(r.conflictsLogged));
    out.add("restamps", static_cast<std::int64_t>(r.restamps))
        .add("purged_grids", static_cast<std::int64_t>(r.purgedGrids));
    out.add("kept_by_township", static_cast<std::int64_t>(r.keptByTownship))
        .add("purges_deferred", static_cast<std::int64_t>(r.purgesDeferred))
        .add("restores_detected", static_cast<std::int64_t>(r.restoresDetected));
    out.add("retries", static_cast<std::int64_t>(r.retries)).add("bytes_up", static_cast<std::int64_t>(r.bytesUp));
    out.add("bytes_down", static_cast<std::int64_t>(r.bytesDown));
    out.add("attachments_uploaded", static_cast<std::int64_t>(up->uploaded));
    out.add("attachment_bytes_sent", static_cast<std::int64_t>(up->bytesSent));
    out.add("attachments_resumed", static_cast<std::int64_t>(up->resumed));
    out.add("attachment_resumed_from_bytes", static_cast<std::int64_t>(up->resumedFromBytes));
    out.add("attachments_missing_file", static_cast<std::int64_t>(up->missingFiles));
    out.add("attachment_hash_mismatches", static_cast<std::int64_t>(up->hashMismatches));
    inv.print(out);
    return 0;
}

int runStatus(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    // status needs no network; the engine only reads the store here.
    struct NoTransport final : Transport {
        Result<TransportReply> post(Endpoint, const std::string&, const std::string&) override {
            return Status(ErrorCode::Unavailable, "offline");
        }
    } offline;
    SyncEngine engine(*store, offline);
    SyncStatus s = engine.status();
    Record r;
    r.add("enrolled", s.enrolled).add("server", store->meta(kMetaServer).value_or("")).add("site", s.siteId);
    r.add("worker", s.workerId).add("worker_name", s.workerName);
    std::vector<Record> grids;
    for (const auto& g : s.grids) grids.push_back(Record().add("id", g));
    r.add("grids", grids);
    r.add("pending_changes", static_cast<std::int64_t>(s.pendingChanges));
    r.add("pending_attachments",
          static_cast<std::int64_t>(domain::AttachmentRepo(*store).pendingUploads(100000).size()));
    r.addTime("last_sync",
              s.lastSyncMs ? std::optional<std::int64_t>(static_cast<std::int64_t>(*s.lastSyncMs)) : std::nullopt);
    r.addText("last_error", s.lastError);
    r.add("conflicts", static_cast<std::int64_t>(s.conflicts))
        .add("conflicts_lost", static_cast<std::int64_t>(s.conflictsLost));
    r.add("clock_offset_ms", static_cast<std::int64_t>(s.clockOffsetMs));
    r.add("restores_detected", static_cast<std::int64_t>(s.restoresDetected))
        .add("kept_by_township", static_cast<std::int64_t>(s.keptByTownship))
        .add("purges_deferred", static_cast<std::int64_t>(s.purgesDeferred));
    inv.print(r);
    return 0;
}

int runAttachmentAdd(Invocation& inv) {
    GW_USAGE(inv, std::string file, inv.requireText("file"));
    GW_USAGE(inv, std::string ownerTable, inv.requireText("owner-table"));
    GW_USAGE(inv, Uuid owner, inv.requireUuid("owner"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    std::ifstream in(file, std::ios::binary);
    if (!in) return inv.fail({ErrorCode::NotFound, "cannot read " + file});
    Sha256 hasher;
    char buf[64 * 1024];
    std::int64_t size = 0;
    while (in) {
        in.read(buf, sizeof buf);
        hasher.update(buf, static_cast<std::size_t>(in.gcount()));
        size += in.gcount();
    }
    auto digest = hasher.finish();
    domain::Attachment a;
    a.gridId = grid;
    a.sha256 = toHex(digest.data(), digest.size());
    a.mime = inv.text("mime").value_or("image/jpeg");
    a.size = size;
    a.ownerTable = ownerTable;
    a.ownerId = owner;
    domain::AttachmentRepo repo(*store);
    GW_REFUSE(inv, auto recorded, repo.record(a));
    GW_REFUSE_STATUS(inv, repo.setLocalPath(recorded.id, file));
    Record r;
    r.add("id", recorded.id).add("sha256", recorded.sha256).add("size", static_cast<std::int64_t>(size));
    inv.print(r);
    return 0;
}

int runAttachmentFetch(Invocation& inv) {
    GW_USAGE(inv, std::string sha, inv.requireText("sha256"));
    GW_USAGE(inv, std::string out, inv.requireText("out"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, auto transport, transportFor(inv, *store));
    http::AttachmentSync attachments(*store, *transport);
    GW_REFUSE(inv, std::string bytes, attachments.download(sha));
    if (sha256Hex(bytes) != sha) return inv.fail({ErrorCode::HashMismatch, "downloaded bytes do not match " + sha});
    std::ofstream f(out, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) return inv.fail({ErrorCode::Storage, "cannot write " + out});
    Record r;
    r.add("sha256", sha).add("size", static_cast<std::int64_t>(bytes.size())).add("out", out);
    inv.print(r);
    return 0;
}

}  // namespace

CommandGroup enrollCommands() {
    return {"enroll",
            "enroll this device with the township server (one-time code → device token)",
            {{"",
              "Exchanges a one-time enrollment code for a device token (kept in FILE; the server keeps only its "
              "hash). Creates FILE when it does not exist.",
              withConnection({{"code", "CODE", "the one-time enrollment code from the township", true},
                              {"label", "TEXT", "a name for this device in the township's list"}}),
              {},
              0,
              0,
              runEnroll,
              true}}};
}

CommandGroup syncCommands() {
    return {"sync",
            "push local changes, pull the grid's changes, upload pending photos",
            {{"",
              "One full sync with the township server. Safe to interrupt: the next sync resumes.",
              withConnection({{"attempts", "N", "tries per request on a transient failure (default 5)"},
                              {"chunk-kb", "KB", "attachment upload chunk size (default 256)"}}),
              {},
              0,
              0,
              runSync}}};
}

CommandGroup statusCommands() {
    return {"status",
            "sync status: pending changes, last sync, conflicts, last error",
            {{"", "Shows the device's sync state (no network).", {}, {}, 0, 0, runStatus}}};
}

CommandGroup attachmentCommands() {
    return {"attachment",
            "photos and files: record a local file for upload, fetch one by hash",
            {{"add",
              "Records FILE (sha256, size) as an attachment of a row; the next sync uploads it.",
              {{"file", "FILE", "the local file", true},
               {"owner-table", "TABLE", "the owning row's table, e.g. reports or visits", true},
               {"owner", "ID", "the owning row's id", true},
               {"mime", "TYPE", "content type (default image/jpeg)"},
               {"grid", "ID", "the grid (default: the device's grid)"}},
              {},
              0,
              0,
              runAttachmentAdd},
             {"fetch",
              "Downloads an attachment of the device's grids by its sha256 and checks the hash.",
              withConnection(
                  {{"sha256", "HEX", "the attachment's hash", true}, {"out", "FILE", "where to write it", true}}),
              {},
              0,
              0,
              runAttachmentFetch}}};
}

}  // namespace gridwork::device
