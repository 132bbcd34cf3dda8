// cipher.h — SQLCipher keying and the one-time encryption of a plain file (internal to store).
//
// Contract: keyConnection gives a fresh connection its 256-bit raw key (no passphrase KDF: the
// key is random already) and checks that the file opens with it: a wrong key, or a file that is
// not a database, is Storage "数据库无法解密…" and the connection must be closed. A file whose
// header says plain SQLite is encrypted in place first by encryptPlainFile: the plain WAL is
// checkpointed, every table is exported into a new encrypted file next to it
// (sqlcipher_export), row counts are compared table by table, and the new file is fsynced and
// renamed over the old one. A crash at any point leaves the plain file whole (the next open
// starts again) or the encrypted one whole, never neither. Built without SQLCipher, a key is
// refused with Unavailable. Thread-safety: encryption of a file is serialised within the
// process (two connections of one app opening at once); see core/docs/encryption.md.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/key_store.h"

#include <string>

struct sqlite3;

namespace gridwork::db {

// true: the file exists and starts with the plain SQLite header.
bool isPlainDatabaseFile(const std::string& path);
// Encrypts a plain database file in place under key (see the contract above). No-op when the
// file is missing or already encrypted.
Status encryptPlainFile(const std::string& path, const SecretKey& key);
// Applies the key to an open connection and proves it opens the file.
Status keyConnection(sqlite3* db, const SecretKey& key, const std::string& path);

}  // namespace gridwork::db
