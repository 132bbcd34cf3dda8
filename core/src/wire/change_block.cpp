// The v2 change block. Layout (every integer a LEB128 varint unless said; "z" = zigzag of a
// wrapping uint64 difference):
//   block  := 'G' 'W' 0x02 schemaVersion nGrids grid[16]* nSites site[16]* baseHlc nGroups group*
//   rowId  := (z(ms - previous new row id's ms) << 1 | mode), mode 0: bytes 6..15 raw; mode 1: bytes
//             6-7 XOR the previous new row id's, then z of bytes 8..15 (big-endian) minus the previous's
//             (one device's ids of a burst differ little there: uuid.h's monotonic random)
//   group  := tableCode [name if 0] rowRef [rowId if rowRef == 0] gridRef siteRef
//             hlcDelta(z, against the previous group; the first against baseHlc) nCols col*
//   col    := (code << 4 | exception << 3 | kind) [name if code 0]
//             [hlcDelta(z, against the group's) siteRef if exception] payload
//   kinds  := 0 NULL | 1 integer, z against the column's previous integer | 2 real, 8 bytes LE
//             | 3 decimal real: z of the mantissa against the column's previous one << 4 | scale (0..15)
//             | 4 text: t, t odd = the column's (t >> 1)-th short text, else t >> 1 bytes follow
//             | 5 blob: length + bytes | 6 id: 16 bytes | 7 id: index into the id table
// The id table starts with the grid then the site dictionary and grows by every literal row id
// and literal 16-byte value; short texts (<= 32 bytes) are remembered per column the same way.
// gridRef 0 is the nil grid (township-wide), k the k-th grid of the dictionary.
#include "gridwork/core/wire/change_block.h"

#include "gridwork/core/wire/wire_schema.h"
#include "wire/byte_io.h"

#include <array>
#include <bit>
#include <cmath>
#include <map>
#include <unordered_map>

