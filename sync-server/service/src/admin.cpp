// admin.cpp — the township's side of the service: workers, grids, enrollment codes, devices,
// and server-side writes (the command centre's report events, tasks).
#include "gridwork/core/base/secure_random.h"
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/sync_service.h"

namespace gridwork::server {

namespace {
Status setGrids(WriteTxn& txn, const Uuid& worker, const std::vector<Uuid>& grids) {
    auto& db = txn.database();
    GW_ASSIGN_OR_RETURN(db::Query del, db.prepare("DELETE FROM worker_grids WHERE worker_id=?1"));
    del->bind(1, worker);
    GW_TRY(del->run());
    GW_ASSIGN_OR_RETURN(db::Query add,
                        db.prepare("INSERT OR IGNORE INTO worker_grids(worker_id,grid_id) VALUES(?1,?2)"));
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
        return setGrids(txn, id, grids);
    }));
    return id;
}

Result<std::string> SyncService::issueEnrollmentCode(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    GW_ASSIGN_OR_RETURN(db::Query exists, m_store->database().prepare("SELECT 1 FROM workers WHERE id=?1"));
    exists->bind(1, workerId);
    GW_ASSIGN_OR_RETURN(bool found, exists->next());
    if (!found) return Status(ErrorCode::NotFound, "no worker " + workerId.toString());
    // Ten digits, easy to read out and type on a phone keypad: "48271-93065".
    // From the OS CSPRNG, each digit uniform (no modulo bias); only the hash is stored.
    GW_ASSIGN_OR_RETURN(std::string digits, secureRandomDigits(10));
    std::uint64_t expires = m_store->clock().correctedNowMs() + m_options.enrollmentCodeTtlMs;
    GW_TRY(transact([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(db::Query put,
                            txn.database().prepare("INSERT INTO enrollment_codes(code_hash,worker_id,expires_at) "
                                                   "VALUES(?1,?2,?3)"));
        put->bind(1, sha256Hex(digits)).bind(2, workerId).bind(3, static_cast<std::int64_t>(expires));
        return put->run();
    }));
    return digits.substr(0, 5) + "-" + digits.substr(5);
}

Status SyncService::reassignWorker(const Uuid& workerId, const std::vector<Uuid>& grids) {
    std::lock_guard lock(m_mutex);
    return transact([&](WriteTxn& txn) { return setGrids(txn, workerId, grids); });
}

Status SyncService::revokeDevice(const Uuid& siteId) {
    std::lock_guard lock(m_mutex);
    return transact([&](WriteTxn& txn) {
        GW_ASSIGN_OR_RETURN(db::Query upd,
                            txn.database().prepare("UPDATE server_devices SET revoked=1 WHERE site_id=?1"));
        upd->bind(1, siteId);
        GW_TRY(upd->run());
        if (txn.database().changes() == 0) return Status(ErrorCode::NotFound, "no device " + siteId.toString());
        return Status::ok();
    });
}

Result<WorkerInfo> SyncService::worker(const Uuid& workerId) {
    std::lock_guard lock(m_mutex);
    WorkerInfo w{workerId, {}, {}, {}};
    {
        GW_ASSIGN_OR_RETURN(db::Query q, m_store->database().prepare("SELECT name, phone FROM workers WHERE id=?1"));
        q->bind(1, workerId);
        GW_ASSIGN_OR_RETURN(bool found, q->next());
        if (!found) return Status(ErrorCode::NotFound, "no worker " + workerId.toString());
        w.name = q->getText(0);
        w.phone = q->getText(1);
    }
    GW_ASSIGN_OR_RETURN(w.grids, workerGridsLocked(workerId));
    return w;
}

std::vector<WorkerInfo> SyncService::workers() {
    std::lock_guard lock(m_mutex);
    std::vector<WorkerInfo> out;
    // A failed read lists nothing (sync_service.h: workers() and devices() are still to move to Result).
    auto q = m_store->database().prepare("SELECT id, name, phone FROM workers WHERE deleted=0 ORDER BY name, id");
    if (!q.isOk()) return out;
    while ((*q)->step()) out.push_back({(*q)->getUuid(0), (*q)->getText(1), (*q)->getText(2), {}});
    for (auto& w : out) {
        auto grids = workerGridsLocked(w.id);
        if (grids.isOk()) w.grids = std::move(grids).value();
    }
    return out;
}

std::vector<DeviceInfo> SyncService::devices() {
    std::lock_guard lock(m_mutex);
    std::vector<DeviceInfo> out;
    auto prepared = m_store->database().prepare(
        "SELECT d.site_id, d.worker_id, d.label, d.revoked, d.enrolled_at, coalesce(p.acked_seq,0) FROM server_devices "
        "d LEFT JOIN device_push_state p ON p.site_id=d.site_id ORDER BY d.enrolled_at, d.site_id");
    if (!prepared.isOk()) return out;  // as workers()
    db::Query& q = *prepared;
    while (q->step())
        out.push_back({q->getUuid(0), q->getUuid(1), q->getText(2), q->getInt(3) != 0,
                       static_cast<std::uint64_t>(q->getInt(4)), static_cast<std::uint64_t>(q->getInt(5))});
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

std::string SyncService::dump(const std::optional<std::vector<Uuid>>& gridScope) {
    std::lock_guard lock(m_mutex);
    return dumpJson(*m_store, gridScope);
}

std::uint64_t SyncService::lastServerSeq() {
    std::lock_guard lock(m_mutex);
    return m_seq;
}

}  // namespace gridwork::server
