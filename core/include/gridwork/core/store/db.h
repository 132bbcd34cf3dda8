// db.h — a thin RAII wrapper over SQLite: a connection, cached prepared statements, typed binds.
//
// Contract: SQLite errors come back as Status(Storage, sqlite message); nothing throws, and no
// error is swallowed: a statement that fails to prepare, or a read that fails, is a Status the
// caller sees (a missing row is a value — nullopt, false, an empty list — never an error).
// The one idiom: `GW_ASSIGN_OR_RETURN(db::Query q, db.prepare(sql));` then bind, step or run.
// Statements are cached by SQL text and owned by the Database; a Query borrows one and resets it
// (cursor and binds) when it goes out of scope, so an early return cannot leave it open.
// Thread-safety: a Database is used by one thread at a time.
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

    // true: a row is ready; false: done or failed — check status() after the loop.
    bool step();
    // One step of a read: true (a row), false (no more rows), or the error.
    Result<bool> next();
    // Steps to completion (for INSERT/UPDATE); returns the first error. Resets, so the statement
    // can run again with new binds.
    Status run();
    Status status() const { return m_status; }
    // Ends the current run early (a Query does this on scope exit).
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

// A cached statement in use: resets it (cursor and binds) when it goes out of scope. Move-only;
// valid while its Database lives. Use it like a pointer: q->bind(1, id), q->step().
class Query {
public:
    explicit Query(Statement* s) : m_s(s) {}
    Query(Query&& other) noexcept : m_s(other.m_s) { other.m_s = nullptr; }
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query() {
        if (m_s) m_s->reset();
    }
    Statement* operator->() const { return m_s; }
    Statement& operator*() const { return *m_s; }

private:
    Statement* m_s;
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
    // A cached statement, reset and unbound; Storage error (with the SQL) when it does not prepare.
    Result<Query> prepare(std::string_view sql);
    std::string lastError() const;
    std::int64_t changes() const;
    sqlite3* handle() { return m_db; }

    // The integer in the first column of the first row; nullopt when there is no row or it is NULL.
    Result<std::optional<std::int64_t>> queryInt(std::string_view sql);

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
