// sync_service.cpp — the request door and the three sync endpoints (enroll, push, pull).
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
#include <random>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

namespace {
// Random bytes for tokens (std::random_device is /dev/urandom on the platforms we ship on).
std::string randomHex(std::size_t bytes) {
    std::random_device rd;
    std::vector<std::uint8_t> b(bytes);
    for (auto& x : b) x = static_cast<std::uint8_t>(rd());
    return toHex(b.data(), b.size());
}

struct LoggedColumn {
    std::uint64_t serverSeq = 0;
    Change change;
};

std::optional<LoggedColumn> loggedColumn(db::Database& db, const Change& c) {
    db::Statement* q = db.prepare(
        "SELECT server_seq, value, hlc, site, grid_id FROM server_log WHERE tbl=?1 AND row_id=?2 AND col=?3");
    if (!q) return std::nullopt;
    q->bind(1, c.table).bind(2, c.rowId).bind(3, c.column);
    if (!q->step()) return std::nullopt;
    LoggedColumn out;
    out.serverSeq = static_cast<std::uint64_t>(q->getInt(0));
    out.change = {c.table,       c.rowId,      c.column, q->getValue(1), static_cast<Hlc>(q->getInt(2)),
                  q->getUuid(3), q->getUuid(4)};
    q->reset();
    return out;
}

bool contains(const std::vector<Uuid>& v, const Uuid& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}
}  // namespace

SyncService::SyncService(SyncServiceOptions options) : m_options(std::move(options)) {}
SyncService::~SyncService() = default;

