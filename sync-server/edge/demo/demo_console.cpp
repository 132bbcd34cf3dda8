#include "demo_console.h"

#include "demo_people.h"
#include "grid_cells.h"

#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/sync_service.h"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>

namespace gridwork::server::demo {

using namespace gridwork::domain;
using nlohmann::json;

namespace {

Status writeFile(const std::string& path, const std::string& bytes) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return {ErrorCode::Storage, "cannot write " + path};
    return Status::ok();
}

void pngChunk(std::string& out, const char* type, const std::string& data) {
    auto be32 = [&](std::uint32_t v) {
        for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((v >> s) & 0xff);
    };
    be32(static_cast<std::uint32_t>(data.size()));
    std::string td = std::string(type, 4) + data;
    out += td;
    be32(static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(td.data()), static_cast<uInt>(td.size()))));
}

// A 360x240 "photo": a wall and a floor in the category's tint, a dark diagonal object.
std::string demoPhoto(int variant) {
    const int w = 360, h = 240;
    static constexpr int kTints[][3] = {{176, 168, 150}, {150, 170, 185}, {160, 180, 150}, {185, 160, 150}};
    const int* tint = kTints[variant % 4];
    std::string raw;
    raw.reserve(static_cast<std::size_t>((w * 3 + 1) * h));
    for (int y = 0; y < h; ++y) {
        raw += '\0';
        for (int x = 0; x < w; ++x) {
            int shade = y > h * 2 / 3 ? -60 : static_cast<int>(20 * std::sin((x + variant * 37) * 0.05));
            bool object = std::abs(y - (40 + (x * (variant % 3 + 1)) / 3)) < 10 && x > 60 && x < 300;
            for (int c = 0; c < 3; ++c)
                raw += static_cast<char>(object ? 40 + 30 * c : std::clamp(tint[c] + shade, 0, 255));
        }
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string z(size, '\0');
    compress2(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 6);
    z.resize(size);
    std::string ihdr;
    for (int v : {w, h})
        for (int s = 24; s >= 0; s -= 8) ihdr += static_cast<char>((v >> s) & 0xff);
    ihdr += std::string("\x08\x02\x00\x00\x00", 5);
    std::string png = "\x89PNG\r\n\x1a\n";
    pngChunk(png, "IHDR", ihdr);
    pngChunk(png, "IDAT", z);
    pngChunk(png, "IEND", "");
    return png;
}

const json kConfig = R"({
  "departments": ["城管中队", "水利站", "应急管理办", "综治中心", "民政办", "环卫所", "住建办", "派出所", "消防救援站"],
  "deadline_working_days": {"safety_hazard": 3, "fire": 2, "flood": 2, "dispute": 5, "environment": 5,
                            "public_facility": 7, "people_in_difficulty": 3, "other": 5, "default": 5},
  "near_due_working_days": 1,
  "templates": [
    {"category": "", "action": "accept", "text": "您反映的问题已受理，我们将尽快安排处置。"},
    {"category": "", "action": "dispatch", "text": "请贵部门于办理期限内处置，并在系统内反馈结果。"},
    {"category": "flood", "action": "dispatch", "text": "涉及防汛安全，请水利站立即派员现场查看，必要时转移群众。"},
    {"category": "safety_hazard", "action": "dispatch", "text": "存在安全隐患，请于 3 个工作日内整改到位并反馈照片。"},
    {"category": "", "action": "return", "text": "上报信息不完整，请补充现场照片和具体位置后重新上报。"},
    {"category": "", "action": "feedback", "text": "已现场处置完毕，并电话告知反映人。"},
    {"category": "", "action": "close", "text": "经核实，问题已解决，予以办结。"},
    {"category": "", "action": "supervise", "text": "该工单已超期，请承办部门于今日内处置并反馈。"}
  ],
  "tile_url": ""
})"_json;

