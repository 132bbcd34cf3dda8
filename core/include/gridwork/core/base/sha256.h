// sha256.h — SHA-256 (FIPS 180-4), for token and enrollment-code hashes and attachment ids.
//
// Contract: Sha256 is an incremental hasher (update any number of times, then finish once);
// sha256Hex() is the one-shot lowercase-hex form used everywhere a hash is stored or sent.
// Thread-safety: a Sha256 object belongs to one thread; the free functions are pure.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gridwork {

class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view s) { update(s.data(), s.size()); }
    // The digest; the hasher must not be updated afterwards.
    std::array<std::uint8_t, 32> finish();

private:
    void block(const std::uint8_t* p);
    std::array<std::uint32_t, 8> m_h;
    std::array<std::uint8_t, 64> m_buf{};
    std::size_t m_bufLen = 0;
    std::uint64_t m_total = 0;
};

std::array<std::uint8_t, 32> sha256(std::string_view data);
// 64 lowercase hex characters.
std::string sha256Hex(std::string_view data);

}  // namespace gridwork
