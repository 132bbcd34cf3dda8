#include "gridwork/core/base/value.h"

#include <cstdio>

namespace gridwork {

namespace {
const std::string kEmptyText;
const Blob kEmptyBlob;
}  // namespace

double Value::asReal() const {
    if (kind() == Kind::Real) return std::get<double>(m_v);
    if (kind() == Kind::Integer) return static_cast<double>(std::get<std::int64_t>(m_v));
    return 0.0;
}

const std::string& Value::asText() const {
    return kind() == Kind::Text ? std::get<std::string>(m_v) : kEmptyText;
}

const Blob& Value::asBlob() const {
    return kind() == Kind::Blob ? std::get<Blob>(m_v) : kEmptyBlob;
}

std::string Value::toJson() const {
    switch (kind()) {
    case Kind::Null: return "null";
    case Kind::Integer: return std::to_string(asInt());
    case Kind::Real: {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", asReal());
        return buf;
    }
    case Kind::Text: return jsonQuote(asText());
    case Kind::Blob: return "\"x'" + toHex(asBlob()) + "'\"";
    }
    return "null";
}

std::string jsonQuote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('"');
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
    return out;
}

std::string toHex(const std::uint8_t* data, std::size_t size) {
    static const char* kDigits = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = kDigits[data[i] >> 4];
        out[2 * i + 1] = kDigits[data[i] & 0xf];
    }
    return out;
}

bool fromHex(std::string_view hex, Blob& out) {
    if (hex.size() % 2 != 0) return false;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    Blob result;
    result.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        int hi = nibble(hex[i]), lo = nibble(hex[i + 1]);
        if (hi < 0 || lo < 0) return false;
        result.push_back(static_cast<std::uint8_t>(hi << 4 | lo));
    }
    out = std::move(result);
    return true;
}

}  // namespace gridwork
