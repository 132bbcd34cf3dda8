#include "gridwork/core/store/dump.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"

#include <algorithm>

namespace gridwork {

namespace {
std::string renderValue(const ColumnSpec& col, const Value& v) {
    if (col.type == ColumnType::Id && v.kind() == Value::Kind::Blob) {
        if (auto id = Uuid::fromBlob(v.asBlob())) return jsonQuote(id->toString());
    }
    if (col.type == ColumnType::Real && v.kind() == Value::Kind::Integer) return Value::real(v.asReal()).toJson();
    return v.toJson();
}

bool inScope(const Uuid& grid, const std::optional<std::vector<Uuid>>& scope) {
    if (!scope || grid.isNil()) return true;
    return std::find(scope->begin(), scope->end(), grid) != scope->end();
}
}  // namespace

std::string dumpJson(Store& store, const std::optional<std::vector<Uuid>>& gridScope) {
    std::string out = "{";
    bool firstTable = true;
    for (const auto& table : replicatedTables()) {
        std::vector<const ColumnSpec*> cols;
        std::string sql = "SELECT id";
        for (const auto& c : table.columns) {
            if (c.deviceLocal) continue;
            cols.push_back(&c);
            sql += "," + std::string(c.name);
        }
        sql += " FROM " + std::string(table.name) + " ORDER BY id";
        auto prepared = store.database().prepare(sql);  // dump.h: an unreadable table dumps as []
        out += firstTable ? "\n" : ",\n";
        firstTable = false;
        out += jsonQuote(table.name) + ": [";
        bool firstRow = true;
        if (prepared.isOk()) {
            db::Query& q = *prepared;
            int gridIndex = -1;
            for (std::size_t i = 0; i < cols.size(); ++i)
                if (cols[i]->name == "grid_id") gridIndex = static_cast<int>(i) + 1;
            while (q->step()) {
                if (gridIndex > 0 && !inScope(q->getUuid(gridIndex), gridScope)) continue;
                out += firstRow ? "\n  {" : ",\n  {";
                firstRow = false;
                out += "\"id\": " + jsonQuote(q->getUuid(0).toString());
                for (std::size_t i = 0; i < cols.size(); ++i)
                    out += ", " + jsonQuote(cols[i]->name) + ": " +
                           renderValue(*cols[i], q->getValue(static_cast<int>(i) + 1));
                out += "}";
            }
        }
        out += firstRow ? "]" : "\n]";
    }
    out += "\n}\n";
    return out;
}

}  // namespace gridwork
