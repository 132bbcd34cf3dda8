#include "gridwork/core/sync/sync_engine.h"

#include "gridwork/core/base/parse.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/batch_apply.h"
#include "gridwork/core/sync/replica_maintenance.h"
#include "gridwork/core/sync/track_retention.h"
#include "gridwork/core/wire/codec.h"
#include "sync/v2_framing.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <sstream>
#include <thread>

namespace gridwork {

namespace pb = ::gridwork::sync::v1;

namespace {
constexpr const char* kToken = "sync.token";
constexpr const char* kWorker = "sync.worker_id";
constexpr const char* kWorkerName = "sync.worker_name";
constexpr const char* kGrids = "sync.grids";
constexpr const char* kCursors = "sync.cursors";
constexpr const char* kEpoch = "sync.stamp_epoch";
constexpr const char* kLastSync = "sync.last_sync_ms";
constexpr const char* kLastError = "sync.last_error";
constexpr const char* kSeen = "sync.seen_hlc";  // highest stamp acked by or pulled from the server
constexpr const char* kRestores = "sync.restores_detected";
constexpr const char* kKept = "sync.kept_by_township";
constexpr const char* kDeferred = "sync.purge_deferred";  // grids left but not purged: work pending

using Cursors = std::map<Uuid, std::uint64_t>;

// Numbers kept in meta; a damaged value reads as 0 (a cursor or epoch from the start, which the
// server's answers repair) instead of throwing.
std::uint64_t toU64(const std::string& text) {
    return parseNumber<std::uint64_t>(text).value_or(0);
}
std::uint64_t metaU64(Store& store, const char* key) {
    return toU64(store.meta(key).value_or("0"));
}

// "uuid:seq;uuid:seq" — the nil uuid is the township-wide scope.
Cursors parseCursors(const std::optional<std::string>& text) {
    Cursors out;
    if (!text) return out;
    std::stringstream ss(*text);
    std::string item;
    while (std::getline(ss, item, ';')) {
        auto colon = item.find(':');
        if (colon == std::string::npos) continue;
        auto id = Uuid::parse(item.substr(0, colon));
        if (id) out[*id] = toU64(item.substr(colon + 1));
    }
    return out;
}

std::string formatCursors(const Cursors& c) {
    std::string out;
    for (const auto& [g, seq] : c) out += (out.empty() ? "" : ";") + g.toString() + ":" + std::to_string(seq);
    return out;
}

std::string formatGrids(const std::vector<Uuid>& grids) {
    std::string out;
    for (const auto& g : grids) out += (out.empty() ? "" : ",") + g.toString();
    return out;
}

std::vector<Uuid> parseGrids(const std::optional<std::string>& text) {
    std::vector<Uuid> out;
    if (!text) return out;
    std::stringstream ss(*text);
    std::string item;
    while (std::getline(ss, item, ','))
        if (auto id = Uuid::parse(item)) out.push_back(*id);
    return out;
}

bool retryable(ErrorCode c) {
    return c == ErrorCode::Unavailable || c == ErrorCode::Storage || c == ErrorCode::Internal;
}

void fillCursors(const Cursors& cursors, google::protobuf::RepeatedPtrField<pb::GridCursor>* out) {
    for (const auto& [g, seq] : cursors) {
        auto* c = out->Add();
        c->set_grid_id(wire::uuidBytes(g));
        c->set_server_seq(seq);
    }
}
}  // namespace

SyncEngine::SyncEngine(Store& store, Transport& transport, SyncOptions options)
    : m_store(store), m_transport(transport), m_options(std::move(options)) {
    if (!m_options.sleep) m_options.sleep = [](std::chrono::milliseconds d) { std::this_thread::sleep_for(d); };
    m_options.pushBatch = std::max<std::size_t>(1, m_options.pushBatch);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    if (m_options.wireV2) {
        m_options.pushBatch = std::max<std::size_t>(1, m_options.v2PushBatch);
        m_v2 = std::make_unique<V2Framing>(m_options.pushBatch, m_options.pullBatch);
    }
}

std::string SyncEngine::deviceToken(Store& store) {
    return store.meta(kToken).value_or("");
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::noteServerTime(std::uint64_t serverTimeMs) {
    if (serverTimeMs == 0) return;
    m_lastServerTimeMs = serverTimeMs;
    auto& clock = m_store.clock();
    std::int64_t wall = static_cast<std::int64_t>(clock.correctedNowMs()) - clock.offsetMs();
    std::int64_t offset = static_cast<std::int64_t>(serverTimeMs) - wall;
    // Small differences are request latency, not skew: keep the stored offset.
    if (std::llabs(offset - clock.offsetMs()) < 1000) return;
    (void)m_store.setClockOffsetMs(offset);
}

void SyncEngine::reportProgress(SyncProgress::Phase phase, std::uint64_t done, std::uint64_t total,
                                const SyncReport& r) {
    if (!m_options.progress) return;
    SyncProgress p;
    p.phase = phase;
    p.itemsDone = done;
    p.itemsTotal = std::max(done, total);
    p.bytesDone = r.bytesUp + r.bytesDown;
    p.bytesTotal =
        done ? static_cast<std::uint64_t>(double(p.bytesDone) * double(p.itemsTotal) / double(done)) : p.bytesDone;
    m_options.progress(p);
}

Status SyncEngine::fail(Status s) {
    (void)m_store.setMeta(kLastError, s.toString());
    return s;
}

Result<TransportReply> SyncEngine::call(Endpoint endpoint, const std::string& body, SyncReport& report) {
    std::string token = deviceToken(m_store);
    Status last;
    auto delay = m_options.backoffBase;
    for (int attempt = 0; attempt < m_options.maxAttempts; ++attempt) {
        if (attempt > 0) {
            ++report.retries;
            m_options.sleep(delay);
            delay = std::min(m_options.backoffMax, delay * 2);
        }
        auto reply = m_v2 ? m_v2->post(m_transport, endpoint, body, token) : m_transport.post(endpoint, body, token);
        if (!reply) {
            last = reply.status();
            if (retryable(last.code())) continue;
            return last;
        }
        report.bytesUp += m_v2 ? m_v2->lastBytesUp() : body.size();
        report.bytesDown += m_v2 ? m_v2->lastBytesDown() : reply->body.size();
        if (reply->httpStatus >= 200 && reply->httpStatus < 300) return reply;
        std::uint64_t serverTime = 0;
        bool wipe = false;
        last = wire::decodeError(reply->httpStatus, reply->body, &serverTime, &m_lastErrorEpoch, &wipe);
        noteServerTime(serverTime);
        if (wipe && last.code() == ErrorCode::Unauthenticated) {
            // The township revoked this device (lost or stolen): nothing of its residents stays.
            GW_TRY(m_store.transaction([&](WriteTxn& txn) { return wipeReplica(txn); }));
            return Status(ErrorCode::Unauthenticated, "此设备已被镇街停用，本机数据已清除");
        }
        if (!retryable(last.code())) return last;
    }
    return last;
}

Status SyncEngine::enroll(const std::string& code, const std::string& deviceLabel) {
    std::string current = m_store.meta(kToken).value_or("");
    // Handover: the phone's unsynced work goes up under the identity that wrote it, before the
    // phone serves anyone else; if it cannot, the enrollment is refused and nothing changes.
    if (!current.empty() && m_store.outboxCount() > 0) {
        SyncReport scratch;
        Status pushed = push(scratch);
        if (!pushed || m_store.outboxCount() > 0)
            return fail({ErrorCode::InvalidState, "这台设备还有 " + std::to_string(m_store.outboxCount()) +
                                                      " 条记录没有同步到镇街。请先连上网络完成同步，再为其他人登记。" +
                                                      (pushed ? std::string() : "（" + pushed.message() + "）")});
    }
    pb::EnrollRequest req;
    req.set_enrollment_code(code);
    req.set_site_id(wire::uuidBytes(m_store.siteId()));
    req.set_device_label(deviceLabel);
    req.set_current_token(current);
    SyncReport scratch;
    auto reply = call(Endpoint::Enroll, req.SerializeAsString(), scratch);
    if (!reply) return fail(reply.status());
    GW_ASSIGN_OR_RETURN(auto resp, wire::parseMessage<pb::EnrollResponse>(reply->body));
    Uuid bound;
    if (!resp.site_id().empty() && (!wire::uuidFromBytes(resp.site_id(), bound) || bound != m_store.siteId()))
        return fail({ErrorCode::Conflict, "the server bound the token to another site id"});
    Uuid worker;
    if (!wire::uuidFromBytes(resp.worker_id(), worker)) return fail({ErrorCode::Malformed, "bad worker id"});
    std::vector<Uuid> grids;
    for (const auto& g : resp.grid_ids()) {
        Uuid id;
        if (wire::uuidFromBytes(g, id)) grids.push_back(id);
    }
    noteServerTime(resp.server_time_ms());
    return m_store.transaction([&](WriteTxn&) {
        GW_TRY(m_store.setMeta(kToken, resp.device_token()));
        GW_TRY(m_store.setMeta(kWorker, worker.toString()));
        GW_TRY(m_store.setMeta(kWorkerName, resp.worker_name()));
        GW_TRY(m_store.setMeta(kGrids, formatGrids(grids)));
        return m_store.setMeta(kLastError, "");
    });
}

Result<SyncReport> SyncEngine::sync() {
    SyncReport report;
    if (m_store.meta(kToken).value_or("").empty())
        return fail({ErrorCode::Unauthenticated, "this device is not enrolled"});
    Status pushed = push(report);
    if (pushed.code() == ErrorCode::WrongGrid) {
        // Perhaps the worker was reassigned: the pull tells us and purges the old grid.
        GW_TRY(pull(report));
        pushed = push(report);
    }
    GW_TRY(pushed);
    GW_TRY(pull(report));
    // Writes made while pulling (conflict records) go up now rather than next time.
    if (m_store.outboxCount() > 0) GW_TRY(push(report));
    // A grid whose purge waited for its pending work: that work is up now, purge it.
    if (metaU64(m_store, kDeferred) > 0) GW_TRY(pull(report));
    // Track points the server now holds and that are older than the retention period leave the
    // phone (track_retention.h).
    if (m_options.trackRetentionMs > 0) {
        const auto now = static_cast<std::int64_t>(m_store.clock().correctedNowMs());
        GW_TRY(m_store.transaction([&](WriteTxn& txn) -> Status {
            GW_ASSIGN_OR_RETURN(report.expiredTrackPoints,
                                expireTrackPoints(txn, static_cast<std::uint64_t>(std::max<std::int64_t>(
                                                           0, now - m_options.trackRetentionMs))));
            return Status::ok();
        }));
    }
    GW_TRY(m_store.setMeta(kLastSync, std::to_string(m_store.clock().correctedNowMs())));
    GW_TRY(m_store.setMeta(kLastError, ""));
    reportProgress(SyncProgress::Phase::Done, report.pushed + report.pulled, report.pushed + report.pulled, report);
    return report;
}

Status SyncEngine::push(SyncReport& report) {
    std::uint64_t total = m_store.outboxCount();
    std::uint64_t done = 0;
    int restamps = 0;
    reportProgress(SyncProgress::Phase::Push, 0, total, report);
    while (true) {
        auto entries = m_store.outbox(0, m_options.pushBatch);
        if (entries.empty()) return Status::ok();
        // A batch is a run of consecutive seqs (re-stamps and purges may leave gaps).
        std::size_t run = 1;
        while (run < entries.size() && entries[run].seq == entries[run - 1].seq + 1) ++run;
        pb::PushRequest req;
        req.set_first_seq(entries[0].seq);
        for (std::size_t i = 0; i < run; ++i) wire::toProto(entries[i].change, req.add_changes());
        req.set_device_time_ms(m_store.clock().correctedNowMs());
        fillCursors(parseCursors(m_store.meta(kCursors)), req.mutable_pulled_cursors());
        req.set_stamp_epoch(metaU64(m_store, kEpoch));

        m_lastErrorEpoch = 0;
        auto reply = call(Endpoint::Push, req.SerializeAsString(), report);
        // CLOCK_AHEAD: the offset was corrected from the error's server time; give the pending
        // changes fresh stamps from the corrected clock and fence the old ones with a new epoch.
        // A stale-epoch refusal (the server holds a newer epoch than ours, e.g. after restoring
        // a backup of the phone) is repaired the same way, past the server's epoch.
        bool clockAhead = !reply && reply.status().code() == ErrorCode::ClockAhead;
        bool stale = !reply && reply.status().code() == ErrorCode::InvalidState &&
                     m_lastErrorEpoch >= req.stamp_epoch() && m_lastErrorEpoch > 0;
        if ((clockAhead || stale) && restamps < m_options.maxRestamps) {
            ++restamps;
            ++report.restamps;
            std::uint64_t epoch = std::max(req.stamp_epoch(), m_lastErrorEpoch) + 1;
            GW_TRY(m_store.transaction([&](WriteTxn& txn) {
                GW_ASSIGN_OR_RETURN(auto r, restampOutbox(txn, metaU64(m_store, kSeen)));
                (void)r;
                return m_store.setMeta(kEpoch, std::to_string(epoch));
            }));
            continue;
        }
        if (!reply) return fail(reply.status());
        auto resp = wire::parseMessage<pb::PushResponse>(reply->body);
        if (!resp) return fail(resp.status());
        noteServerTime(resp->server_time_ms());
        std::uint64_t lastSeq = entries[run - 1].seq;
        // An ack covers exactly what was sent. Beyond it, it would delete entries the server never
        // saw (a server that counts this device's seqs from another history): refuse, keep all.
        if (resp->acked_through_seq() > lastSeq)
            return fail({ErrorCode::Conflict, "服务器确认的记录序号（" + std::to_string(resp->acked_through_seq()) +
                                                  "）超出了本机发送的范围（" + std::to_string(lastSeq) +
                                                  "），本机记录全部保留，请联系镇街"});
        if (resp->acked_through_seq() < lastSeq)
            return fail({ErrorCode::Internal, "server acknowledged less than it was sent"});
        Hlc seen = metaU64(m_store, kSeen);
        for (std::size_t i = 0; i < run; ++i) seen = std::max(seen, entries[i].change.hlc);
        // The server applied seqs from this device above any this file issued: it is an older
        // copy of the phone (a restored backup). Renumber what is left past the server's mark.
        bool restored = resp->device_high_seq() > outboxHighSeq(m_store);
        GW_TRY(m_store.transaction([&](WriteTxn& txn) {
            GW_TRY(m_store.ackOutbox(resp->acked_through_seq()));
            if (restored) {
                GW_ASSIGN_OR_RETURN(auto moved, renumberOutbox(txn, resp->device_high_seq()));
                (void)moved;
                GW_TRY(m_store.setMeta(kRestores, std::to_string(metaU64(m_store, kRestores) + 1)));
            }
            if (resp->kept_changes() > 0)
                GW_TRY(m_store.setMeta(kKept, std::to_string(metaU64(m_store, kKept) + resp->kept_changes())));
            return m_store.setMeta(kSeen, std::to_string(seen));
        }));
        report.pushed += run;
        report.keptByTownship += resp->kept_changes();
        report.restoresDetected += restored ? 1 : 0;
        report.conflictsLogged += resp->conflicts_logged();
        done += run;
        reportProgress(SyncProgress::Phase::Push, done, total, report);
    }
}

Status SyncEngine::pull(SyncReport& report) {
    std::uint64_t done = 0, total = 0;
    reportProgress(SyncProgress::Phase::Pull, 0, 0, report);
    while (true) {
        Cursors cursors = parseCursors(m_store.meta(kCursors));
        pb::PullRequest req;
        fillCursors(cursors, req.mutable_cursors());
        req.set_max_changes(m_options.pullBatch);
        auto reply = call(Endpoint::Pull, req.SerializeAsString(), report);
        if (!reply) return fail(reply.status());
        auto resp = wire::parseMessage<pb::PullResponse>(reply->body);
        if (!resp) return fail(resp.status());
        noteServerTime(resp->server_time_ms());
        if (total == 0) total = resp->total_estimate();

        std::vector<Change> changes;
        changes.reserve(static_cast<std::size_t>(resp->changes_size()));
        for (const auto& pc : resp->changes()) {
            auto c = wire::fromProto(pc);
            if (!c) return fail(c.status());
            changes.push_back(std::move(c).value());
        }
        Cursors next;
        std::vector<Uuid> grids;
        for (const auto& pc : resp->cursors()) {
            Uuid g;
            if (!wire::uuidFromBytes(pc.grid_id(), g)) return fail({ErrorCode::Malformed, "bad cursor grid id"});
            next[g] = pc.server_seq();
            if (!g.isNil()) grids.push_back(g);
        }
        // A grid that left the scope is purged only once none of its work is pending: until
        // then (a push failed) its rows, entries and cursor stay, and the next sync pushes them
        // (the server accepts or keeps them for the township) and purges after.
        std::vector<Uuid> dropped;
        std::uint64_t deferred = 0;
        for (const auto& d : resp->dropped_grid_ids()) {
            Uuid g;
            if (!wire::uuidFromBytes(d, g) || g.isNil()) continue;
            if (pendingForGrid(m_store, g) > 0) {
                next[g] = cursors[g];
                ++deferred;
            } else {
                dropped.push_back(g);
            }
        }
        std::vector<std::pair<std::string, Uuid>> movedOut;
        for (const auto& ref : resp->moved_out()) {
            Uuid row;
            if (wire::uuidFromBytes(ref.row_id(), row)) movedOut.emplace_back(ref.table(), row);
        }
        std::uint64_t applied = 0, conflicts = 0;
        Hlc seen = metaU64(m_store, kSeen);
        for (const auto& c : changes) seen = std::max(seen, c.hlc);
        Status st = m_store.transaction([&](WriteTxn& txn) {
            for (const auto& g : dropped) {
                GW_ASSIGN_OR_RETURN(PurgeResult p, purgeGrid(txn, g));
                report.discardedOutOfScope += p.pendingDropped;
            }
            for (const auto& [table, row] : movedOut) {
                GW_ASSIGN_OR_RETURN(bool gone, dropMovedRow(txn, table, row));
                report.rowsMovedOut += gone ? 1 : 0;
            }
            GW_ASSIGN_OR_RETURN(BatchApplyOutcome o, applyRemoteBatch(txn, changes));
            applied = o.applied;
            conflicts = o.conflictsLogged;
            GW_TRY(m_store.setMeta(kCursors, formatCursors(next)));
            GW_TRY(m_store.setMeta(kSeen, std::to_string(seen)));
            GW_TRY(m_store.setMeta(kDeferred, std::to_string(deferred)));
            return m_store.setMeta(kGrids, formatGrids(grids));
        });
        if (!st) return fail(st);
        report.pulled += changes.size();
        report.applied += applied;
        report.conflictsLogged += conflicts;
        report.purgedGrids += dropped.size();
        report.purgesDeferred += deferred;
        done += changes.size();
        reportProgress(SyncProgress::Phase::Pull, done, total, report);
        if (!resp->has_more()) return Status::ok();
    }
}

SyncStatus SyncEngine::status() {
    SyncStatus s;
    s.siteId = m_store.siteId();
    s.enrolled = !m_store.meta(kToken).value_or("").empty();
    if (auto w = m_store.meta(kWorker)) s.workerId = Uuid::parse(*w).value_or(Uuid{});
    s.workerName = m_store.meta(kWorkerName).value_or("");
    s.grids = parseGrids(m_store.meta(kGrids));
    s.pendingChanges = m_store.outboxCount();
    if (auto t = m_store.meta(kLastSync); t && !t->empty()) s.lastSyncMs = toU64(*t);
    s.lastError = m_store.meta(kLastError).value_or("");
    s.conflicts = static_cast<std::uint64_t>(m_store.database().queryInt("SELECT count(*) FROM conflicts").value_or(0));
    if (auto* q = m_store.database().prepare("SELECT count(*) FROM conflicts WHERE loser_site=?1")) {
        q->bind(1, m_store.siteId());
        if (q->step()) s.conflictsLost = static_cast<std::uint64_t>(q->getInt(0));
        q->reset();
    }
    s.clockOffsetMs = m_store.clock().offsetMs();
    s.restoresDetected = metaU64(m_store, kRestores);
    s.keptByTownship = metaU64(m_store, kKept);
    s.purgesDeferred = metaU64(m_store, kDeferred);
    return s;
}

}  // namespace gridwork
