#include "push_checks.h"

#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/validation.h"

#include <cmath>
#include <set>
#include <string>

namespace gridwork::server {

namespace {
std::string fieldName(const Change& c) {
    return c.table + "." + c.column;
}

Status refuse(const Change& c, const std::string& why) {
    return {ErrorCode::InvalidArgument, "字段 " + fieldName(c) + "：" + why};
}

bool isLongText(const Change& c) {
    static const std::set<std::string, std::less<>> kLong = {"note", "text", "body", "result", "findings", "tags"};
    return kLong.count(c.column) > 0 || c.table == tables::kConflicts;
}

constexpr std::int64_t kFlagDaysBehind = 60;

bool isDate(const Change& c) {
    return c.column == "visit_date" || c.column == "entry_date";
}
}  // namespace

Status checkPushedChange(const TableSpec& spec, const Change& c, std::uint64_t serverNowMs, bool* farFromServerDay) {
    if (farFromServerDay) *farFromServerDay = false;
    if (spec.name == tables::kOrgUnits || spec.name == tables::kWorkers || spec.name == tables::kDevices)
        return {ErrorCode::WrongGrid, "组织、人员和设备资料由镇街维护，设备不能修改（" + std::string(spec.name) + "）"};
    if (spec.name == tables::kEmergencies)  // emergency.md: declared and ended by the township only
        return {ErrorCode::WrongGrid, "应急由镇街发布和结束，设备不能修改（" + std::string(spec.name) + "）"};
    const Value& v = c.value;
    if (c.column == "grid_id") {
        if (v.kind() != Value::Kind::Blob || Uuid::fromBlob(v.asBlob()) != c.gridId)
            return refuse(c, "所属网格不能为空，且必须与变更的网格一致");
    }
    if (c.column == "deleted" && v.isNull()) return refuse(c, "不能为空");
    if (v.kind() == Value::Kind::Real) {
        double x = v.asReal();
        if (!std::isfinite(x)) return refuse(c, "不是有效的数字");
        if (c.column == "lat" && (x < -90 || x > 90)) return refuse(c, "纬度必须在 -90 到 90 之间");
        if (c.column == "lon" && (x < -180 || x > 180)) return refuse(c, "经度必须在 -180 到 180 之间");
    }
    if (v.kind() == Value::Kind::Text) {
        const std::string& text = v.asText();
        std::size_t limit = isLongText(c) ? 2 * domain::kMaxLongText : domain::kMaxShortText;
        if (c.table == tables::kConflicts) limit = 4 * domain::kMaxLongText;
        if (text.size() > 4 * limit) return refuse(c, "内容过长");
        if (auto st = domain::validateMaxLength(text, fieldName(c), limit); !st) return st;
        if (isDate(c)) {
            auto day = domain::parseLocalDate(text);
            if (!day) return refuse(c, "“" + text + "”不是有效的日期");
            auto today = domain::parseLocalDate(domain::localDateFromMs(static_cast<std::int64_t>(serverNowMs)));
            // Flagged, not refused: a refusal would block the phone's whole outbox for good.
            if (today && farFromServerDay && (*day > *today + 1 || *day < *today - kFlagDaysBehind))
                *farFromServerDay = true;
        }
    }
    return Status::ok();
}

Status storageToTyped(const Status& st, const Change& c) {
    if (st.code() == ErrorCode::Storage && st.message().find("constraint") != std::string::npos)
        return refuse(c, "值不被接受（缺少必填值或违反约束）");
    return st;
}

}  // namespace gridwork::server
