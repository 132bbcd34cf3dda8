// push.cpp — SyncService::push: a device's batch of changes, in named steps.
//
// read the push state → refuse a stale epoch → per change: check it (push_checks.h), decide its
// scope (apply / keep for the township), note a concurrent overwrite, apply → save the push state.
// Every change is merged whatever its seq: the merge is idempotent (a change already held is a
// no-op), so a retry after a lost ack changes nothing and a phone restored from a backup, which
// reuses seqs the server has seen, loses nothing (core/docs/sync-protocol.md, "Push").
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/report_workflow.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/server/sync_service.h"
#include "push_checks.h"
#include "server_schema.h"
#include "service_util.h"

#include <algorithm>
#include <map>

namespace gridwork::server {

namespace pb = ::gridwork::sync::v1;

namespace {
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

struct PushState {
    std::uint64_t highSeq = 0;  // the highest seq ever applied from the device
    std::uint64_t epoch = 0;
};

Result<PushState> readPushState(db::Database& db, const Uuid& site) {
    PushState s;
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT acked_seq, stamp_epoch FROM device_push_state WHERE site_id=?1"));
    q->bind(1, site);
    if (q->step()) {
        s.highSeq = static_cast<std::uint64_t>(q->getInt(0));
        s.epoch = static_cast<std::uint64_t>(q->getInt(1));
    }
    GW_TRY(q->status());
    q->reset();
    return s;
}

Status savePushState(db::Database& db, const Uuid& site, std::uint64_t lastSeq, std::uint64_t epoch) {
    GW_ASSIGN_OR_RETURN(
        db::Statement * state,
        db.prepareChecked("INSERT INTO device_push_state(site_id,acked_seq,stamp_epoch) VALUES(?1,?2,?3) "
                          "ON CONFLICT(site_id) DO UPDATE SET acked_seq=max(acked_seq,excluded.acked_seq), "
                          "stamp_epoch=max(stamp_epoch,excluded.stamp_epoch)"));
    state->bind(1, site).bind(2, static_cast<std::int64_t>(lastSeq)).bind(3, static_cast<std::int64_t>(epoch));
    return state->run();
}

Result<std::map<Uuid, std::uint64_t>> pulledCursors(const pb::PushRequest& req) {
    std::map<Uuid, std::uint64_t> pulled;
    for (const auto& c : req.pulled_cursors()) {
        Uuid g;
        if (!wire::uuidFromBytes(c.grid_id(), g))
            return Status(ErrorCode::Malformed, "cursor grid_id must be 16 bytes");
        pulled[g] = c.server_seq();
    }
    return pulled;
}

Status flagDate(db::Database& db, const Change& c, std::uint64_t now) {
    GW_ASSIGN_OR_RETURN(db::Statement * put,
                        db.prepareChecked("INSERT OR REPLACE INTO flagged_dates(tbl,row_id,col,value,site,flagged_at) "
                                          "VALUES(?1,?2,?3,?4,?5,?6)"));
    put->bind(1, c.table).bind(2, c.rowId).bind(3, c.column).bind(4, c.value).bind(5, c.site);
    put->bind(6, static_cast<std::int64_t>(now));
    return put->run();
}

Result<bool> movedFrom(db::Database& db, const Change& c) {
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT 1 FROM row_moves WHERE tbl=?1 AND row_id=?2 AND from_grid=?3"));
    q->bind(1, c.table).bind(2, c.rowId).bind(3, c.gridId);
    bool moved = q->step();
    GW_TRY(q->status());
    q->reset();
    return moved;
}

// When the worker lost each grid he no longer has (worker_grid_removals).
Result<std::map<Uuid, std::uint64_t>> gridRemovals(db::Database& db, const Uuid& worker) {
    std::map<Uuid, std::uint64_t> out;
    GW_ASSIGN_OR_RETURN(db::Statement * q,
                        db.prepareChecked("SELECT grid_id, removed_at FROM worker_grid_removals WHERE worker_id=?1"));
    q->bind(1, worker);
    while (q->step()) out[q->getUuid(0)] = static_cast<std::uint64_t>(q->getInt(1));
    GW_TRY(q->status());
    q->reset();
    return out;
}
}  // namespace

// Everything one push needs to judge its changes.
struct SyncService::PushBatch {
    explicit PushBatch(const DeviceIdentity& w) : who(w) {}
    const DeviceIdentity& who;
    std::vector<Uuid> grids;                  // the worker's grids now
    std::map<Uuid, std::uint64_t> removedAt;  // grids he lost, and when
    std::map<Uuid, std::uint64_t> pulled;     // what the device had pulled, per grid
    std::uint64_t now = 0;
    std::optional<std::pair<Uuid, std::optional<Uuid>>> checkedRow;  // (row, its stored grid)
    std::string checkedTable;
    std::uint32_t conflicts = 0;
    std::uint32_t kept = 0;
    std::string role;        // the worker's role, from the server's workers row
    std::string workerName;  // the actor name his events carry
};

namespace {
Status readWorker(db::Database& db, const Uuid& worker, std::string& role, std::string& name) {
    GW_ASSIGN_OR_RETURN(db::Statement * q, db.prepareChecked("SELECT coalesce(role,''), coalesce(name,'') FROM workers "
                                                             "WHERE id=?1"));
    q->bind(1, worker);
    if (q->step()) {
        role = q->getText(0);
        name = q->getText(1);
    }
    GW_TRY(q->status());
    q->reset();
    return Status::ok();
}

// Which report events a device may append is decided here, by the caller's role: the worker
// reports, handles on site, gives feedback, resubmits and comments; accepting, dispatching,
// starting, handling, closing, returning, reopening and escalating are the command centre's
// (dispatchers and admins). An event's actor is the authenticated worker, never a typed name.
Status checkAuthority(const Change& c, const Uuid& worker, const std::string& role, const std::string& name) {
    if (c.table != tables::kReportEvents) return Status::ok();
    bool centre = role == "dispatcher" || role == "admin";
    if (c.column == "kind" && c.value.kind() == Value::Kind::Text && !centre) {
        auto kind = parseReportEventKind(c.value.asText());
        using K = ReportEventKind;
        bool allowed = kind && (*kind == K::Report || *kind == K::ResolveOnSite || *kind == K::Feedback ||
                                *kind == K::Resubmit || *kind == K::Comment);
        if (!allowed)
            return {ErrorCode::Forbidden, "“" + c.value.asText() + "”只能由指挥中心办理，网格员的设备不能添加"};
    }
    if (c.column == "actor_id" && !c.value.isNull() &&
        (c.value.kind() != Value::Kind::Blob || Uuid::fromBlob(c.value.asBlob()) != worker))
        return {ErrorCode::Forbidden, "事件的办理人只能是登记本设备的网格员"};
    if (c.column == "actor_name" && c.value.kind() == Value::Kind::Text && !c.value.asText().empty() &&
        c.value.asText() != name)
        return {ErrorCode::Forbidden, "事件的办理人只能是登记本设备的网格员（" + name + "）"};
    return Status::ok();
}
}  // namespace

// Apply, keep for the township (a grid the worker lost, a row moved out of his grids), or refuse.
Result<SyncService::ScopeVerdict> SyncService::scopeOf(PushBatch& b, WriteTxn& txn, const Change& c) {
    if (c.gridId.isNil())
        return Status(ErrorCode::WrongGrid, "township-wide rows (" + c.table + ") are read-only for devices");
    // A row's columns arrive together: look its stored grid up once per row.
    if (!b.checkedRow || b.checkedRow->first != c.rowId || b.checkedTable != c.table) {
        b.checkedRow = {c.rowId, txn.store().rowGrid(c.table, c.rowId)};
        b.checkedTable = c.table;
    }
    const std::optional<Uuid>& stored = b.checkedRow->second;
    if (contains(b.grids, c.gridId)) {
        if (!stored || contains(b.grids, *stored)) return ScopeVerdict::Apply;
        // The township moved the row out of his grid after he had it: his edit is kept. A row
        // that was never in this grid is not his to edit.
        GW_ASSIGN_OR_RETURN(bool moved, movedFrom(txn.database(), c));
        if (moved) return ScopeVerdict::Keep;
        return Status(ErrorCode::WrongGrid, "row " + c.rowId.toString() + " belongs to another grid");
    }
    auto lost = b.removedAt.find(c.gridId);
    if (lost == b.removedAt.end())
        return Status(ErrorCode::WrongGrid, "grid " + c.gridId.toString() + " is not assigned to this worker");
    // Written while the grid was still his: accepted for it, unless the row has moved since.
    bool before = hlcMs(c.hlc) <= lost->second;
    if (before && (!stored || *stored == c.gridId)) return ScopeVerdict::Apply;
    return ScopeVerdict::Keep;
}

// Not applied but never dropped: the change goes to the conflict log of its grid, as the loser
// against what the server holds (or NULL), stamped at the reassignment, for the township to see.
Status SyncService::keepForTownship(PushBatch& b, WriteTxn& txn, const Change& c) {
    auto lost = b.removedAt.find(c.gridId);
    Change held{
        c.table,           c.rowId, c.column, Value{}, makeHlc(lost == b.removedAt.end() ? b.now : lost->second, 0),
        m_store->siteId(), c.gridId};
    if (auto logged = loggedColumn(txn.database(), c)) {
        held.value = logged->change.value;
        held.hlc = logged->change.hlc;
        held.site = logged->change.site;
    }
    GW_TRY(logConflict(txn, c, held));
    ++b.kept;
    return Status::ok();
}

// A value from another site that this device had not pulled when it pushed: the two writes were
// concurrent, whichever wins. Keep both (merge.h).
Status SyncService::noteConcurrentWrite(PushBatch& b, WriteTxn& txn, const TableSpec& spec, const Change& c) {
    if (spec.isAppendOnly()) return Status::ok();
    auto logged = loggedColumn(txn.database(), c);
    if (!logged) return Status::ok();
    auto it = b.pulled.find(c.gridId);
    std::uint64_t seen = it == b.pulled.end() ? 0 : it->second;
    const Change& other = logged->change;
    if (other.site == c.site || logged->serverSeq <= seen || other.stamp() == c.stamp() || other.value == c.value)
        return Status::ok();
    Change theirs = other;
    theirs.gridId = c.gridId;
    GW_TRY(merge::incomingWins(other.stamp(), c.stamp()) ? logConflict(txn, theirs, c) : logConflict(txn, c, theirs));
    ++b.conflicts;
    return Status::ok();
}

Status SyncService::pushOne(PushBatch& b, WriteTxn& txn, const pb::Change& wireChange) {
    GW_ASSIGN_OR_RETURN(Change c, wire::fromProto(wireChange));
    const TableSpec* spec = nullptr;
    GW_TRY(merge::validateRemoteChange(c, spec));
    if (c.site != b.who.siteId)
        return Status(ErrorCode::InvalidArgument, "a device pushes only changes it wrote itself");
    bool farDate = false;
    GW_TRY(checkPushedChange(*spec, c, b.now, &farDate));
    if (farDate) GW_TRY(flagDate(txn.database(), c, b.now));
    GW_TRY(checkAuthority(c, b.who.workerId, b.role, b.workerName));
    GW_ASSIGN_OR_RETURN(ScopeVerdict verdict, scopeOf(b, txn, c));
    if (hlcMs(c.hlc) > b.now + m_options.maxClockAheadMs)
        return Status(ErrorCode::ClockAhead,
                      "change stamped " + std::to_string(hlcMs(c.hlc) - b.now) + " ms in the server's future");
    if (verdict == ScopeVerdict::Keep) return keepForTownship(b, txn, c);
    GW_TRY(noteConcurrentWrite(b, txn, *spec, c));
    auto applied = txn.applyRemote(c);
    if (!applied) return storageToTyped(applied.status(), c);
    return Status::ok();
}

Result<std::string> SyncService::push(const DeviceIdentity& who, std::string_view body) {
    GW_ASSIGN_OR_RETURN(auto req, wire::parseMessage<pb::PushRequest>(body));
    if (static_cast<std::size_t>(req.changes_size()) > m_options.maxPushChanges)
        return Status(ErrorCode::TooLarge,
                      "a push carries at most " + std::to_string(m_options.maxPushChanges) + " changes");
    auto& db = m_store->database();
    GW_ASSIGN_OR_RETURN(PushState state, readPushState(db, who.siteId));
    if (req.stamp_epoch() < state.epoch) {
        m_staleEpoch = state.epoch;
        return Status(ErrorCode::InvalidState, "stale push: sent before the device re-stamped its changes");
    }
    if (req.changes_size() > 0 && req.first_seq() == 0)
        return Status(ErrorCode::InvalidArgument, "first_seq must be at least 1");

    PushBatch batch(who);
    batch.grids = workerGridsLocked(who.workerId);
    batch.now = m_store->clock().correctedNowMs();
    GW_ASSIGN_OR_RETURN(batch.removedAt, gridRemovals(db, who.workerId));
    GW_ASSIGN_OR_RETURN(batch.pulled, pulledCursors(req));
    GW_TRY(readWorker(db, who.workerId, batch.role, batch.workerName));
    // The ack covers exactly what was sent: never more (the device refuses an ack it did not earn).
    std::uint64_t lastSeq =
        req.changes_size() > 0 ? req.first_seq() + static_cast<std::uint64_t>(req.changes_size()) - 1 : 0;
    GW_TRY(transact([&](WriteTxn& txn) {
        for (const auto& change : req.changes()) GW_TRY(pushOne(batch, txn, change));
        return savePushState(txn.database(), who.siteId, lastSeq, req.stamp_epoch());
    }));
    pb::PushResponse resp;
    resp.set_acked_through_seq(lastSeq);
    resp.set_server_time_ms(m_store->clock().correctedNowMs());
    resp.set_conflicts_logged(batch.conflicts);
    resp.set_device_high_seq(std::max(state.highSeq, lastSeq));
    resp.set_kept_changes(batch.kept);
    return resp.SerializeAsString();
}

}  // namespace gridwork::server
