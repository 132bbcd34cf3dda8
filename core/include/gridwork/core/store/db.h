// db.h — a thin RAII wrapper over SQLite: a connection, cached prepared statements, typed binds.
//
// Contract: SQLite errors come back as Status(Storage, sqlite message); nothing throws.
// Statements returned by prepare() are cached by SQL text and owned by the Database; they are
// reset before reuse. Thread-safety: a Database is used by one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/key_store.h"
#include "gridwork/core/base/uuid.h"
#include "gridwork/core/base/value.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace gridwork::db {

class Statement {
public:
    explicit Statement(sqlite3_stmt* s) : m_stmt(s) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds are 1-based, as in SQLite. Returns *this for chaining.
    Statement& bind(int index, const Value& v);
    Statement& bind(int index, std::int64_t v);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const Uuid& id);
    Statement& bindNull(int index);
    // As bind, without copying text and blob bytes: the caller keeps the value alive until the
    // statement is reset (run() resets). For hot paths that bind their own data and run at once.
    Statement& bindRef(int index, const Value& v);
    Statement& bindRef(int index, const Uuid& id);
    Statement& bindRef(int index, std::string_view text);

    // true: a row is ready; false: done. Errors go to status().
    bool step();
    // Steps to completion (for INSERT/UPDATE); returns the first error.
    Status run();
    Status status() const { return m_status; }
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    std::int64_t getInt(int col) const;
    double getReal(int col) const;
    std::string getText(int col) const;
    Blob getBlob(int col) const;
    Uuid getUuid(int col) const;  // nil for NULL or wrong size
    Value getValue(int col) const;

private:
    sqlite3_stmt* m_stmt;
    Status m_status;
};

class Database {
public:
    // Opens (creating if needed) with WAL, foreign keys off (rows arrive column by column),
    // busy timeout 5 s; synchronous FULL when durable, NORMAL otherwise. With a key the file is
    // SQLCipher-encrypted (a plain file is encrypted in place first; store/cipher.h).
    static Result<std::unique_ptr<Database>> open(const std::string& path, bool durable = true,
                                                  const std::optional<SecretKey>& key = std::nullopt);
    ~Database();

    Status exec(std::string_view sql);
    // A cached statement, reset and unbound. Failure to prepare returns nullptr; see lastError().
    Statement* prepare(std::string_view sql);
    Result<Statement*> prepareChecked(std::string_view sql);
    std::string lastError() const;
    std::int64_t changes() const;
    sqlite3* handle() { return m_db; }

    // Single-value helpers.
    std::optional<std::int64_t> queryInt(std::string_view sql);

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

// RAII transaction: BEGIN IMMEDIATE on construction, ROLLBACK unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Status begun() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    Status m_begin;
    bool m_done = false;
};

}  // namespace gridwork::db
