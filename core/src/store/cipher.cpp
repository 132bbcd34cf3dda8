#include "store/cipher.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <mutex>
#include <vector>

namespace gridwork::db {

namespace fs = std::filesystem;

namespace {
#ifdef GRIDWORK_HAVE_SQLCIPHER
std::mutex& encryptionMutex() {
    static std::mutex m;
    return m;
}

std::string keyLiteral(const SecretKey& key) {
    return "\"x'" + key.toHex() + "'\"";
}

Status sqlError(sqlite3* db, const std::string& what) {
    return {ErrorCode::Storage, what + ": " + (db ? sqlite3_errmsg(db) : "no database")};
}

Status execOn(sqlite3* db, const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string message = err ? err : "sqlite error";
        sqlite3_free(err);
        // The statement may hold the key: never repeat it in an error.
        return {ErrorCode::Storage, message};
    }
    return Status::ok();
}

// name → row count, for every table of schema (main or an attached one), SQLite's own
// (sqlite_sequence: made by the export only when it has rows) left out.
Result<std::vector<std::pair<std::string, std::int64_t>>> rowCounts(sqlite3* db, const std::string& schema) {
    std::vector<std::string> tables;
    sqlite3_stmt* q = nullptr;
    std::string list = "SELECT name FROM " + schema +
                       ".sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    if (sqlite3_prepare_v2(db, list.c_str(), -1, &q, nullptr) != SQLITE_OK) return sqlError(db, "list tables");
    while (sqlite3_step(q) == SQLITE_ROW) tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)));
    sqlite3_finalize(q);
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& t : tables) {
        std::string count = "SELECT count(*) FROM " + schema + ".\"" + t + "\"";
        if (sqlite3_prepare_v2(db, count.c_str(), -1, &q, nullptr) != SQLITE_OK) return sqlError(db, "count " + t);
        sqlite3_step(q);
        out.emplace_back(t, sqlite3_column_int64(q, 0));
        sqlite3_finalize(q);
    }
    return out;
}

void syncPath(const std::string& path, bool directory) {
    int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

void removeWithSidecars(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

Status exportEncrypted(const std::string& path, const std::string& tmp, const SecretKey& key) {
    sqlite3* plain = nullptr;
    // CREATE: ATTACH takes the main connection's flags, and it must create the encrypted copy.
    if (sqlite3_open_v2(path.c_str(), &plain, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        Status s = sqlError(plain, "cannot open " + path);
        sqlite3_close(plain);
        return s;
    }
    struct Closer {
        sqlite3* db;
        ~Closer() { sqlite3_close(db); }
    } closer{plain};
    sqlite3_busy_timeout(plain, 5000);
    // Fold the WAL into the file: the export reads the whole database either way, and the plain
    // WAL must not outlive the file it belongs to.
    GW_TRY(execOn(plain, "PRAGMA wal_checkpoint(TRUNCATE)"));
    sqlite3_stmt* q = nullptr;
    std::int64_t version = 0;
    if (sqlite3_prepare_v2(plain, "PRAGMA user_version", -1, &q, nullptr) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        version = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    GW_ASSIGN_OR_RETURN(auto before, rowCounts(plain, "main"));

    std::string quoted;
    for (char c : tmp) quoted += (c == '\'') ? std::string("''") : std::string(1, c);
    GW_TRY(execOn(plain, "ATTACH DATABASE '" + quoted + "' AS gw_encrypted KEY " + keyLiteral(key)));
    Status exported = execOn(plain, "SELECT sqlcipher_export('gw_encrypted')");
    if (exported) exported = execOn(plain, "PRAGMA gw_encrypted.user_version = " + std::to_string(version));
    if (exported) {
        auto after = rowCounts(plain, "gw_encrypted");
        if (!after)
            exported = after.status();
        else if (after.value() != before) {
            std::string diff;
            for (std::size_t i = 0; i < before.size(); ++i)
                if (i >= after->size() || (*after)[i] != before[i])
                    diff += " " + before[i].first + ":" + std::to_string(before[i].second);
            exported = Status(ErrorCode::Storage, "encrypted copy of " + path + " differs in" + diff);
        }
    }
    Status detached = execOn(plain, "DETACH DATABASE gw_encrypted");
    GW_TRY(exported);
    return detached;
}
#endif
}  // namespace

bool isPlainDatabaseFile(const std::string& path) {
    // Read through SQLite's VFS, never with our own descriptor: closing any descriptor of a file
    // drops every POSIX lock this process holds on it, so an open connection of this process
    // would lose its locks, another process would take itself for the last connection, and
    // delete the WAL this one still writes into (committed rows lost). The unix VFS defers the
    // close while a connection of this process holds locks on the file.
    std::error_code ec;
    if (!fs::is_regular_file(path, ec) || fs::file_size(path, ec) < 16 || ec) return false;
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs) return false;
    std::vector<char> handle(static_cast<std::size_t>(vfs->szOsFile));
    auto* file = reinterpret_cast<sqlite3_file*>(handle.data());
    int flags = 0;
    if (vfs->xOpen(vfs, path.c_str(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &flags) != SQLITE_OK) {
        if (file->pMethods) file->pMethods->xClose(file);
        return false;
    }
    char header[16] = {};
    const bool read = file->pMethods->xRead(file, header, sizeof header, 0) == SQLITE_OK;
    file->pMethods->xClose(file);
    return read && std::memcmp(header, "SQLite format 3\0", 16) == 0;
}

Status encryptPlainFile(const std::string& path, const SecretKey& key) {
#ifdef GRIDWORK_HAVE_SQLCIPHER
    std::lock_guard lock(encryptionMutex());
    if (!isPlainDatabaseFile(path)) return Status::ok();  // missing, or another thread did it
    const std::string tmp = path + ".encrypting";
    removeWithSidecars(tmp);  // a crash during an earlier attempt
    Status s = exportEncrypted(path, tmp, key);
    if (!s) {
        removeWithSidecars(tmp);
        return Status(ErrorCode::Storage, "本机数据加密失败 (" + s.message() + ")");
    }
    syncPath(tmp, false);
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) {
        removeWithSidecars(tmp);
        return Status(ErrorCode::Storage, "cannot replace " + path + ": " + ec.message());
    }
    for (const char* suffix : {"-wal", "-shm"}) fs::remove(path + suffix, ec);
    syncPath(fs::path(path).has_parent_path() ? fs::path(path).parent_path().string() : ".", true);
    return Status::ok();
#else
    (void)path;
    (void)key;
    return Status(ErrorCode::Unavailable, "built without SQLCipher (GRIDWORK_SQLCIPHER=OFF)");
#endif
}

Status keyConnection(sqlite3* db, const SecretKey& key, const std::string& path) {
#ifdef GRIDWORK_HAVE_SQLCIPHER
    // A wrong key is an ordinary typed error here; SQLCipher's own log would print it to stderr.
    (void)execOn(db, "PRAGMA cipher_log_level = NONE");
    GW_TRY(execOn(db, "PRAGMA key = " + keyLiteral(key)));
    if (execOn(db, "SELECT count(*) FROM sqlite_master").isOk()) return Status::ok();
    return Status(ErrorCode::Storage, "数据库无法解密（密钥不对或文件已损坏）: " + path);
#else
    (void)db;
    (void)key;
    (void)path;
    return Status(ErrorCode::Unavailable, "built without SQLCipher (GRIDWORK_SQLCIPHER=OFF)");
#endif
}

}  // namespace gridwork::db
