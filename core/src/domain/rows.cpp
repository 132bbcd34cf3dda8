#include "domain/rows.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/schema.h"

#include <algorithm>

namespace gridwork::domain::rows {

std::optional<Uuid> liveGrid(db::Database& db, std::string_view table, const Uuid& id) {
    const TableSpec* spec = findTable(table);
    if (!spec || id.isNil()) return std::nullopt;
    std::string sql = "SELECT grid_id FROM " + std::string(table) + " WHERE id=?1";
    if (spec->column("deleted")) sql += " AND deleted=0";
    return queryOne<Uuid>(
        db, sql, [&](db::Statement& q) { q.bind(1, id); }, [](db::Statement& q) { return q.getUuid(0); });
}

bool exists(db::Database& db, std::string_view table, const Uuid& id) {
    if (id.isNil() || !findTable(table)) return false;
    return queryOne<int>(
               db, "SELECT 1 FROM " + std::string(table) + " WHERE id=?1", [&](db::Statement& q) { q.bind(1, id); },
               [](db::Statement&) { return 1; })
        .has_value();
}

bool isLive(db::Database& db, std::string_view table, const Uuid& id) {
    return liveGrid(db, table, id).has_value();
}

Result<std::string> optionalPhone(const std::string& phone, std::string_view field) {
    std::string p = trimText(phone);
    if (p.empty()) return std::string();
    GW_TRY(validatePhone(p, field));
    return normalizePhone(p);
}

Uuid derivedRowId(std::string_view tag, const Uuid& a, const Uuid& b) {
    Sha256 h;
    h.update(tag);
    h.update(a.bytes.data(), a.bytes.size());
    h.update(b.bytes.data(), b.bytes.size());
    auto digest = h.finish();
    Uuid id;
    std::copy_n(digest.begin(), 16, id.bytes.begin());
    id.bytes[6] = static_cast<std::uint8_t>((id.bytes[6] & 0x0f) | 0x80);  // version 8
    id.bytes[8] = static_cast<std::uint8_t>((id.bytes[8] & 0x3f) | 0x80);  // RFC 9562 variant
    return id;
}

std::string encodeGrids(std::vector<Uuid> grids) {
    std::sort(grids.begin(), grids.end());
    grids.erase(std::unique(grids.begin(), grids.end()), grids.end());
    std::string out;
    for (const auto& g : grids) {
        if (!out.empty()) out += ',';
        out += g.toString();
    }
    return out;
}

std::vector<Uuid> decodeGrids(std::string_view s) {
    std::vector<Uuid> out;
    while (!s.empty()) {
        auto comma = s.find(',');
        if (auto id = Uuid::parse(s.substr(0, comma))) out.push_back(*id);
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace gridwork::domain::rows
