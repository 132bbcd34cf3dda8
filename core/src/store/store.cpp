#include "gridwork/core/store/store.h"

#include "gridwork/core/base/parse.h"
#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"
#include "gridwork/core/store/db.h"
#include "store/column_writer.h"
#include "store/derived_state.h"
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

Result<Hlc> loadHlc(db::Database& db) {
    db::Statement* q = db.prepare("SELECT value FROM meta WHERE key='hlc'");
    if (!q) return Status(ErrorCode::Storage, db.lastError());
    if (!q->step()) {
        GW_TRY(q->status());
        return Hlc{0};
    }
    std::string text = q->getText(0);
    q->reset();
    return metaNumber<Hlc>(kHlcKey, text);
}
}  // namespace

Result<std::unique_ptr<Store>> Store::open(const std::string& path, StoreOptions options) {
    GW_ASSIGN_OR_RETURN(auto database, db::Database::open(path, options.durable, options.key));
    GW_TRY(migrate(*database));
    std::unique_ptr<Store> store(new Store());
    store->m_db = std::move(database);
    store->m_path = path;
    store->m_role = options.role;
    GW_ASSIGN_OR_RETURN(Hlc last, loadHlc(*store->m_db));
    store->m_clock = HybridClock(options.clock ? options.clock : systemClock(), last);

    // First open: claim a site id. INSERT OR IGNORE, so two connections opening a new file at
    // once agree on the one that landed first.
    if (!store->meta(kSiteKey)) {
        Uuid fresh = options.siteId ? *options.siteId : newUuidV7();
        db::Statement* claim = store->m_db->prepare("INSERT OR IGNORE INTO meta(key,value) VALUES(?1,?2)");
        if (!claim) return Status(ErrorCode::Storage, store->m_db->lastError());
        claim->bind(1, std::string_view(kSiteKey)).bind(2, fresh.toString());
        GW_TRY(claim->run());
    }
    auto stored = store->meta(kSiteKey);
    auto parsed = stored ? Uuid::parse(*stored) : std::nullopt;
    if (!parsed) return Status(ErrorCode::Storage, "corrupt site id in " + path);
    if (options.siteId && *options.siteId != *parsed)
        return Status(ErrorCode::InvalidState, "database belongs to site " + *stored);
    store->m_site = *parsed;
    if (auto offset = store->meta(std::string(kClockOffsetKey))) {
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
    GW_TRY(deriveReportState(w));
    if (m_clock.last() != before || w.clockDirty()) {
        db::Statement* put = m_db->prepare("INSERT INTO meta(key,value) VALUES('hlc',?1) "
                                           "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
        if (!put) return {ErrorCode::Storage, m_db->lastError()};
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
    db::Statement* q = m_db->prepare("SELECT value FROM meta WHERE key=?1");
    if (!q) return std::nullopt;
    q->bind(1, key);
    if (!q->step()) return std::nullopt;
    std::string v = q->getText(0);
    q->reset();
    return v;
}

Status Store::setMeta(const std::string& key, const std::string& value) {
    db::Statement* put = m_db->prepare("INSERT INTO meta(key,value) VALUES(?1,?2) "
                                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    if (!put) return {ErrorCode::Storage, m_db->lastError()};
    put->bind(1, key).bind(2, value);
    return put->run();
}

// The outbox holds one row per row write (storage.md): last_seq is the seq of its last column,
// the row covers seqs last_seq-n+1 .. last_seq in the order of `cols`.
std::vector<OutboxEntry> Store::outbox(std::uint64_t afterSeq, std::size_t limit) {
    std::vector<OutboxEntry> out;
    if (limit == 0) return out;
    db::Statement* q = m_db->prepare("SELECT last_seq, n, tbl, row_id, hlc, site, grid_id, cols FROM outbox "
                                     "WHERE last_seq > ?1 ORDER BY last_seq LIMIT ?2");
    if (!q) return out;
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
    q->reset();
    return out;
}

std::uint64_t Store::outboxCount() {
    return static_cast<std::uint64_t>(m_db->queryInt("SELECT coalesce(sum(n),0) FROM outbox").value_or(0));
}

Status Store::ackOutbox(std::uint64_t throughSeq) {
    const auto through = static_cast<std::int64_t>(throughSeq);
    GW_TRY(m_db->exec("SAVEPOINT ack_outbox"));
    auto body = [&]() -> Status {
        // At most one row straddles the acknowledged prefix: keep its unacknowledged tail.
        GW_ASSIGN_OR_RETURN(db::Statement * straddle,
                            m_db->prepareChecked("SELECT last_seq, tbl, cols FROM outbox "
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
        straddle->reset();
        GW_ASSIGN_OR_RETURN(db::Statement * del, m_db->prepareChecked("DELETE FROM outbox WHERE last_seq <= ?1"));
        del->bind(1, through);
        GW_TRY(del->run());
        if (tail) {
            GW_ASSIGN_OR_RETURN(db::Statement * trim,
                                m_db->prepareChecked("UPDATE outbox SET n=?1, mask=?2, cols=?3 WHERE last_seq=?4"));
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

std::optional<Uuid> Store::rowGrid(std::string_view table, const Uuid& row) {
    const TableSpec* spec = findTable(table);
    if (!spec) return std::nullopt;
    return gridwork::rowGrid(*m_db, *spec, row);
}

std::optional<Change> Store::columnState(std::string_view table, const Uuid& row, std::string_view column) {
    const TableSpec* spec = findTable(table);
    if (!spec || !spec->column(column)) return std::nullopt;
    auto stamp = columnStamp(*m_db, table, row, column);
    if (!stamp) return std::nullopt;
    db::Statement* q =
        m_db->prepare("SELECT " + std::string(column) + ", grid_id FROM " + std::string(table) + " WHERE id=?1");
    if (!q) return std::nullopt;
    q->bind(1, row);
    Change c{std::string(table), row, std::string(column), {}, stamp->hlc, stamp->site, {}};
    if (q->step()) {
        c.value = q->getValue(0);
        c.gridId = q->getUuid(1);
    }
    q->reset();
    return c;
}

// ---- WriteTxn ----

Hlc WriteTxn::stamp() {
    return m_store.m_clock.now();
}

void WriteTxn::markReportDirty(const Uuid& report) {
    if (report.isNil()) return;
    if (std::find(m_dirtyReports.begin(), m_dirtyReports.end(), report) == m_dirtyReports.end())
        m_dirtyReports.push_back(report);
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
        auto existingGrid = rowGrid(database(), *spec, w.rowId);
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
        GW_ASSIGN_OR_RETURN(db::Statement * journal,
                            database().prepareChecked(
                                "INSERT INTO outbox(last_seq,n,tbl,row_id,hlc,site,grid_id,mask,cols) VALUES("
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
    noteDerivedInputs(*this, *spec, w.rowId);
    return Status::ok();
}

Result<ApplyOutcome> WriteTxn::applyRemote(const Change& c) {
    const TableSpec* spec = nullptr;
    GW_TRY(merge::validateRemoteChange(c, spec));
    ApplyOutcome outcome;
    m_store.m_clock.observe(c.hlc);

    auto current = columnStamp(database(), c.table, c.rowId, c.column);
    const merge::Verdict verdict = merge::decide(current, c.stamp());
    if (verdict == merge::Verdict::Duplicate) return outcome;
    const bool remoteWins = verdict == merge::Verdict::IncomingWins;

    // A concurrent edit: this column was written here and the server has not acknowledged it,
    // so the other writer had not seen it. Keep both values in the conflict log.
    // Append-only rows never conflict (a conflict record arriving twice is the same record).
    if (m_store.m_role == StoreRole::Device && !spec->isAppendOnly() && c.site != m_store.m_site && current &&
        current->site == m_store.m_site) {
        db::Statement* pending =
            database().prepare("SELECT 1 FROM outbox WHERE hlc=?3 AND tbl=?1 AND row_id=?2 AND (mask>>?4)&1 LIMIT 1");
        if (!pending) return Status(ErrorCode::Storage, database().lastError());
        pending->bind(1, c.table).bind(2, c.rowId).bind(3, static_cast<std::int64_t>(current->hlc));
        pending->bind(4, static_cast<std::int64_t>(columnBit(*spec, c.column)));
        bool unacked = pending->step();
        pending->reset();
        auto local = unacked ? m_store.columnState(c.table, c.rowId, c.column) : std::nullopt;
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
    noteDerivedInputs(*this, *spec, c.rowId);
    return outcome;
}

Status WriteTxn::setDerived(std::string_view table, const Uuid& row, std::string_view column, const Value& v) {
    const TableSpec* spec = nullptr;
    GW_TRY(validateColumn(spec, table, column, v, ColumnUse::Derived));
    std::string sql = "UPDATE " + std::string(table) + " SET " + std::string(column) + "=?1 WHERE id=?2";
    GW_ASSIGN_OR_RETURN(db::Statement * upd, database().prepareChecked(sql));
    upd->bind(1, v).bind(2, row);
    return upd->run();
}

}  // namespace gridwork