namespace gridwork::wire {

namespace {
constexpr std::uint8_t kFormat = 2;
constexpr std::size_t kShortText = 32;
constexpr int kMaxScale = 15;
constexpr std::array<double, kMaxScale + 1> kPow10 = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
enum Kind : std::uint8_t { kNull, kInt, kReal, kDecimal, kText, kBlob, kId, kIdRef };

using IdBytes = std::array<std::uint8_t, 16>;
struct IdHash {
    std::size_t operator()(const IdBytes& b) const {
        std::uint64_t a, c;
        std::memcpy(&a, b.data(), 8);
        std::memcpy(&c, b.data() + 8, 8);
        return static_cast<std::size_t>(a * 0x9E3779B97F4A7C15ull ^ c);
    }
};

std::uint64_t idMs(const IdBytes& b) {
    std::uint64_t ms = 0;
    for (int i = 0; i < 6; ++i) ms = ms << 8 | b[static_cast<std::size_t>(i)];
    return ms;
}
// Bytes 6-7 (version and rand_a) and 8-15 (variant and rand_b), big-endian.
std::uint64_t idHigh(const IdBytes& b) {
    return static_cast<std::uint64_t>(b[6]) << 8 | b[7];
}
std::uint64_t idLow(const IdBytes& b) {
    std::uint64_t v = 0;
    for (std::size_t i = 8; i < 16; ++i) v = v << 8 | b[i];
    return v;
}
void setIdTail(IdBytes& b, std::uint64_t high, std::uint64_t low) {
    b[6] = static_cast<std::uint8_t>(high >> 8);
    b[7] = static_cast<std::uint8_t>(high);
    for (std::size_t i = 15; i >= 8; --i, low >>= 8) b[i] = static_cast<std::uint8_t>(low);
}

// Per column of the block: the running values deltas are taken against, and its short texts.
struct ColumnState {
    std::uint64_t prevInt = 0;
    std::uint64_t prevMantissa = 0;
    std::vector<std::string> texts;
    std::unordered_map<std::string, std::uint64_t> textIndex;  // encoder only
};

// Columns by (table code, column code), literal names by name.
class ColumnStates {
public:
    ColumnState& get(std::uint32_t table, std::uint32_t column, std::string_view tname, std::string_view cname) {
        if (table != 0 && column != 0) return m_coded[static_cast<std::uint64_t>(table) << 32 | column];
        std::string key(tname);
        key.push_back('\0');
        key.append(cname);
        return m_named[key];
    }

private:
    std::unordered_map<std::uint64_t, ColumnState> m_coded;
    std::map<std::string, ColumnState> m_named;
};

// The smallest scale s with llround(x * 10^s) / 10^s == x bit for bit; -1 when none.
int decimalScale(double x, std::int64_t& mantissa) {
    if (!std::isfinite(x)) return -1;
    for (int s = 0; s <= kMaxScale; ++s) {
        double scaled = x * kPow10[static_cast<std::size_t>(s)];
        if (std::fabs(scaled) >= 9007199254740992.0) return -1;
        auto m = static_cast<std::int64_t>(std::llround(scaled));
        double back = static_cast<double>(m) / kPow10[static_cast<std::size_t>(s)];
        if (std::bit_cast<std::uint64_t>(back) == std::bit_cast<std::uint64_t>(x)) {
            mantissa = m;
            return s;
        }
    }
    return -1;
}

class Encoder {
public:
    std::string run(std::span<const Change> changes, BlockStats* stats) {
        std::vector<Uuid> sites, grids;
        std::unordered_map<IdBytes, std::uint64_t, IdHash> siteRef, gridRef;
        for (const Change& c : changes) {
            if (siteRef.emplace(c.site.bytes, sites.size()).second) sites.push_back(c.site);
            if (!c.gridId.isNil() && gridRef.emplace(c.gridId.bytes, grids.size() + 1).second)
                grids.push_back(c.gridId);
        }
        m_out.reserve(changes.size() * 6 + 64);
        m_out.append("GW");
        m_out.push_back(static_cast<char>(kFormat));
        std::uint32_t schema = 1;  // the lowest version that knows every change here
        for (const Change& c : changes) schema = std::max(schema, schemaVersionOf(c.table, c.column));
        putVarint(m_out, schema);
        putVarint(m_out, grids.size());
        for (const Uuid& g : grids) addId(g.bytes, true);
        putVarint(m_out, sites.size());
        for (const Uuid& s : sites) addId(s.bytes, true);
        Hlc prevHlc = changes.empty() ? 0 : changes.front().hlc;
        putVarint(m_out, prevHlc);

        // Row groups: maximal runs of one (table, row, grid).
        std::vector<std::pair<std::size_t, std::size_t>> groups;
        for (std::size_t i = 0; i < changes.size();) {
            std::size_t j = i + 1;
            while (j < changes.size() && changes[j].rowId == changes[i].rowId && changes[j].table == changes[i].table &&
                   changes[j].gridId == changes[i].gridId)
                ++j;
            groups.emplace_back(i, j);
            i = j;
        }
        putVarint(m_out, groups.size());
        std::size_t exceptions = 0;
        for (auto [begin, end] : groups) {
            const Change& head = changes[begin];
            std::uint32_t tcode = tableCode(head.table);
            const TableSpec* spec = tcode ? tableByCode(tcode) : nullptr;
            putVarint(m_out, tcode);
            if (!tcode) putString(m_out, head.table);
            putRowId(head.rowId.bytes);
            putVarint(m_out, head.gridId.isNil() ? 0 : gridRef[head.gridId.bytes]);
            std::uint64_t groupSite = siteRef[head.site.bytes];
            putVarint(m_out, groupSite);
            putVarint(m_out, zigzag(head.hlc - prevHlc));
            prevHlc = head.hlc;
            putVarint(m_out, end - begin);
            for (std::size_t k = begin; k < end; ++k) {
                const Change& c = changes[k];
                std::uint32_t ccode = spec ? columnCode(*spec, c.column) : 0;
                std::uint64_t site = siteRef[c.site.bytes];
                bool exception = c.hlc != head.hlc || site != groupSite;
                exceptions += exception;
                ColumnState& col = m_columns.get(tcode, ccode, c.table, c.column);
                std::uint8_t kind = 0;
                std::string payload = valuePayload(c.value, col, kind);
                putVarint(m_out, static_cast<std::uint64_t>(ccode) << 4 | (exception ? 8u : 0u) | kind);
                if (!ccode) putString(m_out, c.column);
                if (exception) {
                    putVarint(m_out, zigzag(c.hlc - head.hlc));
                    putVarint(m_out, site);
                }
                m_out.append(payload);
            }
        }
        if (stats) *stats = {changes.size(), groups.size(), exceptions};
        return std::move(m_out);
    }

private:
    void addId(const IdBytes& id, bool write) {
        m_ids.emplace(id, m_nextId++);
        if (write) putBytes(m_out, id.data(), id.size());
    }

