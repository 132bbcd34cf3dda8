// sealed_file.h — photos and voice notes encrypted at rest on the phone (issue 14).
//
// Contract: sealFile writes bytes to a file encrypted and authenticated with libsodium's
// secretstream (XChaCha20-Poly1305, 64 KiB chunks, the last one tagged FINAL), atomically (temp
// file, fsync, rename), mode 0600. openSealedFile decrypts a whole file into memory only: a file
// that was cut short, reordered or altered, or a wrong key, is HashMismatch and yields nothing;
// a missing file is NotFound. isSealedFile tells a sealed file from a plain one (a photo from
// before encryption) by its magic. Files are sealed under a subkey of the store's key
// (fileKeyFor, deviceFileKey), never the database key itself. Thread-safety: pure functions.
// Format: "GWSEALED" 1 (9 bytes) | secretstream header (24) | chunks (≤ 64 KiB + 17 each).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/key_store.h"

#include <optional>
#include <string>
#include <string_view>

namespace gridwork {

Status sealFile(const std::string& path, std::string_view bytes, const SecretKey& fileKey);
Result<std::string> openSealedFile(const std::string& path, const SecretKey& fileKey);
bool isSealedFile(const std::string& path);
// The key files are sealed with: derived from a database key (libsodium crypto_kdf, context
// "gwfiles", subkey 1), so one key per device and a file key reveals nothing of the database key.
SecretKey fileKeyFor(const SecretKey& databaseKey);
// The file key of the device database at dbPath: fileKeyFor(the key deviceStoreOptions opens it
// with) — its FileKeyStore at defaultKeyPath(dbPath), PIN from GRIDWORK_PIN. nullopt in a build
// without SQLCipher (files stay plain, as the database does).
Result<std::optional<SecretKey>> deviceFileKey(const std::string& dbPath);
// A file's bytes whether sealed (decrypted with fileKey; none given: Unavailable) or plain.
Result<std::string> readMaybeSealedFile(const std::string& path, const SecretKey* fileKey);

}  // namespace gridwork
