// uuid.h — 16-byte row ids; UUIDv7 (RFC 9562): 48-bit Unix ms, then random bits.
//
// Contract: ids made by one process are strictly increasing (a counter in rand_a breaks ms ties;
// rand_b is RFC 9562 "monotonic random": a random start per process, a random step per id),
// so rows sort by creation; the text form is the canonical 8-4-4-4-12 lowercase hex.
// Thread-safety: newUuidV7() is safe from several threads.
#pragma once

#include "gridwork/core/base/value.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gridwork {

struct Uuid {
    std::array<std::uint8_t, 16> bytes{};

    static Uuid nil() { return {}; }
    bool isNil() const;
    std::string toString() const;                          // 018f...-....-7...-....-............
    static std::optional<Uuid> parse(std::string_view s);  // accepts the text form or 32 hex
    static std::optional<Uuid> fromBlob(const Blob& b);    // exactly 16 bytes
    Blob toBlob() const { return Blob(bytes.begin(), bytes.end()); }
    Value toValue() const { return Value::blob(toBlob()); }
    std::uint64_t unixMs() const;  // the v7 timestamp
    auto operator<=>(const Uuid&) const = default;
};

Uuid newUuidV7();
// For tests and the simulator: a v7 id at a given time with bits from a seeded generator.
Uuid uuidV7At(std::uint64_t unixMs, std::uint64_t randomBits);

}  // namespace gridwork