    void putRowId(const IdBytes& id) {
        if (auto it = m_ids.find(id); it != m_ids.end()) {
            putVarint(m_out, it->second + 1);
            return;
        }
        putVarint(m_out, 0);
        std::uint64_t ms = idMs(id);
        std::uint64_t h = idHigh(id), l = idLow(id);
        std::uint64_t dh = h ^ m_prevHigh, dl = zigzag(l - m_prevLow);
        bool delta = varintSize(dh) + varintSize(dl) < 10;  // ids of one device's burst
        putVarint(m_out, zigzag(ms - m_prevMs) << 1 | (delta ? 1 : 0));
        if (delta) {
            putVarint(m_out, dh);
            putVarint(m_out, dl);
        } else {
            putBytes(m_out, id.data() + 6, 10);
        }
        m_prevMs = ms;
        m_prevHigh = h;
        m_prevLow = l;
        addId(id, false);
    }

    std::string valuePayload(const Value& v, ColumnState& col, std::uint8_t& kind) {
        std::string p;
        switch (v.kind()) {
        case Value::Kind::Null: kind = kNull; break;
        case Value::Kind::Integer: {
            auto x = static_cast<std::uint64_t>(v.asInt());
            kind = kInt;
            putVarint(p, zigzag(x - col.prevInt));
            col.prevInt = x;
            break;
        }
        case Value::Kind::Real: {
            double x = v.asReal();
            std::int64_t m = 0;
            int s = decimalScale(x, m);
            std::uint64_t z = s < 0 ? 0 : zigzag(static_cast<std::uint64_t>(m) - col.prevMantissa);
            if (s >= 0 && z < (1ull << 60) && varintSize(z << 4 | static_cast<std::uint64_t>(s)) < 8) {
                kind = kDecimal;
                putVarint(p, z << 4 | static_cast<std::uint64_t>(s));
                col.prevMantissa = static_cast<std::uint64_t>(m);
            } else {
                kind = kReal;
                auto bits = std::bit_cast<std::uint64_t>(x);
                for (int i = 0; i < 8; ++i) p.push_back(static_cast<char>(bits >> (8 * i)));
            }
            break;
        }
        case Value::Kind::Text: {
            const std::string& t = v.asText();
            kind = kText;
            if (auto it = col.textIndex.find(t); it != col.textIndex.end()) {
                putVarint(p, it->second << 1 | 1);
            } else {
                putVarint(p, static_cast<std::uint64_t>(t.size()) << 1);
                p.append(t);
                if (t.size() <= kShortText) col.textIndex.emplace(t, col.textIndex.size());
            }
            break;
        }
        case Value::Kind::Blob: {
            const Blob& b = v.asBlob();
            if (b.size() != 16) {
                kind = kBlob;
                putVarint(p, b.size());
                putBytes(p, b.data(), b.size());
                break;
            }
            IdBytes id;
            std::memcpy(id.data(), b.data(), 16);
            if (auto it = m_ids.find(id); it != m_ids.end()) {
                kind = kIdRef;
                putVarint(p, it->second);
            } else {
                kind = kId;
                putBytes(p, id.data(), 16);
                m_ids.emplace(id, m_nextId++);
            }
            break;
        }
        }
        return p;
    }

    std::string m_out;
    std::unordered_map<IdBytes, std::uint64_t, IdHash> m_ids;
    std::uint64_t m_nextId = 0;
    std::uint64_t m_prevMs = 0, m_prevHigh = 0, m_prevLow = 0;
    ColumnStates m_columns;
};

Status malformed(const char* what) {
    return Status(ErrorCode::Malformed, std::string("v2 change block: ") + what);
}

class Decoder {
public:
    Decoder(std::string_view in, const BlockLimits& limits) : m_in(in), m_limits(limits) {}

