// key_store.h — the device's (or server's) 256-bit database key and the seam that keeps it.
//
// Contract: a SecretKey is 32 random bytes (libsodium randombytes), wiped when destroyed. A
// KeyStore hands out the one key of its store, creating it on first use; it never returns a
// different key for the same store, and a missing or unreadable key is a typed error, never a
// new key over an old one (that would make the data unreadable). FileKeyStore is the desktop
// and server form: one file, mode 0600, kept outside the database directory (see
// core/docs/encryption.md; Android keeps the key wrapped by the Android Keystore instead). With a
// worker PIN the file holds the key wrapped under Argon2id(PIN) (crypto_pwhash + secretbox);
// without one it holds the key itself. A wrong or missing PIN is Unauthenticated and changes nothing.
// Thread-safety: a FileKeyStore is used by one thread at a time; the free functions are pure.
#pragma once

#include "gridwork/core/base/error.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gridwork {

class SecretKey {
public:
    static constexpr std::size_t kSize = 32;
    SecretKey();  // all zero; use random() or fromHex()
    ~SecretKey();
    SecretKey(const SecretKey& other);
    SecretKey& operator=(const SecretKey& other);

    static SecretKey random();
    // 64 hex digits (either case); InvalidArgument otherwise.
    static Result<SecretKey> fromHex(std::string_view hex);
    static SecretKey fromBytes(const std::uint8_t* bytes);
    std::string toHex() const;
    const std::uint8_t* data() const { return m_bytes.data(); }
    std::uint8_t* data() { return m_bytes.data(); }
    bool operator==(const SecretKey& o) const;

private:
    std::array<std::uint8_t, kSize> m_bytes{};
};

class KeyStore {
public:
    virtual ~KeyStore() = default;
    // The store's key: created (random) when none exists yet, else the kept one.
    virtual Result<SecretKey> key() = 0;
};

class FileKeyStore : public KeyStore {
public:
    // pin: the worker's PIN that wraps the key (empty: no PIN).
    explicit FileKeyStore(std::string path, std::string pin = {});
    Result<SecretKey> key() override;
    // Re-wraps the kept key under a new PIN (empty: unwrapped). The old PIN must be the one given.
    Status changePin(const std::string& newPin);
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_pin;
};

// Where a device database's key file lives when nothing else is said: $GRIDWORK_KEY_DIR, else
// $XDG_CONFIG_HOME/gridwork/keys, else $HOME/.config/gridwork/keys; the file is named after a hash
// of the database's absolute path, so two databases never share a key and the key is never in
// the database's own directory.
std::string defaultKeyPath(const std::string& dbPath);

// The server's key from its environment: GRIDWORK_DB_KEY (64 hex digits) or GRIDWORK_DB_KEY_FILE
// (a FileKeyStore path, created when missing). nullopt: neither is set (the database stays plain).
Result<std::optional<SecretKey>> keyFromEnvironment();

}  // namespace gridwork
