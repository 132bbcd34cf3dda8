// enroll.cpp — SyncService::enroll: a one-time enrollment code becomes a device token.
#include "gridwork/server/sync_service.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "server_schema.h"
#include "service_util.h"

#include "enrollment_code.h"
#include <algorithm>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

namespace {
// Failed enrollments (unknown code, refused claim) allowed per minute, township-wide: with 80-bit
// codes guessing is hopeless anyway; this keeps a flood from costing the server anything.
constexpr int kFailuresPerMinute = 30;
// Refused site claims with one valid code before the code is burnt.
constexpr int kClaimsPerCode = 5;
}  // namespace

// Whether `site` may be bound to a new token. A site id the server has never seen is free; one
// it holds a device for is re-enrolled only by that device (it proves it with its current token,
// EnrollRequest.current_token); the server's own id never. (Every site that ever pushed has a
// server_devices row: a push needs a token, a token needs an enrollment.) `retryOfCode`: this very code was used by
// this site minutes ago and the device has pushed nothing since (its answer was lost), so it may repeat the enrollment.
Status SyncService::checkSiteClaim(const Uuid& site, std::string_view currentToken, bool retryOfCode) {
    constexpr const char* kTaken = "此设备编号已属于另一台设备，不能用它登记。请重新初始化本设备后再登记。";
    if (site == m_store->siteId()) return {ErrorCode::Conflict, kTaken};
    auto& db = m_store->database();
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT token_hash, revoked FROM server_devices WHERE site_id=?1"));
    q->bind(1, site);
    if (q->step()) {
        std::string held = q->getText(0);
        bool revoked = q->getInt(1) != 0;
        q->reset();
        if (retryOfCode) return Status::ok();
        if (revoked) return {ErrorCode::Conflict, "此设备已被镇街停用，不能再登记。请重新初始化本设备后再登记。"};
        if (currentToken.empty() || sha256Hex(currentToken) != held) return {ErrorCode::Conflict, kTaken};
        return Status::ok();
    }
    q->reset();
    return Status::ok();
}

Result<std::string> SyncService::enroll(std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::EnrollRequest>(body));
    Uuid site;
    if (req.site_id().size() != 16 || !wire::uuidFromBytes(req.site_id(), site) || site.isNil())
        return Status(ErrorCode::InvalidArgument, "site_id must be 16 bytes");
    std::string code = canonicalCode(req.enrollment_code());
    if (code.empty()) return Status(ErrorCode::InvalidArgument, "an enrollment code is required");
    if (code.size() > 64) return Status(ErrorCode::InvalidArgument, "an enrollment code has at most 64 characters");
    auto& db = m_store->database();
    std::uint64_t now = m_store->clock().correctedNowMs();
    // Rate limit on failures, per minute (in memory: a restart forgives, which is harmless).
    if (now / 60000 != m_enrollWindow) {
        m_enrollWindow = now / 60000;
        m_enrollFailures = 0;
    }
    if (m_enrollFailures >= kFailuresPerMinute)
        return Status(ErrorCode::Unavailable, "登记尝试过于频繁，请一分钟后再试");
    auto failed = [&](Status s) {
        ++m_enrollFailures;
        return s;
    };
    db::Statement* q =
        db.prepare("SELECT worker_id, expires_at, used_at, used_by FROM enrollment_codes WHERE code_hash=?1");
    if (!q) return Status(ErrorCode::Storage, db.lastError());
    q->bind(1, sha256Hex(code));
    if (!q->step()) {
        q->reset();
        return failed(Status(ErrorCode::NotFound, "unknown enrollment code"));
    }
    Uuid worker = q->getUuid(0);
    auto expires = static_cast<std::uint64_t>(q->getInt(1));
    bool used = !q->isNull(2);
    auto usedAt = static_cast<std::uint64_t>(q->getInt(2));
    Uuid usedBy = q->isNull(3) ? Uuid{} : q->getUuid(3);
    q->reset();
    if (expires < now) return Status(ErrorCode::InvalidState, "this enrollment code has expired");
    bool retry = false;
    if (used) {
        // The same device again within ten minutes, without a token, nothing pushed yet: the
        // answer to its first try was lost.
        GW_ASSIGN_OR_RETURN(db::Statement * pushed,
                            db.prepareChecked("SELECT 1 FROM device_push_state WHERE site_id=?1"));
        pushed->bind(1, site);
        bool hasPushed = pushed->step();
        pushed->reset();
        retry = usedBy == site && !usedBy.isNil() && now - usedAt < 10 * 60 * 1000 && !hasPushed &&
                req.current_token().empty();
        if (!retry) return Status(ErrorCode::InvalidState, "this enrollment code was already used");
    }
    if (Status claim = checkSiteClaim(site, req.current_token(), retry); !claim) {
        // Each refused claim counts against the code; after a few it is burnt.
        GW_ASSIGN_OR_RETURN(db::Statement * count,
                            db.prepareChecked("UPDATE enrollment_codes SET refused_claims=refused_claims+1, "
                                              "used_at=CASE WHEN refused_claims+1>=?2 THEN ?3 ELSE used_at END "
                                              "WHERE code_hash=?1"));
        count->bind(1, sha256Hex(code)).bind(2, static_cast<std::int64_t>(kClaimsPerCode));
        count->bind(3, static_cast<std::int64_t>(now));
        GW_TRY(count->run());
        return failed(claim);
    }

    // 256 bits from the OS CSPRNG; only its hash is stored.
    GW_ASSIGN_OR_RETURN(std::string token, secureRandomHex(32));
    std::string label = req.device_label().substr(0, 200);
    GW_TRY(transact([&](WriteTxn& txn) {
        auto& d = txn.database();
        GW_ASSIGN_OR_RETURN(db::Statement * use,
                            d.prepareChecked("UPDATE enrollment_codes SET used_at=?1, used_by=?3 WHERE code_hash=?2"));
        use->bind(1, static_cast<std::int64_t>(now)).bind(2, sha256Hex(code)).bind(3, site);
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
    resp.set_site_id(wire::uuidBytes(site));
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
