// GET map: the 一张图 data — grid polygons and household points from the township's GeoJSON
// (offline; DATA/console/township.geojson), open report pins in the caller's scope, and
// today's patrol tracks only for 指挥员 and 领导 (tracks are sensitive personal information).
#include "report_numbers.h"
#include "report_query.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace gridwork::server {

namespace {

// The GeoJSON file, parsed once per process (it only changes with the township's boundaries).
const json& townshipGeo(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, json> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find(path);
    if (it != cache.end()) return it->second;
    json j = json::object();
    if (!path.empty()) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream os;
        os << in.rdbuf();
        j = json::parse(os.str(), nullptr, false);
        if (j.is_discarded()) j = json::object();
    }
    return cache.emplace(path, std::move(j)).first->second;
}

}  // namespace

ConsoleResponse getMap(ConsoleCall& call) {
    const json& geo = townshipGeo(call.config.geojsonPath);
    const std::string onlyGrid = call.staff().gridId.isNil() ? "" : call.staff().gridId.toString();
    json grids = {{"type", "FeatureCollection"}, {"features", json::array()}};
    json households = json::array();
    if (geo.contains("features") && geo["features"].is_array()) {
        for (const auto& f : geo["features"]) {
            const json& props = f.value("properties", json::object());
            std::string grid = props.value("grid_id", "");
            if (!onlyGrid.empty() && grid != onlyGrid) continue;
            std::string type = f.value("geometry", json::object()).value("type", "");
            if (type == "Point") {
                const auto& c = f["geometry"]["coordinates"];
                if (c.is_array() && c.size() >= 2)
                    households.push_back({{"lat", c[1]}, {"lon", c[0]}, {"address", props.value("address", "")}});
            } else {
                grids["features"].push_back(f);
            }
        }
    }
    json pins = json::array();
    json tracks = json::array();
    Status st = call.service.withStore([&](Store& store) -> Status {
        GW_TRY(assignReportNumbers(store));
        ReportSql sql = reportScopeSql(call.staff());
        sql.add("status <> 'closed' AND lat IS NOT NULL AND lon IS NOT NULL");
        GW_ASSIGN_OR_RETURN(db::Query q, store.database().prepare(std::string(kReportRowCte) + "SELECT * FROM q" +
                                                                  sql.where + " ORDER BY reported_at DESC LIMIT 2000"));
        bindAll(*q, sql.binds);
        while (q->step()) {
            ReportRow r = readReportRow(*q);
            pins.push_back({{"number", r.number},
                            {"lat", *r.lat},
                            {"lon", *r.lon},
                            {"status", r.status},
                            {"status_zh", statusLabelZh(r.status)},
                            {"category_zh", categoryLabelZh(r.category)},
                            {"overdue", isOverdue(r, call.today)}});
        }
        q->reset();
        bool mayTrack = call.role() == StaffRole::Dispatcher || call.role() == StaffRole::Leader;
        if (mayTrack && call.req.param("tracks").value_or("") == "1") {
            auto day = domain::parseLocalDate(call.today);
            std::int64_t start = day ? *day * 86400000LL - domain::kChinaUtcOffsetMs : 0;
            GW_ASSIGN_OR_RETURN(
                db::Query t,
                store.database().prepare(
                    "SELECT p.id, COALESCE(w.name, ''), pp.lat, pp.lon FROM patrols p "
                    "JOIN patrol_points pp ON pp.patrol_id = p.id LEFT JOIN workers w ON w.id = p.worker_id "
                    "WHERE p.started_at >= ?1 AND COALESCE(p.deleted, 0) = 0 AND (?2 IS NULL OR p.grid_id = ?2) "
                    "ORDER BY p.id, pp.seq"));
            t->bind(1, start).bind(2, call.staff().gridId.isNil() ? Value::null() : call.staff().gridId.toValue());
            Uuid current;
            while (t->step()) {
                Uuid id = t->getUuid(0);
                if (tracks.empty() || id != current) {
                    tracks.push_back({{"worker", t->getText(1)}, {"points", json::array()}});
                    current = id;
                }
                tracks.back()["points"].push_back({t->getReal(2), t->getReal(3)});
            }
            t->reset();
        }
        return Status::ok();
    });
    if (!st) return errorReply(st);
    json out = {{"grids", grids}, {"households", households}, {"pins", pins}, {"tile_url", call.config.tileUrl}};
    if (!tracks.empty()) out["tracks"] = tracks;
    return jsonReply(out);
}

}  // namespace gridwork::server
