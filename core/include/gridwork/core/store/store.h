// store.h — the offline store: one SQLite file (WAL) holding domain tables, per-column clocks,
// the outbox and the hybrid logical clock.
//
// Contract (DESIGN §6):
//  - Every local write is validated (known table and columns, value types), stamped with the
//    HLC, applied, and journaled to the outbox IN THE SAME TRANSACTION; the HLC is persisted in
//    that transaction too, so after a crash the data, its clocks and its outbox agree.
//  - Remote changes go through the merge rule (merge/lww.h, merge/remote_change.h) in the same
//    kind of transaction; derived columns are re-derived by registered rules (DerivedState).
//  - Bad input returns a typed Status and leaves the database unchanged.
// Several Store objects (one per thread) may open the same file: each write transaction is
// BEGIN IMMEDIATE and reloads the clock from the file, so connections never reuse a stamp.
// Thread-safety: one Store object must be used by one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/hlc.h"
#include "gridwork/core/base/key_store.h"
#include "gridwork/core/store/change.h"
#include "gridwork/core/store/schema.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gridwork {

namespace db {
class Database;
}

class WriteTxn;

enum class StoreRole {
    Device,  // local writes go to the outbox for push
    Server,  // no outbox; every applied column is handed to the apply observer (server_seq log)
};

// Columns every replica computes from synced ones (schema.h: synced = false), e.g. a report's
// status folded from its events. The layer that owns their meaning registers a rule (the domain
// does, domain/derived_columns.h); the store knows no table of them. For every row a transaction
// writes (a local write, a merge, a re-stamp) the store asks each rule which key the write makes
// stale, and before the transaction commits has each stale key derived once, in order of first
// staleness. Contract: both calls run inside the transaction; an error rolls it back.
class DerivedState {
public:
    virtual ~DerivedState() = default;
    // The key (e.g. a report id) whose derived columns a write to (table, row) makes stale.
    virtual Result<std::optional<Uuid>> staleKey(WriteTxn& txn, const TableSpec& table, const Uuid& row) = 0;
    // Recomputes the derived columns of `key`, writing them with WriteTxn::setDerived.
    virtual Status derive(WriteTxn& txn, const Uuid& key) = 0;
};

struct StoreOptions {
    std::shared_ptr<Clock> clock;  // default: system clock
    StoreRole role = StoreRole::Device;
    std::optional<Uuid> siteId;  // default: kept from the file, or new on first open
    bool durable = true;         // synchronous=FULL (true) or NORMAL (bulk tools, tests)
    // The file's SQLCipher key (key_store.h); none: a plain SQLite file. A plain file opened with a
    // key is encrypted in place first, keeping every row and the outbox (core/docs/encryption.md).
    std::optional<SecretKey> key;
    std::vector<std::shared_ptr<DerivedState>> derived;  // see DerivedState (domain::openStore adds the domain's)
};

// The options a device's own database opens with (the app, gridwork-device): built with SQLCipher,
// its key from the FileKeyStore at defaultKeyPath(path) (created on first use; the worker's PIN
// from GRIDWORK_PIN when the key file is PIN-wrapped), so the file is encrypted at rest; built
// without, a plain file. The server takes its key from keyFromEnvironment() instead.
Result<StoreOptions> deviceStoreOptions(const std::string& path);

// What merging one change did.
struct ApplyOutcome {
    bool applied = false;         // the change won and is now the column's value
    bool conflictLogged = false;  // a concurrent unacknowledged local value was involved
};

// Called inside the transaction for every column whose value changed (local or remote).
using ApplyObserver = std::function<Status(WriteTxn&, const Change&)>;

class Store {
public:
    static Result<std::unique_ptr<Store>> open(const std::string& path, StoreOptions options = {});
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const Uuid& siteId() const { return m_site; }
    StoreRole role() const { return m_role; }
    const std::string& path() const { return m_path; }
    HybridClock& clock() { return m_clock; }

