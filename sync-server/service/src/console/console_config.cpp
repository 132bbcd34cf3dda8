#include "gridwork/server/console_config.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace gridwork::server {

using nlohmann::json;

int ConsoleConfig::deadlineDaysFor(const std::string& category) const {
    if (auto it = deadlineWorkingDays.find(category); it != deadlineWorkingDays.end()) return it->second;
    if (auto it = deadlineWorkingDays.find("default"); it != deadlineWorkingDays.end()) return it->second;
    return 5;
}

ConsoleConfig ConsoleConfig::defaults() {
    ConsoleConfig c;
    c.departments = {"城管中队", "水利站", "应急管理办", "综治中心",  "民政办",
                     "环卫所",   "住建办", "派出所",     "消防救援站"};
    c.deadlineWorkingDays = {{"safety_hazard", 3},
                             {"fire", 2},
                             {"flood", 2},
                             {"dispute", 5},
                             {"environment", 5},
                             {"public_facility", 7},
                             {"people_in_difficulty", 3},
                             {"other", 5},
                             {"default", 5}};
    c.templates = {
        {"", "accept", "您反映的问题已受理，我们将尽快安排处置。"},
        {"", "dispatch", "请贵部门于办理期限内处置，并在系统内反馈结果。"},
        {"", "return", "上报信息不完整，请补充现场照片和具体位置后重新上报。"},
        {"", "feedback", "已现场处置完毕，并电话告知反映人。"},
        {"", "close", "经核实，问题已解决，予以办结。"},
        {"", "supervise", "该工单已超期，请承办部门于今日内处置并反馈。"},
        {"flood", "dispatch", "涉及防汛安全，请水利站立即派员现场查看，必要时转移群众。"},
        {"safety_hazard", "dispatch", "存在安全隐患，请于 3 个工作日内整改到位并反馈照片。"},
    };
    return c;
}

namespace {
Result<std::string> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status(ErrorCode::NotFound, path);
    std::ostringstream os;
    os << in.rdbuf();
    return os.str();
}
}  // namespace

Result<ConsoleConfig> ConsoleConfig::load(const std::string& dir) {
    ConsoleConfig c = defaults();
    if (auto text = readFile(dir + "/config.json")) {
        json j = json::parse(*text, nullptr, false);
        if (j.is_discarded() || !j.is_object())
            return Status(ErrorCode::InvalidArgument, dir + "/config.json 不是有效的 JSON 对象");
        if (j.contains("departments") && j["departments"].is_array()) {
            c.departments.clear();
            for (const auto& d : j["departments"])
                if (d.is_string()) c.departments.push_back(d.get<std::string>());
        }
        if (j.contains("deadline_working_days") && j["deadline_working_days"].is_object())
            for (const auto& [k, v] : j["deadline_working_days"].items())
                if (v.is_number_integer()) c.deadlineWorkingDays[k] = v.get<int>();
        if (j.contains("near_due_working_days") && j["near_due_working_days"].is_number_integer())
            c.nearDueWorkingDays = j["near_due_working_days"].get<int>();
        if (j.contains("templates") && j["templates"].is_array()) {
            c.templates.clear();
            for (const auto& t : j["templates"])
                if (t.is_object())
                    c.templates.push_back({t.value("category", ""), t.value("action", ""), t.value("text", "")});
        }
        if (j.contains("tile_url") && j["tile_url"].is_string()) c.tileUrl = j["tile_url"].get<std::string>();
    }
    GW_ASSIGN_OR_RETURN(c.holidays, HolidayCalendar::load(dir + "/holidays.txt"));
    std::error_code ec;
    if (std::filesystem::exists(dir + "/township.geojson", ec)) c.geojsonPath = dir + "/township.geojson";
    return c;
}

}  // namespace gridwork::server
