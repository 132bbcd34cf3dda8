// enroll.cpp — SyncService::enroll: a one-time enrollment code becomes a device token.
#include "gridwork/server/sync_service.h"

#include "gridwork/core/base/secure_random.h"
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "server_schema.h"
#include "service_util.h"

#include <algorithm>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

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
    Uuid worker;
    std::uint64_t expires = 0;
    bool used = false;
    {
        GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT worker_id, expires_at, used_at FROM enrollment_codes "
                                                    "WHERE code_hash=?1"));
        q->bind(1, sha256Hex(code));
        GW_ASSIGN_OR_RETURN(bool found, q->next());
        if (!found) return Status(ErrorCode::NotFound, "unknown enrollment code");
        worker = q->getUuid(0);
        expires = static_cast<std::uint64_t>(q->getInt(1));
        used = !q->isNull(2);
    }
    if (used) return Status(ErrorCode::InvalidState, "this enrollment code was already used");
    if (expires < now) return Status(ErrorCode::InvalidState, "this enrollment code has expired");

    // 256 bits from the OS CSPRNG; only its hash is stored.
    GW_ASSIGN_OR_RETURN(std::string token, secureRandomHex(32));
    std::string label = req.device_label().substr(0, 200);
    GW_TRY(transact([&](WriteTxn& txn) {
        auto& d = txn.database();
        GW_ASSIGN_OR_RETURN(db::Query use, d.prepare("UPDATE enrollment_codes SET used_at=?1 WHERE code_hash=?2"));
        use->bind(1, static_cast<std::int64_t>(now)).bind(2, sha256Hex(code));
        GW_TRY(use->run());
        GW_ASSIGN_OR_RETURN(db::Query dev,
                            d.prepare("INSERT INTO server_devices(site_id,worker_id,token_hash,revoked,label,"
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
    {
        GW_ASSIGN_OR_RETURN(db::Query n, db.prepare("SELECT name FROM workers WHERE id=?1"));
        n->bind(1, worker);
        GW_ASSIGN_OR_RETURN(bool found, n->next());
        if (found) resp.set_worker_name(n->getText(0));
    }
    GW_ASSIGN_OR_RETURN(std::vector<Uuid> grids, workerGridsLocked(worker));
    for (const auto& g : grids) resp.add_grid_ids(wire::uuidBytes(g));
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
