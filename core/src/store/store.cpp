#include "gridwork/core/store/store.h"

#include "gridwork/core/base/parse.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/db.h"
#include "store/column_writer.h"
#include "store/migrations.h"
#include "store/packed_columns.h"

#include <algorithm>

namespace gridwork {

namespace {
constexpr const char* kSiteKey = "site_id";
constexpr std::string_view kHlcKey = "hlc";
constexpr std::string_view kClockOffsetKey = "clock_offset_ms";

// A number kept in meta; a damaged value is a typed error naming the key, never an exception.
template <typename T> Result<T> metaNumber(std::string_view key, const std::string& text) {
    return parseNumber<T>(text, ErrorCode::Storage, "数据文件已损坏：meta." + std::string(key));
}

Result<std::optional<std::string>> readMeta(db::Database& db, std::string_view key) {
    GW_ASSIGN_OR_RETURN(db::Query q, db.prepare("SELECT value FROM meta WHERE key=?1"));
    q->bind(1, key);
    GW_ASSIGN_OR_RETURN(bool row, q->next());
    if (!row) return std::optional<std::string>();
    return std::optional<std::string>(q->getText(0));
}

Result<Hlc> loadHlc(db::Database& db) {
    GW_ASSIGN_OR_RETURN(auto text, readMeta(db, kHlcKey));
    if (!text) return Hlc{0};
    return metaNumber<Hlc>(kHlcKey, *text);
}
}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, StoreOptions options) {
    GW_ASSIGN_OR_RETURN(auto database, db::Database::open(path, options.durable, options.key));
    GW_TRY(migrate(*database));
    std::unique_ptr<Store> store(new Store());
    store->m_db = std::move(database);
    store->m_path = path;
    store->m_role = options.role;
    store->m_derived = std::move(options.derived);
    GW_ASSIGN_OR_RETURN(Hlc last, loadHlc(*store->m_db));
    store->m_clock = HybridClock(options.clock ? options.clock : systemClock(), last);

    // First open: claim a site id. INSERT OR IGNORE, so two connections opening a new file at
    // once agree on the one that landed first.
    GW_ASSIGN_OR_RETURN(auto stored, readMeta(*store->m_db, kSiteKey));
    if (!stored) {
        Uuid fresh = options.siteId ? *options.siteId : newUuidV7();
        GW_ASSIGN_OR_RETURN(db::Query claim,
                            store->m_db->prepare("INSERT OR IGNORE INTO meta(key,value) VALUES(?1,?2)"));
        claim->bind(1, std::string_view(kSiteKey)).bind(2, fresh.toString());
        GW_TRY(claim->run());
        GW_ASSIGN_OR_RETURN(stored, readMeta(*store->m_db, kSiteKey));
    }
    auto parsed = stored ? Uuid::parse(*stored) : std::nullopt;
    if (!parsed) return Status(ErrorCode::Storage, "corrupt site id in " + path);
    if (options.siteId && *options.siteId != *parsed)
        return Status(ErrorCode::InvalidState, "database belongs to site " + *stored);
    store->m_site = *parsed;
    GW_ASSIGN_OR_RETURN(auto offset, readMeta(*store->m_db, kClockOffsetKey));
    if (offset) {
        GW_ASSIGN_OR_RETURN(std::int64_t ms, metaNumber<std::int64_t>(kClockOffsetKey, *offset));
        store->m_clock.setOffsetMs(ms);
    }
    return store;
}

Store::~Store() = default;

