// field_cipher.h — one column encrypted by the application (the ID number on PostgreSQL), so a
// database dump alone reveals none of it; a keyed hash beside it finds a row by exact value.
//
// Contract: FieldKeys are derived from one 256-bit master key the database never holds
// (libsodium crypto_kdf: subkey 2 encrypts, subkey 3 indexes), kept like the server's database
// key (GRIDWORK_DB_KEY_FILE or a KMS). encryptField seals text with AES-256-GCM, a random 96-bit
// nonce and the caller's context (e.g. "residents.id_number:" + row id) as associated data, so a
// ciphertext moved to another row or column does not decrypt. Output: version byte 0x01 |
// nonce (12) | ciphertext | tag (16). decryptField of altered bytes, the wrong key or the wrong
// context is HashMismatch. blindIndex is HMAC-SHA-256 under the index key of the *normalised*
// value (callers normalise, e.g. normalizeIdNumber), hex: equal values give equal indexes, and
// without the key the index cannot be recomputed from a guessed ID number. AES-GCM needs the
// CPU's AES instructions (every server CPU has them): where missing, Unavailable.
// Thread-safety: pure functions. Why AES-GCM and how to change the cipher (SM4): privacy.md.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/key_store.h"
#include "gridwork/core/base/value.h"

#include <string>
#include <string_view>

namespace gridwork {

struct FieldKeys {
    SecretKey encrypt;
    SecretKey index;
};
FieldKeys deriveFieldKeys(const SecretKey& master);

Result<Blob> encryptField(std::string_view plain, const FieldKeys& keys, std::string_view context);
Result<std::string> decryptField(const Blob& sealed, const FieldKeys& keys, std::string_view context);
std::string blindIndex(std::string_view normalized, const FieldKeys& keys);

}  // namespace gridwork
