// sync_service.h — the township's sync service: enrollment, push, pull and scope (DESIGN §5),
// over a Server-role core Store, with no network code. The HTTP edge and the loopback transport
// reach it through RequestHandler::handle(); the admin CLI and tests use the C++ API below.
//
// Server state lives in one SQLite file: the domain tables (a Server-role Store, so the merge is
// core's one implementation) plus server tables (server_schema.h): server_log keeps the LATEST
// value of every column with its server_seq, so a pull from cursor 0 is the compacted current
// state; worker_grids, server_devices (token hashes only), enrollment_codes (hashes only),
// device_push_state (highest seq applied per device, restored-backup detection; stamp epoch),
// worker_grid_removals, row_moves, flagged_dates (issue 15; server_schema.cpp).
//
// Contract: handle() never throws and never crashes on input: a malformed body is MALFORMED
// (400); every failure is a typed gridwork.sync.v1.Error with server_time_ms. A push batch is
// applied in ONE transaction or not at all. Attachment endpoints are delegated to the handler
// given to setAttachmentHandler() (helper code in sync-server/edge); without one they answer
// NOT_FOUND.
// Thread-safety: every public method is safe from several threads (one mutex around the store).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/hlc.h"
#include "gridwork/core/base/key_store.h"
#include "gridwork/core/store/change.h"
#include "gridwork/server/request_handler.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gridwork {
namespace db {
class Database;
}
class Store;
class WriteTxn;
struct TableSpec;
}  // namespace gridwork
namespace gridwork::sync::v1 {
class Change;
}  // namespace gridwork::sync::v1

namespace gridwork::server {

struct SyncServiceOptions {
    std::string dbPath;                             // the server's SQLite file (created if missing)
    std::shared_ptr<Clock> clock;                   // default: system clock
    std::optional<Uuid> siteId;                     // the server's own site id (default: kept / new)
    std::uint64_t maxClockAheadMs = 5 * 60 * 1000;  // CLOCK_AHEAD beyond this
    std::uint32_t defaultPullBatch = 2000;
    std::uint32_t maxPullBatch = 10000;
    std::size_t maxPushChanges = 10000;                       // TOO_LARGE beyond this
    std::uint64_t enrollmentCodeTtlMs = 72ull * 3600 * 1000;  // 72 h
    bool durable = true;
    std::optional<SecretKey> key;  // SQLCipher key of dbPath (none: plain); see keyFromEnvironment
    // Protocol v2 (POST /v2/sync). A /v2/sync page fills up to this many changes.
    std::uint32_t maxV2PullBatch = 20000;
    // false once v1 is dropped: /v1/push and /v1/pull then tell the phone, in Chinese, to update.
    bool acceptV1 = true;
    // Patrol track points are kept this long unless the township set its own period
    // (setTrackRetentionDays); older ones are deleted at open and hourly (retention.cpp).
    std::uint32_t trackRetentionDays = 180;
};

// Who a token belongs to.
struct DeviceIdentity {
    Uuid siteId;
    Uuid workerId;
};

struct WorkerInfo {
    Uuid id;
    std::string name;
    std::string phone;
    std::vector<Uuid> grids;
};

struct DeviceInfo {
    Uuid siteId;
    Uuid workerId;
    std::string label;
    bool revoked = false;
    std::uint64_t enrolledAtMs = 0;
    std::uint64_t ackedSeq = 0;
};

class SyncService final : public RequestHandler {
public:
    static Result<std::unique_ptr<SyncService>> open(SyncServiceOptions options);
    ~SyncService() override;

    Reply handle(Endpoint endpoint, std::string_view body, std::string_view bearerToken) override;

    // Attachments (issue 4): the edge installs a handler for the three attachment endpoints.
    // It must stay alive while the service is used.
    void setAttachmentHandler(RequestHandler* handler);