constexpr const char* kHolidays =
    "# 城南街道 节假日与调休（可编辑；一行一个日期，+ 表示周末调休上班）\n"
    "2026-01-01 元旦\n2026-01-02\n2026-02-16 春节\n2026-02-17\n2026-02-18\n2026-02-19\n2026-02-20\n"
    "+2026-02-14 调休上班\n+2026-02-28 调休上班\n2026-04-06 清明节\n2026-05-01 劳动节\n2026-05-04\n2026-05-05\n"
    "+2026-05-09 调休上班\n2026-06-19 端午节\n2026-09-25 中秋节\n2026-10-01 国庆节\n2026-10-02\n2026-10-05\n"
    "2026-10-06\n2026-10-07\n+2026-09-27 调休上班\n+2026-10-10 调休上班\n2027-01-01 元旦\n";

}  // namespace

Status seedDemoConsole(SyncService& service, const std::string& dataDir, std::uint64_t seed) {
    Rng rng(seed ^ 0xC0450E11ULL);
    const std::string dir = dataDir + "/console";
    GW_TRY(writeFile(dir + "/config.json", kConfig.dump(2) + "\n"));
    GW_TRY(writeFile(dir + "/holidays.txt", kHolidays));

    // Grid boundaries that tile the township (grid_cells.h); households inside their grid.
    json features = json::array();
    std::vector<std::pair<Uuid, std::string>> photos;  // open report → photo
    GW_TRY(service.withStore([&](Store& store) -> Status {
        auto& db = store.database();
        GW_ASSIGN_OR_RETURN(db::Statement * g,
                            db.prepareChecked("SELECT o.id, o.name, AVG(c.lat), AVG(c.lon) FROM org_units o JOIN "
                                              "checkpoints c ON c.grid_id = o.id WHERE o.level = 'grid' GROUP BY "
                                              "o.id ORDER BY o.code"));
        std::vector<std::pair<Uuid, std::string>> grids;
        std::vector<LonLat> centres;
        while (g->step()) {
            grids.push_back({g->getUuid(0), g->getText(1)});
            centres.push_back({g->getReal(3), g->getReal(2)});
        }
        g->reset();
        // Grids tile the township (grid_cells.h): up to ~1.2 km from the centre, 40 m between.
        const auto rings = gridCells(centres, 0.011, 0.0004);
        std::map<Uuid, std::size_t> gridIndex;
        for (std::size_t i = 0; i < grids.size(); ++i) {
            gridIndex[grids[i].first] = i;
            json ring = json::array();
            for (const auto& p : rings[i]) ring.push_back({p.lon, p.lat});
            features.push_back({{"type", "Feature"},
                                {"properties", {{"grid_id", grids[i].first.toString()}, {"name", grids[i].second}}},
                                {"geometry", {{"type", "Polygon"}, {"coordinates", {ring}}}}});
        }
        GW_ASSIGN_OR_RETURN(db::Statement * h,
                            db.prepareChecked("SELECT id, grid_id, address FROM households ORDER BY id"));
        while (h->step()) {
            auto it = gridIndex.find(h->getUuid(1));
            if (it == gridIndex.end()) continue;
            // A point inside the grid's boundary, near its centre (houses cluster in villages).
            const LonLat c = centres[it->second];
            LonLat p = c;
            for (int tries = 0; tries < 20; ++tries) {
                double a = pick(rng, 0, 359) * std::numbers::pi / 180, r = pick(rng, 5, 95) / 100.0;
                LonLat q{c.lon + 0.0045 * r * std::cos(a), c.lat + 0.0038 * r * std::sin(a)};
                if (insideRing(rings[it->second], q)) {
                    p = q;
                    break;
                }
            }
            features.push_back(
                {{"type", "Feature"},
                 {"properties", {{"grid_id", grids[it->second].first.toString()}, {"address", h->getText(2)}}},
                 {"geometry", {{"type", "Point"}, {"coordinates", {p.lon, p.lat}}}}});
        }
        h->reset();
        GW_ASSIGN_OR_RETURN(db::Statement * o, db.prepareChecked("SELECT id FROM reports WHERE status <> 'closed' "
                                                                 "ORDER BY id"));
        int n = 0;
        while (o->step()) photos.push_back({o->getUuid(0), demoPhoto(n++)});
        o->reset();
        return Status::ok();
    }));
    GW_TRY(writeFile(dir + "/township.geojson",
                     json{{"type", "FeatureCollection"}, {"features", features}}.dump() + "\n"));

    // A photo on every open report, in the attachment store (DATA/attachments/<sha[0..1]>/<sha>).
    std::vector<RowWrite> writes;
    for (const auto& [report, png] : photos) {
        std::string sha = sha256Hex(png);
        GW_TRY(writeFile(dataDir + "/attachments/" + sha.substr(0, 2) + "/" + sha, png));
        RowWrite w{"reports", report, {}};
        w.set("photo_sha256", Value::text(sha));
        writes.push_back(std::move(w));
    }
    GW_TRY(service.write(writes));

    // The remaining states, and task results.
    return service.withStore([&](Store& store) -> Status {
        ReportRepo reports(store);
        // Deterministic times: a while after the report's own last event.
        auto event = [&](const Uuid& report, ReportEventKind kind, const std::string& note) {
            std::int64_t at = 0;
            for (const auto& h : reports.history(report)) at = std::max(at, h.at);
            at += 5 * 3600 * 1000;
            ReportEvent e;
            e.id = uuidV7At(static_cast<std::uint64_t>(at), rng());
            e.kind = std::string(reportEventKindName(kind));
            e.actorName = "街道综合信息指挥室";
            e.note = note;
            e.at = at;
            return reports.addEvent(report, e).status();
        };
        int returned = 0, escalated = 0, reopened = 0;
        for (const auto& [id, _] : photos) {
            GW_ASSIGN_OR_RETURN(Report r, reports.get(id));
            if (returned < 2 && (r.status == ReportStatus::Reported || r.status == ReportStatus::Accepted)) {
                GW_TRY(event(id, ReportEventKind::Return, "上报信息不完整，请补充现场照片和具体位置后重新上报。"));
                ++returned;
            } else if (escalated < 1 && r.status == ReportStatus::Handling) {
                GW_TRY(event(id, ReportEventKind::Escalate, "涉及跨部门协调，已上报区综合指挥中心。"));
                ++escalated;
            }
        }
        GW_ASSIGN_OR_RETURN(
            db::Statement * c,
            store.database().prepareChecked("SELECT id FROM reports WHERE status = 'closed' ORDER BY id LIMIT 2"));
        std::vector<Uuid> closed;
        while (c->step()) closed.push_back(c->getUuid(0));
        c->reset();
        for (const auto& id : closed)
            if (reopened++ < 1) GW_TRY(event(id, ReportEventKind::Reopen, "群众反映问题复发，重新打开。"));
        TaskRepo tasks(store);
        GW_ASSIGN_OR_RETURN(
            db::Statement * t,
            store.database().prepareChecked("SELECT id, issued_at FROM tasks WHERE status = 'open' ORDER BY id"));
        std::vector<std::pair<Uuid, std::int64_t>> open;
        while (t->step()) open.push_back({t->getUuid(0), t->getInt(1)});
        t->reset();
        static constexpr const char* kResults[] = {"已上门核实，信息无误", "已核实，更新联系电话",
                                                   "已走访，生活情况良好", "责任人在岗，联系方式已更新"};
        for (std::size_t i = 0; i < open.size(); ++i)
            if (chance(rng, 0.55))
                GW_TRY(tasks.complete(open[i].first, kResults[i % 4],
                                      open[i].second + static_cast<std::int64_t>(i + 1) * 3600000));
        return Status::ok();
    });
}

}  // namespace gridwork::server::demo
