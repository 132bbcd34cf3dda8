// sync_service.cpp — the request door: open, authentication, the server log, dispatch to the
// endpoints (enroll.cpp, push.cpp, pull.cpp).
#include "gridwork/server/sync_service.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "server_schema.h"

#include <algorithm>
#include <exception>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

namespace {
// What an old phone shows once v1 is dropped (SyncServiceOptions::acceptV1 = false).
constexpr const char* kV1Retired =
    "您的网格通版本太旧，镇街服务器已不再支持。请在应用商店或找镇街网格办更新到最新版本后再同步，"
    "本机未同步的记录会保留，更新后自动上传。";
}  // namespace

SyncService::SyncService(SyncServiceOptions options) : m_options(std::move(options)) {}
SyncService::~SyncService() = default;

Result<std::unique_ptr<SyncService>> SyncService::open(SyncServiceOptions options) {
    StoreOptions so;
    so.clock = options.clock;
    so.role = StoreRole::Server;
    so.siteId = options.siteId;
    so.durable = options.durable;
    so.key = options.key;
    GW_ASSIGN_OR_RETURN(auto store, Store::open(options.dbPath, so));
    GW_TRY(migrateServerSchema(*store));
    std::unique_ptr<SyncService> svc(new SyncService(std::move(options)));
    svc->m_seq = static_cast<std::uint64_t>(
        store->database().queryInt("SELECT coalesce(max(server_seq),0) FROM server_log").value_or(0));
    SyncService* raw = svc.get();
    store->setApplyObserver([raw](WriteTxn& txn, const Change& c) { return raw->logColumn(txn, c); });
    svc->m_store = std::move(store);
    {
        std::lock_guard lock(svc->m_mutex);
        svc->expireTracksIfDueLocked();
    }
    return svc;
}

const Uuid& SyncService::siteId() const {
    return m_store->siteId();
}

std::uint64_t SyncService::nowMs() {
    std::lock_guard lock(m_mutex);
    return m_store->clock().correctedNowMs();
}

void SyncService::setAttachmentHandler(RequestHandler* handler) {
    std::lock_guard lock(m_mutex);
    m_attachments = handler;
}

// Every column that changed on the server gets the next server_seq; only the latest value of a
// column is kept, so a pull from 0 is the compacted state. A row moved to another grid takes its
// other columns along (they get new seqs, so the new grid's devices pull the whole row).
Status SyncService::logColumn(WriteTxn& txn, const Change& c) {
    auto& db = txn.database();
    // Another process (the admin CLI while `serve` runs) may have logged columns since this
    // connection last looked. Inside the write transaction (BEGIN IMMEDIATE holds the lock)
    // PRAGMA data_version tells, and the high-water mark is re-read, so no server_seq is reused.
    if (auto dv = db.queryInt("PRAGMA data_version"); dv && *dv != m_dataVersion) {
        m_dataVersion = *dv;
        auto top = db.queryInt("SELECT coalesce(max(server_seq),0) FROM server_log").value_or(0);
        m_seq = std::max(m_seq, static_cast<std::uint64_t>(top));
    }
    if (c.column == "grid_id") GW_TRY(noteRowMove(db, c));
    GW_ASSIGN_OR_RETURN(db::Statement * put,
                        db.prepareChecked("INSERT INTO server_log(tbl,row_id,col,grid_id,server_seq,value,hlc,site) "
                                          "VALUES(?1,?2,?3,?4,?5,?6,?7,?8) ON CONFLICT(tbl,row_id,col) DO UPDATE SET "
                                          "grid_id=excluded.grid_id, server_seq=excluded.server_seq, "
                                          "value=excluded.value, hlc=excluded.hlc, site=excluded.site"));
    put->bind(1, c.table).bind(2, c.rowId).bind(3, c.column).bind(4, c.gridId);
    put->bind(5, static_cast<std::int64_t>(++m_seq)).bind(6, c.value);
    put->bind(7, static_cast<std::int64_t>(c.hlc)).bind(8, c.site);
    GW_TRY(put->run());
    if (c.column == "grid_id") {
        GW_ASSIGN_OR_RETURN(
            db::Statement * others,
            db.prepareChecked("SELECT col FROM server_log WHERE tbl=?1 AND row_id=?2 AND col<>'grid_id' "
                              "AND grid_id<>?3"));
        others->bind(1, c.table).bind(2, c.rowId).bind(3, c.gridId);
        std::vector<std::string> cols;
        while (others->step()) cols.push_back(others->getText(0));
        GW_TRY(others->status());
        others->reset();
        GW_ASSIGN_OR_RETURN(db::Statement * move, db.prepareChecked("UPDATE server_log SET grid_id=?1, server_seq=?2 "
                                                                    "WHERE tbl=?3 AND row_id=?4 AND col=?5"));
        for (const auto& col : cols) {
            move->bind(1, c.gridId).bind(2, static_cast<std::int64_t>(++m_seq)).bind(3, c.table).bind(4, c.rowId);
            move->bind(5, col);
            GW_TRY(move->run());
        }
    }
    return Status::ok();
}