    Result<std::vector<Change>> run() {
        std::string_view magic;
        if (!m_in.view(3, magic) || magic[0] != 'G' || magic[1] != 'W') return malformed("not a change block");
        if (static_cast<std::uint8_t>(magic[2]) != kFormat) return malformed("unknown block format");
        std::uint64_t schema = 0;
        if (!m_in.varint(schema)) return malformed("truncated header");
        if (schema > kWireSchemaVersion)
            return Status(ErrorCode::InvalidState,
                          "数据来自更新版本的程序，请先更新应用（wire schema " + std::to_string(schema) + "）");
        std::vector<Uuid> grids, sites;
        if (!readIds(grids) || !readIds(sites)) return malformed("truncated dictionary");
        std::uint64_t prevHlc = 0, nGroups = 0;
        if (!m_in.varint(prevHlc) || !m_in.varint(nGroups)) return malformed("truncated header");
        if (nGroups > m_in.remaining()) return malformed("group count past the end");
        std::vector<Change> out;
        for (std::uint64_t g = 0; g < nGroups; ++g) {
            std::uint64_t tcode = 0, gridRef = 0, siteRef = 0, hlcDelta = 0, nCols = 0;
            Change head;
            if (!m_in.varint(tcode)) return malformed("truncated group");
            const TableSpec* spec = nullptr;
            if (tcode == 0) {
                std::string_view name;
                if (!m_in.string(name)) return malformed("truncated table name");
                head.table = name;
            } else {
                spec = tcode <= UINT32_MAX ? tableByCode(static_cast<std::uint32_t>(tcode)) : nullptr;
                if (!spec) return malformed("unknown table code");
                head.table = spec->name;
            }
            if (!readRowId(head.rowId)) return malformed("bad row id");
            if (!m_in.varint(gridRef) || !m_in.varint(siteRef) || !m_in.varint(hlcDelta) || !m_in.varint(nCols))
                return malformed("truncated group");
            if (gridRef > grids.size() || siteRef >= sites.size()) return malformed("dictionary index out of range");
            if (nCols == 0 || nCols > m_in.remaining()) return malformed("bad column count");
            if (out.size() + nCols > m_limits.maxChanges)
                return Status(ErrorCode::TooLarge, "v2 change block has too many changes");
            head.gridId = gridRef ? grids[gridRef - 1] : Uuid::nil();
            head.site = sites[siteRef];
            head.hlc = prevHlc + unzigzag(hlcDelta);
            prevHlc = head.hlc;
            for (std::uint64_t k = 0; k < nCols; ++k) {
                Change c{head.table, head.rowId, {}, {}, head.hlc, head.site, head.gridId};
                std::uint64_t h = 0;
                if (!m_in.varint(h)) return malformed("truncated column");
                std::uint64_t ccode = h >> 4;
                if (ccode == 0) {
                    std::string_view name;
                    if (!m_in.string(name)) return malformed("truncated column name");
                    c.column = name;
                } else {
                    if (!spec || ccode > spec->columns.size()) return malformed("unknown column code");
                    c.column = spec->columns[ccode - 1].name;
                }
                if (h & 8) {
                    std::uint64_t d = 0, s = 0;
                    if (!m_in.varint(d) || !m_in.varint(s) || s >= sites.size()) return malformed("bad exception");
                    c.hlc = head.hlc + unzigzag(d);
                    c.site = sites[s];
                }
                ColumnState& col = m_columns.get(static_cast<std::uint32_t>(tcode), static_cast<std::uint32_t>(ccode),
                                                 c.table, c.column);
                if (Status st = readValue(static_cast<std::uint8_t>(h & 7), col, c.value); !st) return st;
                out.push_back(std::move(c));
            }
        }
        if (!m_in.atEnd()) return malformed("trailing bytes");
        return out;
    }

private:
    bool readIds(std::vector<Uuid>& out) {
        std::uint64_t n = 0;
        if (!m_in.varint(n) || n > m_in.remaining() / 16) return m_in.fail();
        out.resize(static_cast<std::size_t>(n));
        for (Uuid& u : out) {
            if (!m_in.bytes(u.bytes.data(), 16)) return false;
            m_ids.push_back(u.bytes);
        }
        return true;
    }