Status Store::transaction(const std::function<Status(WriteTxn&)>& fn) {
    // Inside another transaction of this store: join it, so a composite user action (a visit and
    // its photo record) commits or rolls back as one.
    if (m_current) return fn(*m_current);
    db::Transaction txn(*m_db);
    GW_TRY(txn.begun());
    GW_ASSIGN_OR_RETURN(Hlc stored, loadHlc(*m_db));
    Hlc before = std::max(m_clock.last(), stored);  // another connection may have moved it
    m_clock.resetTo(before);
    WriteTxn w(*this);
    m_current = &w;
    Status body = fn(w);
    m_current = nullptr;
    GW_TRY(body);
    GW_TRY(w.deriveStale());
    if (m_clock.last() != before || w.m_clockDirty) {
        GW_ASSIGN_OR_RETURN(db::Query put, m_db->prepare("INSERT INTO meta(key,value) VALUES('hlc',?1) "
                                                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
        put->bind(1, std::to_string(m_clock.last()));
        GW_TRY(put->run());
    }
    return txn.commit();
}

Status Store::write(const std::vector<RowWrite>& writes) {
    return transaction([&](WriteTxn& txn) {
        for (const auto& w : writes) GW_TRY(txn.write(w));
        return Status::ok();
    });
}

Status Store::setClockOffsetMs(std::int64_t offsetMs) {
    m_clock.setOffsetMs(offsetMs);
    return setMeta(std::string(kClockOffsetKey), std::to_string(offsetMs));
}

std::optional<std::string> Store::meta(const std::string& key) {
    auto value = readMeta(*m_db, key);
    return value.isOk() ? *value : std::nullopt;  // see store.h: a failed read reads as unset
}

Status Store::setMeta(const std::string& key, const std::string& value) {
    GW_ASSIGN_OR_RETURN(db::Query put, m_db->prepare("INSERT INTO meta(key,value) VALUES(?1,?2) "
                                                     "ON CONFLICT(key) DO UPDATE SET value=excluded.value"));
    put->bind(1, key).bind(2, value);
    return put->run();
}

// The outbox holds one row per row write (storage.md): last_seq is the seq of its last column,
// the row covers seqs last_seq-n+1 .. last_seq in the order of `cols`.
std::vector<OutboxEntry> Store::outbox(std::uint64_t afterSeq, std::size_t limit) {
    std::vector<OutboxEntry> out;
    if (limit == 0) return out;
    auto prepared = m_db->prepare("SELECT last_seq, n, tbl, row_id, hlc, site, grid_id, cols FROM outbox "
                                  "WHERE last_seq > ?1 ORDER BY last_seq LIMIT ?2");
    if (!prepared.isOk()) return out;  // see store.h: a failed read is an empty outbox
    db::Query& q = *prepared;
    q->bind(1, static_cast<std::int64_t>(afterSeq)).bind(2, static_cast<std::int64_t>(limit));
    ColumnValues columns;
    while (out.size() < limit && q->step()) {
        auto last = static_cast<std::uint64_t>(q->getInt(0));
        std::string table = q->getText(2);
        const TableSpec* spec = findTable(table);
        if (!spec || !unpackColumns(*spec, q->getBlob(7), columns).isOk()) continue;
        std::uint64_t seq = last + 1 - columns.size();
        for (auto& [name, value] : columns) {
            if (seq > afterSeq && out.size() < limit) {
                OutboxEntry e;
                e.seq = seq;
                e.change = Change{
                    table,         q->getUuid(3), std::move(name), std::move(value), static_cast<Hlc>(q->getInt(4)),
                    q->getUuid(5), q->getUuid(6)};
                out.push_back(std::move(e));
            }
            ++seq;
        }
    }
    return out;
}

std::uint64_t Store::outboxCount() {
    auto n = m_db->queryInt("SELECT coalesce(sum(n),0) FROM outbox");
    return n.isOk() ? static_cast<std::uint64_t>(n->value_or(0)) : 0;
}

Status Store::ackOutbox(std::uint64_t throughSeq) {
    const auto through = static_cast<std::int64_t>(throughSeq);
    GW_TRY(m_db->exec("SAVEPOINT ack_outbox"));
    auto body = [&]() -> Status {
        // At most one row straddles the acknowledged prefix: keep its unacknowledged tail.
        GW_ASSIGN_OR_RETURN(db::Query straddle, m_db->prepare("SELECT last_seq, tbl, cols FROM outbox "
                                                              "WHERE last_seq > ?1 AND last_seq - n < ?1"));
        straddle->bind(1, through);
        std::optional<std::pair<std::int64_t, ColumnValues>> tail;
        const TableSpec* spec = nullptr;
        if (straddle->step()) {
            std::int64_t last = straddle->getInt(0);
            spec = findTable(straddle->getText(1));
            ColumnValues columns;
            if (!spec) return {ErrorCode::Storage, "outbox entry of unknown table " + straddle->getText(1)};
            GW_TRY(unpackColumns(*spec, straddle->getBlob(2), columns));
            auto keep = static_cast<std::size_t>(std::min<std::int64_t>(last - through, columns.size()));
            columns.erase(columns.begin(), columns.end() - static_cast<std::ptrdiff_t>(keep));
            tail.emplace(last, std::move(columns));
        }
        GW_TRY(straddle->status());
        GW_ASSIGN_OR_RETURN(db::Query del, m_db->prepare("DELETE FROM outbox WHERE last_seq <= ?1"));
        del->bind(1, through);
        GW_TRY(del->run());
        if (tail) {
            GW_ASSIGN_OR_RETURN(db::Query trim,
                                m_db->prepare("UPDATE outbox SET n=?1, mask=?2, cols=?3 WHERE last_seq=?4"));
            trim->bind(1, static_cast<std::int64_t>(tail->second.size())).bind(2, columnMask(*spec, tail->second));
            trim->bind(3, Value::blob(packColumns(*spec, tail->second))).bind(4, tail->first);
            GW_TRY(trim->run());
        }
        return Status::ok();
    };
    Status st = body();
    if (!st.isOk()) {
        (void)m_db->exec("ROLLBACK TO ack_outbox");
        (void)m_db->exec("RELEASE ack_outbox");
        return st;
    }
    return m_db->exec("RELEASE ack_outbox");
}

Result<std::optional<Uuid>> Store::rowGrid(std::string_view table, const Uuid& row) {
    const TableSpec* spec = findTable(table);
    if (!spec) return std::optional<Uuid>();
    return gridwork::rowGrid(*m_db, *spec, row);
}

std::optional<Change> Store::columnState(std::string_view table, const Uuid& row, std::string_view column) {
    const TableSpec* spec = findTable(table);
    if (!spec || !spec->column(column)) return std::nullopt;
    auto state = readColumnState(*m_db, *spec, row, column);
    return state.isOk() ? *state : std::nullopt;  // see store.h: a failed read is "never written"
}

// ---- WriteTxn ----

Hlc WriteTxn::stamp() {
    return m_store.m_clock.now();
}

Result<std::optional<Stamp>> WriteTxn::columnStamp(std::string_view table, const Uuid& row, std::string_view column) {
    return gridwork::columnStamp(database(), table, row, column);
}

Status WriteTxn::noteWritten(const TableSpec& table, const Uuid& row) {
    for (std::size_t i = 0; i < m_store.m_derived.size(); ++i) {
        GW_ASSIGN_OR_RETURN(auto key, m_store.m_derived[i]->staleKey(*this, table, row));
        if (!key || key->isNil()) continue;
        std::pair<std::size_t, Uuid> entry{i, *key};
        if (std::find(m_stale.begin(), m_stale.end(), entry) == m_stale.end()) m_stale.push_back(entry);
    }
    return Status::ok();
}

Status WriteTxn::deriveStale() {
    for (const auto& [rule, key] : m_stale) GW_TRY(m_store.m_derived[rule]->derive(*this, key));
    m_stale.clear();
    return Status::ok();
}

Status WriteTxn::write(const RowWrite& w) {
    const TableSpec* spec = nullptr;
    if (w.columns.empty()) return {ErrorCode::InvalidArgument, "a write needs at least one column"};
    Uuid grid;
    bool gridGiven = false;
    for (const auto& [name, value] : w.columns) {
        GW_TRY(validateColumn(spec, w.table, name, value, ColumnUse::Synced));
        if (name == "grid_id") {
            grid = Uuid::fromBlob(value.asBlob()).value_or(Uuid{});
            gridGiven = true;
        }
    }
    if (w.rowId.isNil()) return {ErrorCode::InvalidArgument, "row id must not be nil"};
    const Uuid& site = m_store.m_site;
    Hlc hlc = 0;
    // Most local writes create their row: try that first (one statement, no lookup), and give
    // the new row its row clock. Otherwise the row exists: the edit path, as merges write.
    const std::int64_t mask = columnMask(*spec, w.columns);
    GW_ASSIGN_OR_RETURN(bool created, insertNewRow(database(), *spec, w.rowId, w.columns));
    if (created) {
        hlc = stamp();
        GW_TRY(putRowClock(database(), *spec, w.rowId, mask, hlc, site));
    } else {
        GW_ASSIGN_OR_RETURN(auto existingGrid, rowGrid(database(), *spec, w.rowId));
        if (existingGrid && spec->isAppendOnly())
            return {ErrorCode::InvalidState, std::string(spec->name) + " rows are append-only and cannot be edited"};
        if (!gridGiven) grid = existingGrid.value_or(Uuid{});
        hlc = stamp();
        GW_TRY(putColumns(database(), *spec, w.rowId, w.columns, hlc, site));
    }

    if (m_store.m_role == StoreRole::Device) {
        // One journal row for the whole write, covering n fresh seqs: its key is the last of them,
        // past both the largest key held and the largest ever deleted (meta.outbox_seq, kept by
        // the trigger outbox_seq_kept), so seqs are never reused.
        GW_ASSIGN_OR_RETURN(
            db::Query journal,
            database().prepare("INSERT INTO outbox(last_seq,n,tbl,row_id,hlc,site,grid_id,mask,cols) VALUES("
                               "max(coalesce((SELECT max(last_seq) FROM outbox),0),"
                               "coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key='outbox_seq'),0))+?1,"
                               "?1,?2,?3,?4,?5,?6,?7,?8)"));
        const Value packed = Value::blob(packColumns(*spec, w.columns));
        journal->bind(1, static_cast<std::int64_t>(w.columns.size())).bindRef(2, spec->name).bindRef(3, w.rowId);
        journal->bind(4, static_cast<std::int64_t>(hlc)).bindRef(5, site);
        if (grid.isNil())
            journal->bindNull(6);
        else
            journal->bindRef(6, grid);
        journal->bind(7, mask).bindRef(8, packed);
        GW_TRY(journal->run());
    }
    if (m_store.m_observer) {
        for (const auto& [name, value] : w.columns)
            GW_TRY(m_store.m_observer(*this, Change{w.table, w.rowId, name, value, hlc, site, grid}));
    }
    return noteWritten(*spec, w.rowId);
}

Result<ApplyOutcome> WriteTxn::applyRemote(const Change& c) {
    const TableSpec* spec = nullptr;
    GW_TRY(merge::validateRemoteChange(c, spec));
    ApplyOutcome outcome;
    m_store.m_clock.observe(c.hlc);

    GW_ASSIGN_OR_RETURN(auto current, gridwork::columnStamp(database(), c.table, c.rowId, c.column));
    const merge::Verdict verdict = merge::decide(current, c.stamp());
    if (verdict == merge::Verdict::Duplicate) return outcome;
    const bool remoteWins = verdict == merge::Verdict::IncomingWins;

    // A concurrent edit: this column was written here and the server has not acknowledged it,
    // so the other writer had not seen it. Keep both values in the conflict log.
    // Append-only rows never conflict (a conflict record arriving twice is the same record).
    if (m_store.m_role == StoreRole::Device && !spec->isAppendOnly() && c.site != m_store.m_site && current &&
        current->site == m_store.m_site) {
        GW_ASSIGN_OR_RETURN(
            db::Query pending,
            database().prepare("SELECT 1 FROM outbox WHERE hlc=?3 AND tbl=?1 AND row_id=?2 AND (mask>>?4)&1 LIMIT 1"));
        pending->bind(1, c.table).bind(2, c.rowId).bind(3, static_cast<std::int64_t>(current->hlc));
        pending->bind(4, static_cast<std::int64_t>(columnBit(*spec, c.column)));
        GW_ASSIGN_OR_RETURN(bool unacked, pending->next());
        std::optional<Change> local;
        if (unacked) {
            GW_ASSIGN_OR_RETURN(local, readColumnState(database(), *spec, c.rowId, c.column));
        }
        if (local && local->value != c.value) {  // the same value written twice loses nothing
            local->gridId = c.gridId;
            GW_TRY(remoteWins ? logConflict(*this, *local, c) : logConflict(*this, c, *local));
            outcome.conflictLogged = true;
        }
    }
    if (!remoteWins) return outcome;
    GW_TRY(putColumns(database(), *spec, c.rowId, {{c.column, c.value}}, c.hlc, c.site));
    outcome.applied = true;
    if (m_store.m_observer) GW_TRY(m_store.m_observer(*this, c));
    GW_TRY(noteWritten(*spec, c.rowId));
    return outcome;
}

Status WriteTxn::setDerived(std::string_view table, const Uuid& row, std::string_view column, const Value& v) {
    const TableSpec* spec = nullptr;
    GW_TRY(validateColumn(spec, table, column, v, ColumnUse::Derived));
    std::string sql = "UPDATE " + std::string(table) + " SET " + std::string(column) + "=?1 WHERE id=?2";
    GW_ASSIGN_OR_RETURN(db::Query upd, database().prepare(sql));
    upd->bind(1, v).bind(2, row);
    return upd->run();
}

}  // namespace gridwork
