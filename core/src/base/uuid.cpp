#include "gridwork/core/base/uuid.h"

#include <chrono>
#include <mutex>
#include <random>

namespace gridwork {

bool Uuid::isNil() const {
    for (auto b : bytes)
        if (b != 0) return false;
    return true;
}

std::string Uuid::toString() const {
    std::string hex = toHex(bytes.data(), bytes.size());
    return hex.substr(0, 8) + "-" + hex.substr(8, 4) + "-" + hex.substr(12, 4) + "-" + hex.substr(16, 4) + "-" +
           hex.substr(20);
}

std::optional<Uuid> Uuid::parse(std::string_view s) {
    std::string hex;
    hex.reserve(32);
    for (char c : s)
        if (c != '-') hex.push_back(c);
    if (hex.size() != 32) return std::nullopt;
    Blob b;
    if (!fromHex(hex, b)) return std::nullopt;
    return fromBlob(b);
}

std::optional<Uuid> Uuid::fromBlob(const Blob& b) {
    if (b.size() != 16) return std::nullopt;
    Uuid u;
    std::copy(b.begin(), b.end(), u.bytes.begin());
    return u;
}

std::uint64_t Uuid::unixMs() const {
    std::uint64_t ms = 0;
    for (int i = 0; i < 6; ++i) ms = (ms << 8) | bytes[i];
    return ms;
}

Uuid uuidV7At(std::uint64_t unixMs, std::uint64_t randomBits) {
    Uuid u;
    for (int i = 0; i < 6; ++i) u.bytes[i] = static_cast<std::uint8_t>(unixMs >> (8 * (5 - i)));
    std::mt19937_64 gen(randomBits);
    std::uint64_t a = gen(), b = gen();
    for (int i = 6; i < 16; ++i) u.bytes[i] = static_cast<std::uint8_t>((i < 11 ? a : b) >> (8 * (i % 8)));
    u.bytes[6] = static_cast<std::uint8_t>(0x70 | (u.bytes[6] & 0x0f));  // version 7
    u.bytes[8] = static_cast<std::uint8_t>(0x80 | (u.bytes[8] & 0x3f));  // variant 10
    return u;
}

Uuid newUuidV7() {
    static std::mutex mutex;
    static std::mt19937_64 gen{std::random_device{}() ^
                               static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count())};
    static std::uint64_t lastMs = 0;
    static std::uint16_t counter = 0;  // 12-bit rand_a used as a monotonic counter within a ms
    // rand_b: RFC 9562 6.2 "monotonic random" — a random start per process, then a random step of
    // 1..4096 per id, so one phone's ids of a day differ by a few bytes (protocol v2 sends them as
    // deltas, change_block.h) while ids of different phones stay as unlikely to meet as before.
    static std::uint64_t randB = gen();
    std::lock_guard lock(mutex);
    auto ms = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    if (ms <= lastMs) {
        ms = lastMs;
        if (++counter > 0x0fff) {  // counter exhausted: borrow the next millisecond
            ++ms;
            counter = 0;
        }
    } else {
        counter = 0;
    }
    lastMs = ms;
    Uuid u;
    for (int i = 0; i < 6; ++i) u.bytes[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    u.bytes[6] = static_cast<std::uint8_t>(0x70 | ((counter >> 8) & 0x0f));
    u.bytes[7] = static_cast<std::uint8_t>(counter & 0xff);
    randB = (randB + 1 + (gen() & 0x0fff)) & 0x3fffffffffffffffull;
    std::uint64_t r = randB | 0x8000000000000000ull;  // variant 10
    for (int i = 8; i < 16; ++i) u.bytes[i] = static_cast<std::uint8_t>(r >> (8 * (15 - i)));
    return u;
}

}  // namespace gridwork