    // ---- admin API (the CLI, the command centre, tests) ----
    // Creates a worker (a township-wide `workers` row) assigned to the given grids. id: use this
    // row id (a deterministic seeder); default a new UUIDv7.
    Result<Uuid> createWorker(const std::string& name, const std::string& phone, const std::vector<Uuid>& grids,
                              const std::string& role = "grid_worker", const std::optional<Uuid>& id = std::nullopt);
    // A one-time enrollment code for the worker (80 random bits, "7K3M-Q9XD-2RTB-HW4P"); only its
    // hash is stored, so this is the only time the plain code exists. Expires after
    // options.enrollmentCodeTtlMs (72 h); failed enrollments are rate-limited (enroll.cpp).
    Result<std::string> issueEnrollmentCode(const Uuid& workerId);
    // Replaces the worker's grids; his devices get the new grids on their next pull and are told
    // to purge the old ones (PullResponse.dropped_grid_ids).
    Status reassignWorker(const Uuid& workerId, const std::vector<Uuid>& grids);
    // Revokes a device token: later calls with it are UNAUTHENTICATED.
    Status revokeDevice(const Uuid& siteId);
    // Revokes every device of the worker and deletes his unused enrollment codes.
    Status revokeWorker(const Uuid& workerId);
    Result<WorkerInfo> worker(const Uuid& workerId);
    std::vector<WorkerInfo> workers();
    std::vector<DeviceInfo> devices();
    // Token → identity, or UNAUTHENTICATED (also used by the edge for attachments).
    Result<DeviceIdentity> authenticate(std::string_view token);
    std::vector<Uuid> workerGrids(const Uuid& workerId);

    // Server-side writes (the command centre's report events, tasks, ledger imports), stamped
    // with the server's site and logged with a server_seq so devices pull them.
    Status write(const std::vector<RowWrite>& writes);
    // Any other work on the store under the service's lock (reads for the CLI; writes through
    // WriteTxn are logged like write()).
    Status withStore(const std::function<Status(Store&)>& fn);
    // dumpJson of the server's state (all, or the scope of some grids).
    std::string dump(const std::optional<std::vector<Uuid>>& gridScope = std::nullopt,
                     const std::optional<Uuid>& trackOwner = std::nullopt);
    std::uint64_t lastServerSeq();
    // Data minimisation (core/docs/privacy.md): the township's period for patrol track points
    // (1..3650 days, kept in the server's meta; InvalidArgument otherwise), and the expiry itself
    // (points recorded longer ago than the period, with their log entries; the number deleted).
    Status setTrackRetentionDays(std::uint32_t days);
    std::uint32_t trackRetentionDays();
    Result<std::uint64_t> expireTracks();
    const Uuid& siteId() const;
    std::uint64_t nowMs();

private:
    explicit SyncService(SyncServiceOptions options);
    Reply handleLocked(Endpoint endpoint, std::string_view body, std::string_view token);
    Result<std::string> enroll(std::string_view body);
    Status checkSiteClaim(const Uuid& site, std::string_view currentToken, bool retryOfCode);
    Result<std::string> push(const DeviceIdentity& who, std::string_view body);
    // push's steps (push.cpp).
    struct PushBatch;
    enum class ScopeVerdict { Apply, Keep };
    Status pushOne(PushBatch& b, WriteTxn& txn, const ::gridwork::sync::v1::Change& wireChange);
    Result<ScopeVerdict> scopeOf(PushBatch& b, WriteTxn& txn, const Change& c);
    Status keepForTownship(PushBatch& b, WriteTxn& txn, const Change& c);
    Status noteConcurrentWrite(PushBatch& b, WriteTxn& txn, const TableSpec& spec, const Change& c);
    Result<std::string> pull(const DeviceIdentity& who, std::string_view body);
    Result<std::string> syncV2(const DeviceIdentity& who, std::string_view body);  // sync_v2.cpp
    Result<DeviceIdentity> authenticateLocked(std::string_view token);
    std::vector<Uuid> workerGridsLocked(const Uuid& workerId);
    Status logColumn(WriteTxn& txn, const Change& c);
    Status noteRowMove(db::Database& db, const Change& c);
    // m_store->transaction(), and the server_seq counter back where it was if it rolled back.
    Status transact(const std::function<Status(WriteTxn&)>& fn);
    Reply errorReply(const Status& status, bool wipe = false);
    bool isRevokedToken(std::string_view token);
    std::uint32_t trackRetentionDaysLocked();
    Result<std::uint64_t> expireTracksLocked(std::uint64_t nowMs);
    void expireTracksIfDueLocked();

    SyncServiceOptions m_options;
    std::mutex m_mutex;
    std::unique_ptr<Store> m_store;
    std::uint64_t m_seq = 0;          // last server_seq handed out
    std::int64_t m_dataVersion = -1;  // PRAGMA data_version when m_seq was last checked (logColumn)
    RequestHandler* m_attachments = nullptr;
    std::uint64_t m_staleEpoch = 0;    // set by push() for the stale-push error it returns
    std::uint64_t m_enrollWindow = 0;  // the minute m_enrollFailures counts (enroll.cpp)
    int m_enrollFailures = 0;
    std::uint64_t m_lastTrackExpiryMs = 0;  // when expireTracksLocked last ran
};

}  // namespace gridwork::server
