#include "gridwork/core/base/field_cipher.h"

#include <sodium.h>

#include <cstdlib>

namespace gridwork {

namespace {
constexpr std::uint8_t kVersion = 0x01;  // AES-256-GCM; a new cipher (SM4-GCM) takes 0x02
constexpr std::size_t kNonce = crypto_aead_aes256gcm_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_aes256gcm_ABYTES;

bool aesReady() {
    static const bool ok = sodium_init() >= 0 && crypto_aead_aes256gcm_is_available();
    return ok;
}

Status tampered() {
    return {ErrorCode::HashMismatch, "encrypted field does not decrypt (altered, wrong key or wrong row)"};
}
}  // namespace

FieldKeys deriveFieldKeys(const SecretKey& master) {
    if (sodium_init() < 0) std::abort();
    FieldKeys k;
    crypto_kdf_derive_from_key(k.encrypt.data(), SecretKey::kSize, 2, "gwfield", master.data());
    crypto_kdf_derive_from_key(k.index.data(), SecretKey::kSize, 3, "gwfield", master.data());
    return k;
}

Result<Blob> encryptField(std::string_view plain, const FieldKeys& keys, std::string_view context) {
    if (!aesReady()) return Status(ErrorCode::Unavailable, "AES-GCM needs a CPU with AES instructions");
    Blob out(1 + kNonce + plain.size() + kTag);
    out[0] = kVersion;
    randombytes_buf(out.data() + 1, kNonce);
    unsigned long long len = 0;
    crypto_aead_aes256gcm_encrypt(out.data() + 1 + kNonce, &len, reinterpret_cast<const unsigned char*>(plain.data()),
                                  plain.size(), reinterpret_cast<const unsigned char*>(context.data()), context.size(),
                                  nullptr, out.data() + 1, keys.encrypt.data());
    out.resize(1 + kNonce + len);
    return out;
}

Result<std::string> decryptField(const Blob& sealed, const FieldKeys& keys, std::string_view context) {
    if (!aesReady()) return Status(ErrorCode::Unavailable, "AES-GCM needs a CPU with AES instructions");
    if (sealed.size() < 1 + kNonce + kTag || sealed[0] != kVersion) return tampered();
    std::string plain(sealed.size() - 1 - kNonce - kTag, '\0');
    unsigned long long len = 0;
    if (crypto_aead_aes256gcm_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &len, nullptr,
                                      sealed.data() + 1 + kNonce, sealed.size() - 1 - kNonce,
                                      reinterpret_cast<const unsigned char*>(context.data()), context.size(),
                                      sealed.data() + 1, keys.encrypt.data()) != 0)
        return tampered();
    plain.resize(len);
    return plain;
}

std::string blindIndex(std::string_view normalized, const FieldKeys& keys) {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, keys.index.data(), SecretKey::kSize);
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(normalized.data()), normalized.size());
    crypto_auth_hmacsha256_final(&st, mac);
    std::string hex(sizeof mac * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), mac, sizeof mac);
    hex.resize(sizeof mac * 2);
    return hex;
}

}  // namespace gridwork
