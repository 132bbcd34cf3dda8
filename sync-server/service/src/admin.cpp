// admin.cpp — the township's side of the service: workers, grids, enrollment codes, devices,
// and server-side writes (the command centre's report events, tasks).
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/sync_service.h"

#include "enrollment_code.h"

namespace gridwork::server {

namespace {
// Replaces the worker's grids. A grid he loses is noted with the time (worker_grid_removals):
// his devices' changes for it stamped before then are still accepted (push.cpp, scopeOf).
Status setGrids(WriteTxn& txn, const Uuid& worker, const std::vector<Uuid>& grids, std::uint64_t nowMs) {
    auto& db = txn.database();
    GW_ASSIGN_OR_RETURN(
        db::Statement * lost,
        db.prepareChecked("INSERT INTO worker_grid_removals(worker_id,grid_id,removed_at) "
                          "SELECT worker_id, grid_id, ?2 FROM worker_grids WHERE worker_id=?1 "
                          "ON CONFLICT(worker_id,grid_id) DO UPDATE SET removed_at=excluded.removed_at"));
    lost->bind(1, worker).bind(2, static_cast<std::int64_t>(nowMs));
    GW_TRY(lost->run());
    GW_ASSIGN_OR_RETURN(db::Statement * kept,
                        db.prepareChecked("DELETE FROM worker_grid_removals WHERE worker_id=?1 AND grid_id=?2"));
    for (const auto& g : grids) {
        kept->bind(1, worker).bind(2, g);
        GW_TRY(kept->run());
    }
    GW_ASSIGN_OR_RETURN(db::Statement * del, db.prepareChecked("DELETE FROM worker_grids WHERE worker_id=?1"));
    del->bind(1, worker);
    GW_TRY(del->run());
    GW_ASSIGN_OR_RETURN(db::Statement * add,
                        db.prepareChecked("INSERT OR IGNORE INTO worker_grids(worker_id,grid_id) VALUES(?1,?2)"));
    for (const auto& g : grids) {
        if (g.isNil()) return {ErrorCode::InvalidArgument, "a grid id must not be nil"};
        add->bind(1, worker).bind(2, g);
        GW_TRY(add->run());
    }
    return Status::ok();
}
}  // namespace

Result<Uuid> SyncService::createWorker(const std::string& name, const std::string& phone,
                                       const std::vector<Uuid>& grids, const std::string& role,
                                       const std::optional<Uuid>& givenId) {
    if (name.empty()) return Status(ErrorCode::InvalidArgument, "a worker needs a name");
    std::lock_guard lock(m_mutex);
    Uuid id = givenId.value_or(newUuidV7());
    GW_TRY(transact([&](WriteTxn& txn) {
        RowWrite w{std::string(tables::kWorkers), id, {}};
        w.set("name", Value::text(name)).set("phone", Value::text(phone)).set("role", Value::text(role));
        w.set("deleted", Value::boolean(false));
        GW_TRY(txn.write(w));
        return setGrids(txn, id, grids, m_store->clock().correctedNowMs());
    }));
    return id;
}

Result<std::string> SyncService::issueEnrollmentCode(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    auto exists = m_store->database().prepare("SELECT 1 FROM workers WHERE id=?1");
    if (!exists) return Status(ErrorCode::Storage, m_store->database().lastError());
    exists->bind(1, workerId);
    bool found = exists->step();
    exists->reset();
    if (!found) return Status(ErrorCode::NotFound, "no worker " + workerId.toString());
    GW_ASSIGN_OR_RETURN(std::string code, newEnrollmentCode());
    const std::string digits = canonicalCode(code);
    std::uint64_t expires = m_store->clock().correctedNowMs() + m_options.enrollmentCodeTtlMs;
    GW_TRY(transact([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(db::Statement * put, txn.database().prepareChecked(
                                                     "INSERT INTO enrollment_codes(code_hash,worker_id,expires_at) "
                                                     "VALUES(?1,?2,?3)"));
        put->bind(1, sha256Hex(digits)).bind(2, workerId).bind(3, static_cast<std::int64_t>(expires));
        return put->run();
    }));
    return code;
}

Status SyncService::reassignWorker(const Uuid& workerId, const std::vector<Uuid>& grids) {
    std::lock_guard lock(m_mutex);
    std::uint64_t now = m_store->clock().correctedNowMs();
    return transact([&](WriteTxn& txn) { return setGrids(txn, workerId, grids, now); });
}

Status SyncService::revokeDevice(const Uuid& siteId) {
    std::lock_guard lock(m_mutex);
    return transact([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(db::Statement * upd,
                            txn.database().prepareChecked("UPDATE server_devices SET revoked=1 WHERE site_id=?1"));
        upd->bind(1, siteId);
        GW_TRY(upd->run());
        if (txn.database().changes() == 0) return Status(ErrorCode::NotFound, "no device " + siteId.toString());
        return Status::ok();
    });
}

Status SyncService::revokeWorker(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    return transact([&](WriteTxn& txn) {
        auto& db = txn.database();
        GW_ASSIGN_OR_RETURN(db::Statement * upd,
                            db.prepareChecked("UPDATE server_devices SET revoked=1 WHERE worker_id=?1"));
        upd->bind(1, workerId);
        GW_TRY(upd->run());
        // A code issued before the revocation must not enroll a new device for him.
        GW_ASSIGN_OR_RETURN(db::Statement * codes,
                            db.prepareChecked("DELETE FROM enrollment_codes WHERE worker_id=?1 AND used_at IS NULL"));
        codes->bind(1, workerId);
        return codes->run();
    });
}

Result<WorkerInfo> SyncService::worker(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    db::Statement* q = m_store->database().prepare("SELECT name, phone FROM workers WHERE id=?1");
    if (!q) return Status(ErrorCode::Storage, m_store->database().lastError());
    q->bind(1, workerId);
    if (!q->step()) return Status(ErrorCode::NotFound, "no worker " + workerId.toString());
    WorkerInfo w{workerId, q->getText(0), q->getText(1), {}};
    q->reset();
    w.grids = workerGridsLocked(workerId);
    return w;
}

std::vector<WorkerInfo> SyncService::workers() {
    std::lock_guard lock(m_mutex);
    std::vector<WorkerInfo> out;
    db::Statement* q =
        m_store->database().prepare("SELECT id, name, phone FROM workers WHERE deleted=0 ORDER BY name, id");
    if (!q) return out;
    while (q->step()) out.push_back({q->getUuid(0), q->getText(1), q->getText(2), {}});
    q->reset();
    for (auto& w : out) w.grids = workerGridsLocked(w.id);
    return out;
}

std::vector<DeviceInfo> SyncService::devices() {
    std::lock_guard lock(m_mutex);
    std::vector<DeviceInfo> out;
    db::Statement* q = m_store->database().prepare(
        "SELECT d.site_id, d.worker_id, d.label, d.revoked, d.enrolled_at, coalesce(p.acked_seq,0) FROM server_devices "
        "d "
        "LEFT JOIN device_push_state p ON p.site_id=d.site_id ORDER BY d.enrolled_at, d.site_id");
    if (!q) return out;
    while (q->step())
        out.push_back({q->getUuid(0), q->getUuid(1), q->getText(2), q->getInt(3) != 0,
                       static_cast<std::uint64_t>(q->getInt(4)), static_cast<std::uint64_t>(q->getInt(5))});
    q->reset();
    return out;
}

Status SyncService::write(const std::vector<RowWrite>& writes) {
    std::lock_guard lock(m_mutex);
    return transact([&](WriteTxn& txn) {
        for (const auto& w : writes) GW_TRY(txn.write(w));
        return Status::ok();
    });
}

Status SyncService::withStore(const std::function<Status(Store&)>& fn) {
    std::lock_guard lock(m_mutex);
    return fn(*m_store);
}

std::string SyncService::dump(const std::optional<std::vector<Uuid>>& gridScope,
                              const std::optional<Uuid>& trackOwner) {
    std::lock_guard lock(m_mutex);
    return dumpJson(*m_store, gridScope, trackOwner);
}

std::uint64_t SyncService::lastServerSeq() {
    std::lock_guard lock(m_mutex);
    return m_seq;
}

}  // namespace gridwork::server