Result<std::unique_ptr<SyncService>> SyncService::open(SyncServiceOptions options) {
    StoreOptions so;
    so.clock = options.clock;
    so.role = StoreRole::Server;
    so.siteId = options.siteId;
    so.durable = options.durable;
    GW_ASSIGN_OR_RETURN(auto store, Store::open(options.dbPath, so));
    GW_TRY(migrateServerSchema(*store));
    std::unique_ptr<SyncService> svc(new SyncService(std::move(options)));
    svc->m_seq = static_cast<std::uint64_t>(
        store->database().queryInt("SELECT coalesce(max(server_seq),0) FROM server_log").value_or(0));
    SyncService* raw = svc.get();
    store->setApplyObserver([raw](WriteTxn& txn, const Change& c) { return raw->logColumn(txn, c); });
    svc->m_store = std::move(store);
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

Status SyncService::transact(const std::function<Status(WriteTxn&)>& fn) {
    std::uint64_t before = m_seq;
    Status st = m_store->transaction(fn);
    if (!st) {
        m_seq = before;
        m_dataVersion = -1;  // re-read the high-water mark in the next transaction
    }
    return st;
}

Reply SyncService::errorReply(const Status& status) {
    Reply r;
    r.httpStatus = httpStatusFor(status.code());
    r.body = wire::encodeError(status, m_store->clock().correctedNowMs(), m_staleEpoch);
    m_staleEpoch = 0;
    return r;
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
    Result<std::string> out = Status(ErrorCode::NotFound, "unknown endpoint");
    if (endpoint == Endpoint::Enroll) {
        out = enroll(body);
    } else {
        auto who = authenticateLocked(token);
        if (!who) return errorReply(who.status());
        if (endpoint == Endpoint::Push)
            out = push(*who, body);
        else if (endpoint == Endpoint::Pull)
            out = pull(*who, body);
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

// ---- enroll ----

Result<std::string> SyncService::enroll(std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::EnrollRequest>(body));
    Uuid site;
    if (req.site_id().size() != 16 || !wire::uuidFromBytes(req.site_id(), site) || site.isNil())
        return Status(ErrorCode::InvalidArgument, "site_id must be 16 bytes");
    std::string code;
    for (char ch : req.enrollment_code())
        if (ch != '-' && ch != ' ') code += ch;
    if (code.empty()) return Status(ErrorCode::InvalidArgument, "an enrollment code is required");
    auto& db = m_store->database();
    std::uint64_t now = m_store->clock().correctedNowMs();
    db::Statement* q = db.prepare("SELECT worker_id, expires_at, used_at FROM enrollment_codes WHERE code_hash=?1");
    if (!q) return Status(ErrorCode::Storage, db.lastError());
    q->bind(1, sha256Hex(code));
    if (!q->step()) return Status(ErrorCode::NotFound, "unknown enrollment code");
    Uuid worker = q->getUuid(0);
    auto expires = static_cast<std::uint64_t>(q->getInt(1));
    bool used = !q->isNull(2);
    q->reset();
    if (used) return Status(ErrorCode::InvalidState, "this enrollment code was already used");
    if (expires < now) return Status(ErrorCode::InvalidState, "this enrollment code has expired");

    std::string token = randomHex(32);
    std::string label = req.device_label().substr(0, 200);
    GW_TRY(transact([&](WriteTxn& txn) {
        auto& d = txn.database();
        GW_ASSIGN_OR_RETURN(db::Statement * use,
                            d.prepareChecked("UPDATE enrollment_codes SET used_at=?1 WHERE code_hash=?2"));
        use->bind(1, static_cast<std::int64_t>(now)).bind(2, sha256Hex(code));
        GW_TRY(use->run());
        GW_ASSIGN_OR_RETURN(db::Statement * dev,
                            d.prepareChecked("INSERT INTO server_devices(site_id,worker_id,token_hash,revoked,label,"
                                             "enrolled_at) VALUES(?1,?2,?3,0,?4,?5) ON CONFLICT(site_id) DO UPDATE SET "
                                             "worker_id=excluded.worker_id, token_hash=excluded.token_hash, revoked=0, "
                                             "label=excluded.label, enrolled_at=excluded.enrolled_at"));
        dev->bind(1, site).bind(2, worker).bind(3, sha256Hex(token)).bind(4, label);
        dev->bind(5, static_cast<std::int64_t>(now));
        GW_TRY(dev->run());
        RowWrite row{std::string(tables::kDevices), site, {}};
        row.set("worker_id", worker.toValue()).set("label", Value::text(label)).set("deleted", Value::boolean(false));
        return txn.write(row);
    }));

    pb::EnrollResponse resp;
    resp.set_device_token(token);
    resp.set_worker_id(wire::uuidBytes(worker));
    if (auto* n = db.prepare("SELECT name FROM workers WHERE id=?1")) {
        n->bind(1, worker);
        if (n->step()) resp.set_worker_name(n->getText(0));
        n->reset();
    }
    for (const auto& g : workerGridsLocked(worker)) resp.add_grid_ids(wire::uuidBytes(g));
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    return resp.SerializeAsString();
}

// ---- push ----

Result<std::string> SyncService::push(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::PushRequest>(body));
    if (static_cast<std::size_t>(req.changes_size()) > m_options.maxPushChanges)
        return Status(ErrorCode::TooLarge,
                      "a push carries at most " + std::to_string(m_options.maxPushChanges) + " changes");
    auto& db = m_store->database();
    std::uint64_t acked = 0, epoch = 0;
    if (auto* q = db.prepare("SELECT acked_seq, stamp_epoch FROM device_push_state WHERE site_id=?1")) {
        q->bind(1, who.siteId);
        if (q->step()) {
            acked = static_cast<std::uint64_t>(q->getInt(0));
            epoch = static_cast<std::uint64_t>(q->getInt(1));
        }
        q->reset();
    }
    if (req.stamp_epoch() < epoch) {
        m_staleEpoch = epoch;
        return Status(ErrorCode::InvalidState, "stale push: sent before the device re-stamped its changes");
    }
    if (req.changes_size() > 0 && req.first_seq() == 0)
        return Status(ErrorCode::InvalidArgument, "first_seq must be at least 1");

    std::vector<Uuid> grids = workerGridsLocked(who.workerId);
    std::map<Uuid, std::uint64_t> pulled;
    for (const auto& c : req.pulled_cursors()) {
        Uuid g;
        if (!wire::uuidFromBytes(c.grid_id(), g))
            return Status(ErrorCode::Malformed, "cursor grid_id must be 16 bytes");
        pulled[g] = c.server_seq();
    }
    std::uint64_t now = m_store->clock().correctedNowMs();
    std::uint64_t lastSeq = acked;
    std::uint32_t conflicts = 0;

    Status st = transact([&](WriteTxn& txn) {
        std::optional<std::pair<Uuid, std::optional<Uuid>>> checkedRow;
        std::string checkedTable;
        for (int i = 0; i < req.changes_size(); ++i) {
            std::uint64_t seq = req.first_seq() + static_cast<std::uint64_t>(i);
            if (seq <= acked) continue;  // already applied: a retry after a lost ack
            GW_ASSIGN_OR_RETURN(Change c, wire::fromProto(req.changes(i)));
            const TableSpec* spec = findTable(c.table);
            if (!spec) return Status(ErrorCode::UnknownTable, "unknown table '" + c.table + "'");
            if (c.site != who.siteId)
                return Status(ErrorCode::InvalidArgument, "a device pushes only changes it wrote itself");
            if (c.gridId.isNil())
                return Status(ErrorCode::WrongGrid, "township-wide rows (" + c.table + ") are read-only for devices");
            if (!contains(grids, c.gridId))
                return Status(ErrorCode::WrongGrid, "grid " + c.gridId.toString() + " is not assigned to this worker");
            // A row's columns arrive together: look its stored grid up once per row.
            if (!checkedRow || checkedRow->first != c.rowId || checkedTable != c.table) {
                checkedRow = {c.rowId, txn.store().rowGrid(c.table, c.rowId)};
                checkedTable = c.table;
            }
            if (checkedRow->second && !contains(grids, *checkedRow->second))
                return Status(ErrorCode::WrongGrid, "row " + c.rowId.toString() + " belongs to another grid");
            if (hlcMs(c.hlc) > now + m_options.maxClockAheadMs)
                return Status(ErrorCode::ClockAhead,
                              "change stamped " + std::to_string(hlcMs(c.hlc) - now) + " ms in the server's future");
            // A value from another site that this device had not pulled when it pushed: the two
            // writes were concurrent, whichever wins. Keep both (merge.h).
            if (auto logged = spec->isAppendOnly() ? std::nullopt : loggedColumn(txn.database(), c)) {
                auto it = pulled.find(c.gridId);
                std::uint64_t seen = it == pulled.end() ? 0 : it->second;
                const Change& other = logged->change;
                if (other.site != c.site && logged->serverSeq > seen && other.stamp() != c.stamp() &&
                    other.value != c.value) {
                    Change mine = c;
                    Change theirs = other;
                    theirs.gridId = c.gridId;
                    GW_TRY(c.stamp() > other.stamp() ? logConflict(txn, theirs, mine) : logConflict(txn, mine, theirs));
                    ++conflicts;
                }
            }
            GW_ASSIGN_OR_RETURN(ApplyOutcome outcome, txn.applyRemote(c));
            (void)outcome;
            lastSeq = seq;
        }
        GW_ASSIGN_OR_RETURN(db::Statement * state,
                            txn.database().prepareChecked(
                                "INSERT INTO device_push_state(site_id,acked_seq,stamp_epoch) VALUES(?1,?2,?3) "
                                "ON CONFLICT(site_id) DO UPDATE SET acked_seq=max(acked_seq,excluded.acked_seq), "
                                "stamp_epoch=max(stamp_epoch,excluded.stamp_epoch)"));
        state->bind(1, who.siteId).bind(2, static_cast<std::int64_t>(lastSeq));
        state->bind(3, static_cast<std::int64_t>(req.stamp_epoch()));
        return state->run();
    });
    if (!st) return st;
    pb::PushResponse resp;
    resp.set_acked_through_seq(lastSeq);
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    resp.set_conflicts_logged(conflicts);
    return resp.SerializeAsString();
}

// ---- pull ----

Result<std::string> SyncService::pull(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::PullRequest>(body));
    std::vector<Uuid> scope{Uuid::nil()};  // the township-wide pseudo-scope first
    for (const auto& g : workerGridsLocked(who.workerId)) scope.push_back(g);
    std::map<Uuid, std::uint64_t> cursors;
    pb::PullResponse resp;
    for (const auto& c : req.cursors()) {
        Uuid g;
        if (!wire::uuidFromBytes(c.grid_id(), g))
            return Status(ErrorCode::Malformed, "cursor grid_id must be 16 bytes");
        if (contains(scope, g))
            cursors[g] = c.server_seq();
        else
            resp.add_dropped_grid_ids(wire::uuidBytes(g));
    }
    std::uint32_t limit = req.max_changes() ? req.max_changes() : m_options.defaultPullBatch;
    limit = std::min(limit, m_options.maxPullBatch);
    auto& db = m_store->database();
    db::Statement* q = db.prepare("SELECT tbl,row_id,col,value,hlc,site,server_seq FROM server_log "
                                  "WHERE grid_id=?1 AND server_seq>?2 ORDER BY server_seq LIMIT ?3");
    db::Statement* count = db.prepare("SELECT count(*) FROM server_log WHERE grid_id=?1 AND server_seq>?2");
    if (!q || !count) return Status(ErrorCode::Storage, db.lastError());
    std::uint64_t remaining = limit;
    std::uint64_t estimate = 0;
    bool more = false;
    for (const auto& g : scope) {
        std::uint64_t from = cursors.count(g) ? cursors[g] : 0;
        count->bind(1, g).bind(2, static_cast<std::int64_t>(from));
        if (count->step()) estimate += static_cast<std::uint64_t>(count->getInt(0));
        count->reset();
        std::uint64_t to = from;
        if (remaining > 0) {
            q->bind(1, g).bind(2, static_cast<std::int64_t>(from)).bind(3, static_cast<std::int64_t>(remaining + 1));
            std::uint64_t taken = 0;
            while (q->step()) {
                if (taken == remaining) {
                    more = true;
                    break;
                }
                Change c{q->getText(0),
                         q->getUuid(1),
                         q->getText(2),
                         q->getValue(3),
                         static_cast<Hlc>(q->getInt(4)),
                         q->getUuid(5),
                         g};
                wire::toProto(c, resp.add_changes());
                to = static_cast<std::uint64_t>(q->getInt(6));
                ++taken;
            }
            GW_TRY(q->status());
            q->reset();
            remaining -= taken;
        }
        auto* cur = resp.add_cursors();
        cur->set_grid_id(wire::uuidBytes(g));
        cur->set_server_seq(to);
    }
    // Every change past the cursors is counted in the estimate, so anything not sent means more.
    resp.set_has_more(more || estimate > static_cast<std::uint64_t>(resp.changes_size()));
    resp.set_total_estimate(estimate);
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
