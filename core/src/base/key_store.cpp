// key_store.cpp — SecretKey, the key file (plain or PIN-wrapped) and where it lives.
//
// File format (text, one item a line):
//   gridwork-key 1 plain            gridwork-key 1 argon2id OPSLIMIT MEMLIMIT
//   <key, 64 hex>                   <salt hex> / <nonce hex> / <secretbox(key) hex>
#include "gridwork/core/base/key_store.h"

#include "gridwork/core/base/sha256.h"
#include "secret_file.h"

#include <sodium.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

namespace gridwork {

namespace fs = std::filesystem;

namespace {
bool sodiumReady() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::string hexOf(const std::uint8_t* p, std::size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), p, n);
    out.resize(n * 2);
    return out;
}

std::optional<std::vector<std::uint8_t>> bytesOf(std::string_view hex) {
    std::vector<std::uint8_t> out(hex.size() / 2);
    std::size_t len = 0;
    if (hex.size() % 2 || sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, nullptr) != 0 ||
        len != out.size())
        return std::nullopt;
    return out;
}

Status corrupt(const std::string& path) {
    return {ErrorCode::Storage, "密钥文件已损坏: " + path};
}

// Argon2id(PIN) → the 32-byte key that wraps the database key.
Result<SecretKey> wrappingKey(const std::string& pin, const std::uint8_t* salt, unsigned long long ops,
                              std::size_t mem) {
    SecretKey k;
    if (crypto_pwhash(k.data(), SecretKey::kSize, pin.data(), pin.size(), salt, ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Status(ErrorCode::Internal, "Argon2id: out of memory");
    return k;
}

Result<std::string> encode(const SecretKey& key, const std::string& pin) {
    if (pin.empty()) return "gridwork-key 1 plain\n" + key.toHex() + "\n";
    const unsigned long long ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const std::size_t mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    std::uint8_t salt[crypto_pwhash_SALTBYTES];
    std::uint8_t nonce[crypto_secretbox_NONCEBYTES];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(nonce, sizeof nonce);
    GW_ASSIGN_OR_RETURN(SecretKey wrap, wrappingKey(pin, salt, ops, mem));
    std::uint8_t boxed[SecretKey::kSize + crypto_secretbox_MACBYTES];
    crypto_secretbox_easy(boxed, key.data(), SecretKey::kSize, nonce, wrap.data());
    std::ostringstream out;
    out << "gridwork-key 1 argon2id " << ops << " " << mem << "\n"
        << hexOf(salt, sizeof salt) << "\n"
        << hexOf(nonce, sizeof nonce) << "\n"
        << hexOf(boxed, sizeof boxed) << "\n";
    return out.str();
}

Result<SecretKey> decode(const std::string& text, const std::string& pin, const std::string& path) {
    std::istringstream in(text);
    std::string magic, version, kind;
    in >> magic >> version >> kind;
    if (magic != "gridwork-key" || version != "1") return corrupt(path);
    if (kind == "plain") {
        std::string hex;
        in >> hex;
        auto k = SecretKey::fromHex(hex);
        if (!k) return corrupt(path);
        return k;
    }
    if (kind != "argon2id") return corrupt(path);
    unsigned long long ops = 0;
    std::size_t mem = 0;
    std::string saltHex, nonceHex, boxHex;
    in >> ops >> mem >> saltHex >> nonceHex >> boxHex;
    auto salt = bytesOf(saltHex);
    auto nonce = bytesOf(nonceHex);
    auto boxed = bytesOf(boxHex);
    if (!salt || salt->size() != crypto_pwhash_SALTBYTES || !nonce || nonce->size() != crypto_secretbox_NONCEBYTES ||
        !boxed || boxed->size() != SecretKey::kSize + crypto_secretbox_MACBYTES || ops < crypto_pwhash_OPSLIMIT_MIN ||
        ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN || mem > (1u << 30))
        return corrupt(path);
    if (pin.empty()) return Status(ErrorCode::Unauthenticated, "需要输入 PIN 码才能打开本机数据");
    GW_ASSIGN_OR_RETURN(SecretKey wrap, wrappingKey(pin, salt->data(), ops, mem));
    SecretKey key;
    if (crypto_secretbox_open_easy(key.data(), boxed->data(), boxed->size(), nonce->data(), wrap.data()) != 0)
        return Status(ErrorCode::Unauthenticated, "PIN 码不对");
    return key;
}
}  // namespace

SecretKey::SecretKey() = default;
SecretKey::~SecretKey() {
    sodium_memzero(m_bytes.data(), m_bytes.size());
}
SecretKey::SecretKey(const SecretKey& other) = default;
SecretKey& SecretKey::operator=(const SecretKey& other) = default;

SecretKey SecretKey::random() {
    (void)sodiumReady();
    SecretKey k;
    randombytes_buf(k.m_bytes.data(), kSize);
    return k;
}

Result<SecretKey> SecretKey::fromHex(std::string_view hex) {
    auto bytes = bytesOf(hex);
    if (!bytes || bytes->size() != kSize) return Status(ErrorCode::InvalidArgument, "a key is 64 hex digits");
    SecretKey k = fromBytes(bytes->data());
    sodium_memzero(bytes->data(), bytes->size());
    return k;
}

SecretKey SecretKey::fromBytes(const std::uint8_t* bytes) {
    SecretKey k;
    std::copy(bytes, bytes + kSize, k.m_bytes.begin());
    return k;
}

std::string SecretKey::toHex() const {
    return hexOf(m_bytes.data(), kSize);
}

bool SecretKey::operator==(const SecretKey& o) const {
    return sodium_memcmp(m_bytes.data(), o.m_bytes.data(), kSize) == 0;
}

FileKeyStore::FileKeyStore(std::string path, std::string pin) : m_path(std::move(path)), m_pin(std::move(pin)) {}

Result<SecretKey> FileKeyStore::key() {
    if (!sodiumReady()) return Status(ErrorCode::Internal, "libsodium failed to start");
    std::error_code ec;
    if (fs::exists(m_path, ec)) {
        GW_ASSIGN_OR_RETURN(std::string text, readSecretFile(m_path));
        return decode(text, m_pin, m_path);
    }
    SecretKey fresh = SecretKey::random();
    GW_ASSIGN_OR_RETURN(std::string text, encode(fresh, m_pin));
    GW_TRY(writeSecretFile(m_path, text, /*replace=*/false));
    // Another process may have created the file first: the one on disk is the key.
    GW_ASSIGN_OR_RETURN(std::string kept, readSecretFile(m_path));
    return decode(kept, m_pin, m_path);
}

Status FileKeyStore::changePin(const std::string& newPin) {
    GW_ASSIGN_OR_RETURN(SecretKey k, key());
    GW_ASSIGN_OR_RETURN(std::string text, encode(k, newPin));
    GW_TRY(writeSecretFile(m_path, text, /*replace=*/true));
    m_pin = newPin;
    return Status::ok();
}

std::string defaultKeyPath(const std::string& dbPath) {
    std::string dir;
    if (const char* d = std::getenv("GRIDWORK_KEY_DIR"); d && *d)
        dir = d;
    else if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x)
        dir = std::string(x) + "/gridwork/keys";
    else if (const char* h = std::getenv("HOME"); h && *h)
        dir = std::string(h) + "/.config/gridwork/keys";
    else
        dir = "/var/lib/gridwork/keys";
    std::error_code ec;
    fs::path abs = fs::weakly_canonical(fs::absolute(dbPath, ec), ec);
    return dir + "/" + sha256Hex(abs.string()).substr(0, 24) + ".key";
}

Result<std::optional<SecretKey>> keyFromEnvironment() {
    if (const char* hex = std::getenv("GRIDWORK_DB_KEY"); hex && *hex) {
        auto k = SecretKey::fromHex(hex);
        if (!k) return Status(ErrorCode::InvalidArgument, "GRIDWORK_DB_KEY: a key is 64 hex digits");
        return std::optional<SecretKey>(*k);
    }
    if (const char* file = std::getenv("GRIDWORK_DB_KEY_FILE"); file && *file) {
        FileKeyStore store(file);
        GW_ASSIGN_OR_RETURN(SecretKey k, store.key());
        return std::optional<SecretKey>(k);
    }
    return std::optional<SecretKey>();
}

}  // namespace gridwork
