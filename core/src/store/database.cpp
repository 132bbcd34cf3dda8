#include "gridwork/core/store/db.h"

#include "store/cipher.h"

#include <sqlite3.h>

namespace gridwork::db {

namespace {
Status storageError(sqlite3* db, std::string_view what) {
    return {ErrorCode::Storage, std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "no database")};
}
}  // namespace

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, const Value& v) {
    switch (v.kind()) {
    case Value::Kind::Null: sqlite3_bind_null(m_stmt, index); break;
    case Value::Kind::Integer: sqlite3_bind_int64(m_stmt, index, v.asInt()); break;
    case Value::Kind::Real: sqlite3_bind_double(m_stmt, index, v.asReal()); break;
    case Value::Kind::Text:
        sqlite3_bind_text(m_stmt, index, v.asText().data(), static_cast<int>(v.asText().size()), SQLITE_TRANSIENT);
        break;
    case Value::Kind::Blob:
        sqlite3_bind_blob(m_stmt, index, v.asBlob().data(), static_cast<int>(v.asBlob().size()), SQLITE_TRANSIENT);
        break;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t v) {
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const Uuid& id) {
    sqlite3_bind_blob(m_stmt, index, id.bytes.data(), 16, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindRef(int index, const Value& v) {
    if (v.kind() == Value::Kind::Text)
        sqlite3_bind_text(m_stmt, index, v.asText().data(), static_cast<int>(v.asText().size()), SQLITE_STATIC);
    else if (v.kind() == Value::Kind::Blob)
        sqlite3_bind_blob(m_stmt, index, v.asBlob().data(), static_cast<int>(v.asBlob().size()), SQLITE_STATIC);
    else
        bind(index, v);
    return *this;
}

Statement& Statement::bindRef(int index, const Uuid& id) {
    sqlite3_bind_blob(m_stmt, index, id.bytes.data(), 16, SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindRef(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) {
        sqlite3* db = sqlite3_db_handle(m_stmt);
        m_status = Status(ErrorCode::Storage, std::string(sqlite3_errmsg(db)) + " in: " + sqlite3_sql(m_stmt));
    }
    return false;
}

Result<bool> Statement::next() {
    if (step()) return true;
    if (!m_status.isOk()) return m_status;
    return false;
}

Status Statement::run() {
    while (step()) {}
    Status s = m_status;
    reset();
    return s;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_status = Status::ok();
}

int Statement::columnCount() const {
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int col) const {
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
std::int64_t Statement::getInt(int col) const {
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::getReal(int col) const {
    return sqlite3_column_double(m_stmt, col);
}

std::string Statement::getText(int col) const {
    auto* p = sqlite3_column_text(m_stmt, col);
    if (!p) return {};
    return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col))};
}

Blob Statement::getBlob(int col) const {
    auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
    int n = sqlite3_column_bytes(m_stmt, col);
    if (!p || n <= 0) return {};
    return Blob(p, p + n);
}

Uuid Statement::getUuid(int col) const {
    auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, col));
    Uuid u;
    if (p && sqlite3_column_bytes(m_stmt, col) == 16) std::copy(p, p + 16, u.bytes.begin());
    return u;
}

Value Statement::getValue(int col) const {
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER: return Value::integer(getInt(col));
    case SQLITE_FLOAT: return Value::real(getReal(col));
    case SQLITE_TEXT: return Value::text(getText(col));
    case SQLITE_BLOB: return Value::blob(getBlob(col));
    default: return Value::null();
    }
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, bool durable,
                                                 const std::optional<SecretKey>& key) {
    if (key) GW_TRY(encryptPlainFile(path, *key));  // a plain file from before encryption
    sqlite3* raw = nullptr;
    int rc =
        sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Status s = storageError(raw, "cannot open " + path);
        sqlite3_close(raw);
        return s;
    }
    std::unique_ptr<Database> db(new Database(raw));
    sqlite3_busy_timeout(raw, 5000);
    if (key) GW_TRY(keyConnection(raw, *key, path));
    // Switching a new file to WAL needs a moment of exclusive access and does not wait on the
    // busy handler, so a connection opening the file at the same instant as another retries.
    Status wal = db->exec("PRAGMA journal_mode=WAL");
    for (int attempt = 0; !wal.isOk() && sqlite3_errcode(raw) == SQLITE_BUSY && attempt < 250; ++attempt) {
        sqlite3_sleep(20);
        wal = db->exec("PRAGMA journal_mode=WAL");
    }
    GW_TRY(wal);
    GW_TRY(db->exec(durable ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL"));
    GW_TRY(db->exec("PRAGMA foreign_keys=OFF"));
    GW_TRY(db->exec("PRAGMA temp_store=MEMORY"));
    return db;
}

Database::~Database() {
    m_cache.clear();
    sqlite3_close(m_db);
}

Status Database::exec(std::string_view sql) {
    char* err = nullptr;
    std::string text(sql);
    int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Status s(ErrorCode::Storage, std::string(err ? err : "sqlite error") + " in: " + text.substr(0, 200));
        sqlite3_free(err);
        return s;
    }
    return Status::ok();
}

Result<Query> Database::prepare(std::string_view sql) {
    std::string key(sql);
    auto it = m_cache.find(key);
    if (it != m_cache.end()) {
        // Its last Query reset it; resetting again costs nothing and keeps a statement that is
        // (wrongly) still in use elsewhere from handing out that use's rows.
        it->second->reset();
        return Query(it->second.get());
    }
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
        return Status(ErrorCode::Storage, lastError() + " in: " + key.substr(0, 200));
    auto* raw = new Statement(stmt);
    m_cache.emplace(std::move(key), std::unique_ptr<Statement>(raw));
    return Query(raw);
}

std::string Database::lastError() const {
    return sqlite3_errmsg(m_db);
}
std::int64_t Database::changes() const {
    return sqlite3_changes64(m_db);
}

Result<std::optional<std::int64_t>> Database::queryInt(std::string_view sql) {
    GW_ASSIGN_OR_RETURN(Query q, prepare(sql));
    GW_ASSIGN_OR_RETURN(bool row, q->next());
    if (!row || q->isNull(0)) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(q->getInt(0));
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_begin = m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done && m_begin.isOk()) (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit() {
    if (!m_begin.isOk()) return m_begin;
    Status s = m_db.exec("COMMIT");
    if (s.isOk()) m_done = true;
    return s;
}

}  // namespace gridwork::db
