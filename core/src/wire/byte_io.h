// byte_io.h — little helpers for protocol v2's hand-laid blocks: varints, zigzag, raw bytes.
// ByteReader never reads past its end: every get returns false instead (and stays failed).
// Internal to core/src/wire.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace gridwork::wire {

inline std::uint64_t zigzag(std::uint64_t delta) {
    auto v = static_cast<std::int64_t>(delta);
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
inline std::uint64_t unzigzag(std::uint64_t z) {
    return (z >> 1) ^ (~(z & 1) + 1);
}

inline void putVarint(std::string& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}
inline std::size_t varintSize(std::uint64_t v) {
    std::size_t n = 1;
    while (v >= 0x80) {
        v >>= 7;
        ++n;
    }
    return n;
}
inline void putBytes(std::string& out, const void* data, std::size_t n) {
    out.append(static_cast<const char*>(data), n);
}
inline void putString(std::string& out, std::string_view s) {
    putVarint(out, s.size());
    out.append(s);
}

class ByteReader {
public:
    explicit ByteReader(std::string_view in) : m_p(in.data()), m_end(in.data() + in.size()) {}
    bool ok() const { return m_ok; }
    std::size_t remaining() const { return static_cast<std::size_t>(m_end - m_p); }
    bool atEnd() const { return m_p == m_end; }
    bool varint(std::uint64_t& v) {
        v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_p == m_end) return fail();
            auto b = static_cast<std::uint8_t>(*m_p++);
            if (shift == 63 && b > 1) return fail();
            v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80)) return true;
        }
        return fail();
    }
    bool bytes(void* out, std::size_t n) {
        if (remaining() < n) return fail();
        std::memcpy(out, m_p, n);
        m_p += n;
        return true;
    }
    bool view(std::size_t n, std::string_view& out) {
        if (remaining() < n) return fail();
        out = std::string_view(m_p, n);
        m_p += n;
        return true;
    }
    bool string(std::string_view& out) {
        std::uint64_t n = 0;
        return varint(n) && view(static_cast<std::size_t>(n), out);
    }
    bool fail() {
        m_ok = false;
        m_p = m_end;
        return false;
    }

private:
    const char* m_p;
    const char* m_end;
    bool m_ok = true;
};

}  // namespace gridwork::wire
