// value.h — a typed SQL column value (NULL, INTEGER, REAL, TEXT, BLOB) and 16-byte ids.
//
// Contract: Value is a regular value type with total ordering inside one kind; equality compares
// kind and content. Used by the store, the merge and the wire codec alike.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gridwork {

using Blob = std::vector<std::uint8_t>;

class Value {
public:
    enum class Kind { Null, Integer, Real, Text, Blob };

    Value() = default;
    static Value null() { return {}; }
    static Value integer(std::int64_t v) {
        Value x;
        x.m_v = v;
        return x;
    }
    static Value real(double v) {
        Value x;
        x.m_v = v;
        return x;
    }
    static Value text(std::string v) {
        Value x;
        x.m_v = std::move(v);
        return x;
    }
    static Value blob(Blob v) {
        Value x;
        x.m_v = std::move(v);
        return x;
    }
    static Value boolean(bool v) { return integer(v ? 1 : 0); }

    Kind kind() const { return static_cast<Kind>(m_v.index()); }
    bool isNull() const { return kind() == Kind::Null; }
    std::int64_t asInt() const { return kind() == Kind::Integer ? std::get<std::int64_t>(m_v) : 0; }
    double asReal() const;
    const std::string& asText() const;
    const Blob& asBlob() const;

    bool operator==(const Value& o) const { return m_v == o.m_v; }
    bool operator!=(const Value& o) const { return !(*this == o); }
    // A canonical JSON rendering: null, number, "string", or "x'hex'" for blobs.
    std::string toJson() const;

private:
    std::variant<std::monostate, std::int64_t, double, std::string, Blob> m_v;
};

// JSON string escaping (UTF-8 passes through; control characters escaped).
std::string jsonQuote(std::string_view s);
std::string toHex(const std::uint8_t* data, std::size_t size);
inline std::string toHex(const Blob& b) {
    return toHex(b.data(), b.size());
}
// Returns false on odd length or a non-hex character.
bool fromHex(std::string_view hex, Blob& out);

}  // namespace gridwork