    // One durable transaction: fn's writes all commit, or (fn returned non-OK, or failed) none.
    // Called again from inside fn (e.g. by a repository), the inner call joins the outer
    // transaction: its writes commit or roll back with the outer one.
    Status transaction(const std::function<Status(WriteTxn&)>& fn);
    // Convenience: local writes of several rows in one transaction.
    Status write(const std::vector<RowWrite>& writes);
    Status write(const RowWrite& w) { return write(std::vector<RowWrite>{w}); }

    // Read access for queries. Callers use db::Statement; never write through it.
    db::Database& database() { return *m_db; }

    void setApplyObserver(ApplyObserver observer) { m_observer = std::move(observer); }
    const ApplyObserver& applyObserver() const { return m_observer; }

    // Corrects the clock by the server's time (HybridClock::setOffsetMs) and keeps the offset in
    // meta, so it survives restarts (Store::open reads it back).
    Status setClockOffsetMs(std::int64_t offsetMs);

    // Small persistent key/value settings (sync cursors, token, offsets, UI settings).
    // meta(), outbox(), outboxCount() and columnState() still read a failed query as "none"
    // (unset, empty, 0, never written); their callers are to move to Result (issue 8 follow-up).
    std::optional<std::string> meta(const std::string& key);
    Status setMeta(const std::string& key, const std::string& value);

    // Outbox access for the sync engine.
    std::vector<OutboxEntry> outbox(std::uint64_t afterSeq, std::size_t limit);
    std::uint64_t outboxCount();
    // Removes entries with seq <= throughSeq (the server acked them).
    Status ackOutbox(std::uint64_t throughSeq);

    // The grid_id stored for a row of a replicated table; nullopt when the table is unknown or the
    // row does not exist (nil Uuid: a township-wide row).
    Result<std::optional<Uuid>> rowGrid(std::string_view table, const Uuid& row);

    // The current stamp and value of one column, if the column was ever written.
    std::optional<Change> columnState(std::string_view table, const Uuid& row, std::string_view column);

private:
    Store() = default;
    friend class WriteTxn;

    std::unique_ptr<db::Database> m_db;
    std::string m_path;
    Uuid m_site;
    StoreRole m_role = StoreRole::Device;
    HybridClock m_clock{nullptr};
    ApplyObserver m_observer;
    std::vector<std::shared_ptr<DerivedState>> m_derived;
    WriteTxn* m_current = nullptr;  // the open transaction, while fn runs
};

// The handle a transaction body writes through. Valid only inside Store::transaction.
class WriteTxn {
public:
    // Stamps and applies a local write; journals it to the outbox on a device.
    Status write(const RowWrite& w);
    // Merges one remote change under LWW (see merge.h). Validates table/column/type.
    Result<ApplyOutcome> applyRemote(const Change& c);
    // Writes a column without a stamp check or journal: derived columns only (DerivedState).
    Status setDerived(std::string_view table, const Uuid& row, std::string_view column, const Value& v);
    // Tells the derived-state rules that (table, row) was written outside write()/applyRemote()
    // (the store operations of replica_ops.h call it).
    Status noteWritten(const TableSpec& table, const Uuid& row);
    // The clock moved in a way the store cannot see (a re-seat): persist it at commit.
    void markClockDirty() { m_clockDirty = true; }
    // A fresh stamp from the store's clock.
    Hlc stamp();
    // The stamp of one column (the stamp rule, storage.md); nullopt when never written.
    Result<std::optional<Stamp>> columnStamp(std::string_view table, const Uuid& row, std::string_view column);
    Store& store() { return m_store; }
    db::Database& database() { return *m_store.m_db; }

private:
    friend class Store;
    explicit WriteTxn(Store& s) : m_store(s) {}
    Status deriveStale();

    Store& m_store;
    std::vector<std::pair<std::size_t, Uuid>> m_stale;  // (rule index, key), derived before commit
    bool m_clockDirty = false;
};

}  // namespace gridwork