// The grid a row leaves (its logged grid_id before this change) is remembered with a server_seq.
Status SyncService::noteRowMove(db::Database& db, const Change& c) {
    GW_ASSIGN_OR_RETURN(
        db::Statement * was,
        db.prepareChecked("SELECT grid_id FROM server_log WHERE tbl=?1 AND row_id=?2 AND col='grid_id'"));
    was->bind(1, c.table).bind(2, c.rowId);
    std::optional<Uuid> from;
    if (was->step()) from = was->getUuid(0);
    GW_TRY(was->status());
    was->reset();
    if (!from || *from == c.gridId || from->isNil()) return Status::ok();
    GW_ASSIGN_OR_RETURN(
        db::Statement * put,
        db.prepareChecked("INSERT INTO row_moves(tbl,row_id,from_grid,server_seq) VALUES(?1,?2,?3,?4) "
                          "ON CONFLICT(tbl,row_id,from_grid) DO UPDATE SET server_seq=excluded.server_seq"));
    put->bind(1, c.table).bind(2, c.rowId).bind(3, *from).bind(4, static_cast<std::int64_t>(++m_seq));
    return put->run();
}

Status SyncService::transact(const std::function<Status(WriteTxn&)>& fn) {
    std::uint64_t before = m_seq;
    Status st = m_store->transaction(fn);
    if (!st) {
        m_seq = before;
        m_dataVersion = -1;  // re-read the high-water mark in the next transaction
    }
    return st;
}

Reply SyncService::errorReply(const Status& status, bool wipe) {
    Reply r;
    r.httpStatus = httpStatusFor(status.code());
    r.body = wire::encodeError(status, m_store->clock().correctedNowMs(), m_staleEpoch, wipe);
    m_staleEpoch = 0;
    return r;
}

// A token the township revoked (not merely unknown): its device is told to delete its data.
bool SyncService::isRevokedToken(std::string_view token) {
    if (token.empty()) return false;
    db::Statement* q = m_store->database().prepare("SELECT revoked FROM server_devices WHERE token_hash=?1");
    if (!q) return false;
    q->bind(1, sha256Hex(token));
    bool revoked = q->step() && q->getInt(0) != 0;
    q->reset();
    return revoked;
}

Reply SyncService::handle(Endpoint endpoint, std::string_view body, std::string_view bearerToken) {
    try {
        if (endpoint == Endpoint::AttachmentStatus || endpoint == Endpoint::AttachmentChunk ||
            endpoint == Endpoint::AttachmentDownload) {
            RequestHandler* attachments = nullptr;
            {
                std::lock_guard lock(m_mutex);
                attachments = m_attachments;
            }
            if (attachments) return attachments->handle(endpoint, body, bearerToken);
            std::lock_guard lock(m_mutex);
            return errorReply({ErrorCode::NotFound, "attachments are not served here"});
        }
        std::lock_guard lock(m_mutex);
        return handleLocked(endpoint, body, bearerToken);
    } catch (const std::exception& e) {
        Reply r;
        r.httpStatus = 500;
        r.body = wire::encodeError({ErrorCode::Internal, std::string("internal error: ") + e.what()}, 0);
        return r;
    } catch (...) {
        Reply r;
        r.httpStatus = 500;
        r.body = wire::encodeError({ErrorCode::Internal, "internal error"}, 0);
        return r;
    }
}

Reply SyncService::handleLocked(Endpoint endpoint, std::string_view body, std::string_view token) {
    expireTracksIfDueLocked();
    Result<std::string> out = Status(ErrorCode::NotFound, "unknown endpoint");
    if (endpoint == Endpoint::Enroll) {
        out = enroll(body);
    } else {
        auto who = authenticateLocked(token);
        if (!who) return errorReply(who.status(), isRevokedToken(token));
        if ((endpoint == Endpoint::Push || endpoint == Endpoint::Pull) && !m_options.acceptV1)
            out = Status(ErrorCode::InvalidState, kV1Retired);
        else if (endpoint == Endpoint::Push)
            out = push(*who, body);
        else if (endpoint == Endpoint::Pull)
            out = pull(*who, body);
        else if (endpoint == Endpoint::Sync)
            out = syncV2(*who, body);
    }
    if (!out) return errorReply(out.status());
    Reply r;
    r.body = std::move(out).value();
    return r;
}

Result<DeviceIdentity> SyncService::authenticate(std::string_view token) {
    std::lock_guard lock(m_mutex);
    return authenticateLocked(token);
}

Result<DeviceIdentity> SyncService::authenticateLocked(std::string_view token) {
    if (token.empty()) return Status(ErrorCode::Unauthenticated, "a device token is required");
    db::Statement* q =
        m_store->database().prepare("SELECT site_id, worker_id, revoked FROM server_devices WHERE token_hash=?1");
    if (!q) return Status(ErrorCode::Storage, m_store->database().lastError());
    q->bind(1, sha256Hex(token));
    if (!q->step()) return Status(ErrorCode::Unauthenticated, "unknown device token");
    DeviceIdentity id{q->getUuid(0), q->getUuid(1)};
    bool revoked = q->getInt(2) != 0;
    q->reset();
    if (revoked) return Status(ErrorCode::Unauthenticated, "this device token was revoked");
    return id;
}

std::vector<Uuid> SyncService::workerGrids(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    return workerGridsLocked(workerId);
}

std::vector<Uuid> SyncService::workerGridsLocked(const Uuid& workerId) {
    std::vector<Uuid> out;
    db::Statement* q =
        m_store->database().prepare("SELECT grid_id FROM worker_grids WHERE worker_id=?1 ORDER BY grid_id");
    if (!q) return out;
    q->bind(1, workerId);
    while (q->step()) out.push_back(q->getUuid(0));
    q->reset();
    return out;
}

}  // namespace gridwork::server