    bool readRowId(Uuid& id) {
        std::uint64_t ref = 0;
        if (!m_in.varint(ref)) return false;
        if (ref > 0) {
            if (ref > m_ids.size()) return m_in.fail();
            id.bytes = m_ids[ref - 1];
            return true;
        }
        std::uint64_t head = 0;
        if (!m_in.varint(head)) return false;
        std::uint64_t ms = m_prevMs + unzigzag(head >> 1);
        if (ms >> 48) return m_in.fail();
        for (std::size_t i = 0; i < 6; ++i) id.bytes[i] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
        if (head & 1) {
            std::uint64_t dh = 0, dl = 0;
            if (!m_in.varint(dh) || !m_in.varint(dl)) return false;
            std::uint64_t h = m_prevHigh ^ dh;
            if (h >> 16) return m_in.fail();
            setIdTail(id.bytes, h, m_prevLow + unzigzag(dl));
        } else if (!m_in.bytes(id.bytes.data() + 6, 10)) {
            return false;
        }
        m_prevMs = ms;
        m_prevHigh = idHigh(id.bytes);
        m_prevLow = idLow(id.bytes);
        m_ids.push_back(id.bytes);
        return true;
    }

    Status readValue(std::uint8_t kind, ColumnState& col, Value& out) {
        switch (kind) {
        case kNull: out = Value::null(); return Status::ok();
        case kInt: {
            std::uint64_t z = 0;
            if (!m_in.varint(z)) return malformed("truncated integer");
            col.prevInt += unzigzag(z);
            out = Value::integer(static_cast<std::int64_t>(col.prevInt));
            return Status::ok();
        }
        case kReal: {
            std::uint8_t b[8];
            if (!m_in.bytes(b, 8)) return malformed("truncated real");
            std::uint64_t bits = 0;
            for (int i = 7; i >= 0; --i) bits = bits << 8 | b[i];
            out = Value::real(std::bit_cast<double>(bits));
            return Status::ok();
        }
        case kDecimal: {
            std::uint64_t v = 0;
            if (!m_in.varint(v) || (v & 15) > static_cast<std::uint64_t>(kMaxScale)) return malformed("bad decimal");
            col.prevMantissa += unzigzag(v >> 4);
            out = Value::real(static_cast<double>(static_cast<std::int64_t>(col.prevMantissa)) / kPow10[v & 15]);
            return Status::ok();
        }
        case kText: {
            std::uint64_t t = 0;
            if (!m_in.varint(t)) return malformed("truncated text");
            if (t & 1) {
                if ((t >> 1) >= col.texts.size()) return malformed("text index out of range");
                out = Value::text(col.texts[t >> 1]);
                return Status::ok();
            }
            std::string_view s;
            if (!m_in.view(static_cast<std::size_t>(t >> 1), s)) return malformed("truncated text");
            if (s.size() <= kShortText) col.texts.emplace_back(s);
            out = Value::text(std::string(s));
            return Status::ok();
        }
        case kBlob: {
            std::string_view s;
            if (!m_in.string(s)) return malformed("truncated blob");
            out = Value::blob(Blob(s.begin(), s.end()));
            return Status::ok();
        }
        case kId: {
            IdBytes id;
            if (!m_in.bytes(id.data(), 16)) return malformed("truncated id");
            m_ids.push_back(id);
            out = Value::blob(Blob(id.begin(), id.end()));
            return Status::ok();
        }
        case kIdRef: {
            std::uint64_t i = 0;
            if (!m_in.varint(i) || i >= m_ids.size()) return malformed("id index out of range");
            const IdBytes& id = m_ids[i];
            out = Value::blob(Blob(id.begin(), id.end()));
            return Status::ok();
        }
        default: return malformed("unknown value kind");
        }
    }

    ByteReader m_in;
    BlockLimits m_limits;
    std::vector<IdBytes> m_ids;
    std::uint64_t m_prevMs = 0, m_prevHigh = 0, m_prevLow = 0;
    ColumnStates m_columns;
};
}  // namespace

std::string encodeChangeBlock(std::span<const Change> changes, BlockStats* stats) {
    return Encoder().run(changes, stats);
}

Result<std::vector<Change>> decodeChangeBlock(std::string_view block, const BlockLimits& limits) {
    return Decoder(block, limits).run();
}

}  // namespace gridwork::wire
