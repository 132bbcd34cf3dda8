// sync_engine.h — the device's sync engine (DESIGN §5): enroll, push the outbox, pull the scope.
//
// sync() pushes the whole outbox in batches (per-device seq numbers; the server is idempotent
// on (device, seq), so a retry after a lost answer is harmless; an ack removes entries), then
// pulls until has_more is false, applying each pulled batch through the merge in ONE transaction
// together with the new cursors — so an interruption at any point resumes where it stopped.
// Every answer's server_time_ms corrects the clock offset (Store::setClockOffsetMs); a
// CLOCK_AHEAD refusal re-stamps the unacknowledged outbox (replica_maintenance.h) and pushes
// again. Grids that left the scope are purged once none of their changes is pending (the server
// applies a lost grid's changes stamped before the reassignment and keeps the others for the
// township; a push refused with WRONG_GRID is followed by a pull, then the push is retried). The
// engine refuses an ack beyond what it sent, and renumbers its outbox when the server has applied
// seqs above any it issued (a restored backup); enroll() with a token held first pushes the outbox
// and refuses the handover while anything stays unsent. A revoked device wipes its data. Transport failures and
// retryable server errors (UNAVAILABLE, STORAGE, INTERNAL) are retried with exponential backoff through an injectable
// sleep; other typed errors end the sync and are kept for status().
//
// Persistent state, all in the store's meta table: sync.token, sync.worker_id, sync.worker_name,
// sync.grids, sync.cursors, sync.stamp_epoch, sync.seen_hlc, sync.last_sync_ms, sync.last_error.
// Ownership: the engine borrows the Store and the Transport; both must outlive it.
// Thread-safety: one engine, one thread (the store's rule); call sync() on a worker thread.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/core/sync/transport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gridwork {
class Store;
class V2Framing;

struct SyncProgress {
    enum class Phase { Push, Pull, Done };
    Phase phase = Phase::Push;
    std::uint64_t itemsDone = 0;
    std::uint64_t itemsTotal = 0;  // estimate during pull (the server's total_estimate)
    std::uint64_t bytesDone = 0;   // bodies sent and received so far
    std::uint64_t bytesTotal = 0;  // estimate: bytes so far scaled by items left
};

struct SyncOptions {
    std::size_t pushBatch = 500;
    std::uint32_t pullBatch = 5000;  // one durable transaction each
    int maxAttempts = 5;             // per request, for retryable failures
    std::chrono::milliseconds backoffBase{250};
    std::chrono::milliseconds backoffMax{15000};
    int maxRestamps = 3;  // CLOCK_AHEAD repairs per sync() before giving up
    // Protocol v2 (POST /v2/sync: change blocks, the push's answer carries the first pull page;
    // falls back to v1 by itself against a server without it). false = speak v1 only.
    bool wireV2 = true;
    std::size_t v2PushBatch = 5000;  // with v2, pushBatch is this: a day's work in one request
    // Patrol track points older than this, and held by the server, are deleted from the phone
    // after each sync (track_retention.h); 0 keeps them.
    std::int64_t trackRetentionMs = 30LL * 24 * 3600 * 1000;
    // Injected so tests and the simulator do not wait; default sleeps the thread.
    std::function<void(std::chrono::milliseconds)> sleep;
    std::function<void(const SyncProgress&)> progress;
};

struct SyncReport {
    std::uint64_t pushed = 0;           // changes acknowledged by the server
    std::uint64_t pulled = 0;           // changes received
    std::uint64_t applied = 0;          // received changes that won and changed local state
    std::uint64_t conflictsLogged = 0;  // on this device while applying + reported by the server
    std::uint64_t restamps = 0;         // CLOCK_AHEAD repairs
    std::uint64_t purgedGrids = 0;
    std::uint64_t discardedOutOfScope = 0;  // always 0 since v1.2: a grid is purged only when none is pending
    std::uint64_t keptByTownship = 0;       // changes for a lost grid the server kept in its conflict log
    std::uint64_t purgesDeferred = 0;       // grids left but not purged yet: their work is pending
    std::uint64_t restoresDetected = 0;     // pushes that showed this file is an older copy (backup)
    std::uint64_t rowsMovedOut = 0;         // rows the township moved out of this device's grids, deleted
    std::uint64_t retries = 0;
    std::uint64_t expiredTrackPoints = 0;  // old, acknowledged track points deleted from the phone
    std::uint64_t bytesUp = 0;
    std::uint64_t bytesDown = 0;
};

struct SyncStatus {
    bool enrolled = false;
    Uuid siteId;
    Uuid workerId;
    std::string workerName;
    std::vector<Uuid> grids;
    std::uint64_t pendingChanges = 0;
    std::optional<std::uint64_t> lastSyncMs;  // corrected time of the last complete sync
    std::string lastError;                    // empty after a complete sync
    std::uint64_t conflicts = 0;              // conflict records held for this device's scope
    std::uint64_t conflictsLost = 0;          // ... of them, values written here that lost
    std::int64_t clockOffsetMs = 0;
    std::uint64_t restoresDetected = 0;  // times a push showed this file to be a restored backup
    std::uint64_t keptByTownship = 0;    // own changes the server kept for the township (lost grid)
    std::uint64_t purgesDeferred = 0;    // grids out of scope still held: their work is pending
};

class SyncEngine {
public:
    SyncEngine(Store& store, Transport& transport, SyncOptions options = {});
    ~SyncEngine();

    // Exchanges a one-time code for a device token; stores token, worker and grids in meta.
    Status enroll(const std::string& code, const std::string& deviceLabel);
    // One full sync: push everything, then pull to the end. Unauthenticated when not enrolled.
    Result<SyncReport> sync();
    Status push(SyncReport& report);
    Status pull(SyncReport& report);
    SyncStatus status();

    // The device token enroll() stored ("" when not enrolled), for other clients of the same
    // server (attachment transfer) so they never read the engine's meta keys themselves.
    static std::string deviceToken(Store& store);

private:
    Result<TransportReply> call(Endpoint endpoint, const std::string& body, SyncReport& report);
    void noteServerTime(std::uint64_t serverTimeMs);
    void reportProgress(SyncProgress::Phase phase, std::uint64_t done, std::uint64_t total, const SyncReport& r);
    Status fail(Status s);

    Store& m_store;
    Transport& m_transport;
    SyncOptions m_options;
    std::uint64_t m_lastServerTimeMs = 0;
    std::uint64_t m_lastErrorEpoch = 0;  // Error.stamp_epoch of the last refusal
    std::unique_ptr<V2Framing> m_v2;     // null when speaking v1 only
};

}  // namespace gridwork
