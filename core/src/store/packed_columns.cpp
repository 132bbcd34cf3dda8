#include "store/packed_columns.h"

#include <cstring>

namespace gridwork {

namespace {
enum Tag : std::uint8_t { kNull = 0, kInteger = 1, kReal = 2, kText = 3, kBlob = 4 };

void putVarint(Blob& out, std::uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

bool getVarint(const Blob& in, std::size_t& pos, std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
        std::uint8_t b = in[pos++];
        v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
        if (!(b & 0x80)) return true;
    }
    return false;
}

void putBytes(Blob& out, const std::uint8_t* data, std::size_t size) {
    putVarint(out, size);
    out.insert(out.end(), data, data + size);
}
}  // namespace

int columnBit(const TableSpec& spec, std::string_view column) {
    for (std::size_t i = 0; i < spec.columns.size(); ++i)
        if (spec.columns[i].name == column) return static_cast<int>(i);
    return -1;
}

std::int64_t columnMask(const TableSpec& spec, const ColumnValues& columns) {
    std::uint64_t mask = 0;
    for (const auto& [name, value] : columns) {
        int bit = columnBit(spec, name);
        if (bit >= 0) mask |= std::uint64_t{1} << bit;
    }
    return static_cast<std::int64_t>(mask);
}

Blob packColumns(const TableSpec& spec, const ColumnValues& columns) {
    Blob out;
    out.reserve(columns.size() * 12);
    for (const auto& [name, value] : columns) {
        out.push_back(static_cast<std::uint8_t>(columnBit(spec, name)));
        switch (value.kind()) {
        case Value::Kind::Null: out.push_back(kNull); break;
        case Value::Kind::Integer: {
            out.push_back(kInteger);
            auto v = static_cast<std::uint64_t>(value.asInt());
            putVarint(out, (v << 1) ^ (value.asInt() < 0 ? ~std::uint64_t{0} : 0));
            break;
        }
        case Value::Kind::Real: {
            out.push_back(kReal);
            double d = value.asReal();
            std::uint64_t bits;
            std::memcpy(&bits, &d, sizeof bits);
            for (int i = 0; i < 8; ++i) out.push_back(static_cast<std::uint8_t>(bits >> (8 * i)));
            break;
        }
        case Value::Kind::Text:
            out.push_back(kText);
            putBytes(out, reinterpret_cast<const std::uint8_t*>(value.asText().data()), value.asText().size());
            break;
        case Value::Kind::Blob:
            out.push_back(kBlob);
            putBytes(out, value.asBlob().data(), value.asBlob().size());
            break;
        }
    }
    return out;
}

Status unpackColumns(const TableSpec& spec, const Blob& packed, ColumnValues& out) {
    out.clear();
    const Status bad(ErrorCode::Storage, "malformed outbox entry of " + std::string(spec.name));
    std::size_t pos = 0;
    while (pos < packed.size()) {
        if (pos + 2 > packed.size()) return bad;
        std::size_t bit = packed[pos++];
        std::uint8_t tag = packed[pos++];
        if (bit >= spec.columns.size()) return bad;
        std::string name(spec.columns[bit].name);
        switch (tag) {
        case kNull: out.emplace_back(std::move(name), Value::null()); break;
        case kInteger: {
            std::uint64_t z;
            if (!getVarint(packed, pos, z)) return bad;
            auto v = static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
            out.emplace_back(std::move(name), Value::integer(v));
            break;
        }
        case kReal: {
            if (pos + 8 > packed.size()) return bad;
            std::uint64_t bits = 0;
            for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(packed[pos++]) << (8 * i);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            out.emplace_back(std::move(name), Value::real(d));
            break;
        }
        case kText:
        case kBlob: {
            std::uint64_t size;
            if (!getVarint(packed, pos, size) || size > packed.size() - pos) return bad;
            auto begin = packed.begin() + static_cast<std::ptrdiff_t>(pos);
            auto end = begin + static_cast<std::ptrdiff_t>(size);
            pos += size;
            if (tag == kText)
                out.emplace_back(std::move(name), Value::text(std::string(begin, end)));
            else
                out.emplace_back(std::move(name), Value::blob(Blob(begin, end)));
            break;
        }
        default: return bad;
        }
    }
    return Status::ok();
}

}  // namespace gridwork
