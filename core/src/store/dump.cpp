#include "gridwork/core/store/dump.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/schema.h"
#include "gridwork/core/store/store.h"

#include <algorithm>
#include <set>

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

// The patrols of a worker: the only ones whose track points his devices hold.
std::set<Uuid> patrolsOf(Store& store, const Uuid& worker) {
    std::set<Uuid> out;
    db::Statement* q =
        store.database().prepare("SELECT id FROM " + std::string(tables::kPatrols) + " WHERE worker_id=?1");
    if (!q) return out;
    q->bind(1, worker);
    while (q->step()) out.insert(q->getUuid(0));
    q->reset();
    return out;
}
}  // namespace

std::string dumpJson(Store& store, const std::optional<std::vector<Uuid>>& gridScope,
                     const std::optional<Uuid>& trackOwner) {
    std::optional<std::set<Uuid>> ownPatrols;
    if (trackOwner) ownPatrols = patrolsOf(store, *trackOwner);
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
        db::Statement* q = store.database().prepare(sql);
        out += firstTable ? "\n" : ",\n";
        firstTable = false;
        out += jsonQuote(table.name) + ": [";
        bool firstRow = true;
        if (q) {
            int gridIndex = -1, patrolIndex = -1;
            for (std::size_t i = 0; i < cols.size(); ++i) {
                if (cols[i]->name == "grid_id") gridIndex = static_cast<int>(i) + 1;
                if (cols[i]->name == "patrol_id") patrolIndex = static_cast<int>(i) + 1;
            }
            bool ownTracksOnly = ownPatrols && std::string(table.name) == tables::kTrackPoints && patrolIndex > 0;
            while (q->step()) {
                if (gridIndex > 0 && !inScope(q->getUuid(gridIndex), gridScope)) continue;
                if (ownTracksOnly && !ownPatrols->count(q->getUuid(patrolIndex))) continue;
                out += firstRow ? "\n  {" : ",\n  {";
                firstRow = false;
                out += "\"id\": " + jsonQuote(q->getUuid(0).toString());
                for (std::size_t i = 0; i < cols.size(); ++i)
                    out += ", " + jsonQuote(cols[i]->name) + ": " +
                           renderValue(*cols[i], q->getValue(static_cast<int>(i) + 1));
                out += "}";
            }
            q->reset();
        }
        out += firstRow ? "]" : "\n]";
    }
    out += "\n}\n";
    return out;
}

}  // namespace gridwork
