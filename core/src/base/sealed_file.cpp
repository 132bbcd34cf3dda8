#include "gridwork/core/base/sealed_file.h"

#include "secret_file.h"

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace gridwork {

namespace {
constexpr char kMagic[] = "GWSEALED\x01";  // 9 bytes without the terminator
constexpr std::size_t kMagicSize = 9;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kTag = crypto_secretstream_xchacha20poly1305_ABYTES;

Status tampered(const std::string& path) {
    return {ErrorCode::HashMismatch, "加密文件已损坏或密钥不对: " + path};
}
}  // namespace

Status sealFile(const std::string& path, std::string_view bytes, const SecretKey& fileKey) {
    if (sodium_init() < 0) return {ErrorCode::Internal, "libsodium failed to start"};
    std::string out(kMagic, kMagicSize);
    out.resize(kMagicSize + kHeader);
    crypto_secretstream_xchacha20poly1305_state st;
    crypto_secretstream_xchacha20poly1305_init_push(&st, reinterpret_cast<unsigned char*>(out.data() + kMagicSize),
                                                    fileKey.data());
    std::size_t off = 0;
    do {
        std::size_t n = std::min(kChunk, bytes.size() - off);
        bool last = off + n == bytes.size();
        std::size_t at = out.size();
        out.resize(at + n + kTag);
        crypto_secretstream_xchacha20poly1305_push(
            &st, reinterpret_cast<unsigned char*>(out.data() + at), nullptr,
            reinterpret_cast<const unsigned char*>(bytes.data() + off), n, nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        off += n;
    } while (off < bytes.size());
    return writeSecretFile(path, out, /*replace=*/true);
}

Result<std::string> openSealedFile(const std::string& path, const SecretKey& fileKey) {
    if (sodium_init() < 0) return Status(ErrorCode::Internal, "libsodium failed to start");
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(ErrorCode::NotFound, "no file " + path);
    std::string sealed{std::istreambuf_iterator<char>(in), {}};
    if (sealed.size() < kMagicSize + kHeader + kTag || std::memcmp(sealed.data(), kMagic, kMagicSize) != 0)
        return tampered(path);
    crypto_secretstream_xchacha20poly1305_state st;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &st, reinterpret_cast<const unsigned char*>(sealed.data() + kMagicSize), fileKey.data()) != 0)
        return tampered(path);
    std::string plain;
    std::size_t off = kMagicSize + kHeader;
    unsigned char tag = 0;
    while (off < sealed.size()) {
        std::size_t n = std::min(kChunk + kTag, sealed.size() - off);
        if (n < kTag || tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) return tampered(path);
        std::size_t at = plain.size();
        plain.resize(at + n - kTag);
        unsigned long long got = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &st, reinterpret_cast<unsigned char*>(plain.data() + at), &got, &tag,
                reinterpret_cast<const unsigned char*>(sealed.data() + off), n, nullptr, 0) != 0)
            return tampered(path);
        plain.resize(at + got);
        off += n;
    }
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) return tampered(path);  // cut short
    return plain;
}

bool isSealedFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char head[kMagicSize] = {};
    return in.read(head, kMagicSize) && std::memcmp(head, kMagic, kMagicSize) == 0;
}

SecretKey fileKeyFor(const SecretKey& databaseKey) {
    SecretKey sub;
    if (sodium_init() < 0) std::abort();  // never a weak key; cannot fail once a key was made
    crypto_kdf_derive_from_key(sub.data(), SecretKey::kSize, 1, "gwfiles", databaseKey.data());
    return sub;
}

Result<std::optional<SecretKey>> deviceFileKey(const std::string& dbPath) {
#ifdef GRIDWORK_HAVE_SQLCIPHER
    const char* pin = std::getenv("GRIDWORK_PIN");
    FileKeyStore keys(defaultKeyPath(dbPath), pin ? pin : "");
    GW_ASSIGN_OR_RETURN(SecretKey key, keys.key());
    return std::optional<SecretKey>(fileKeyFor(key));
#else
    (void)dbPath;
    return std::optional<SecretKey>();
#endif
}

Result<std::string> readMaybeSealedFile(const std::string& path, const SecretKey* fileKey) {
    if (isSealedFile(path)) {
        if (!fileKey) return Status(ErrorCode::Unavailable, "file is encrypted and no key was given: " + path);
        return openSealedFile(path, *fileKey);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(ErrorCode::NotFound, "no file " + path);
    return std::string{std::istreambuf_iterator<char>(in), {}};
}

}  // namespace gridwork
