// validation.cpp — GB 11643 ID numbers, mainland phone numbers, required fields, masking.
#include "gridwork/core/domain/validation.h"

#include "gridwork/core/domain/dates.h"

#include <chrono>
#include <vector>

namespace gridwork::domain {

namespace {
Status invalid(std::string_view field, std::string_view what) {
    return {ErrorCode::InvalidArgument, std::string(field) + "：" + std::string(what)};
}

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool isProvinceCode(int code) {
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37) ||
           (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71 ||
           code == 81 || code == 82 || code == 83;
}

std::int64_t todayDayNumber() {
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
    return localDayNumberFromMs(ms);
}

// Drops spaces, dashes, dots and parentheses: what people type around phone digits.
std::string phoneDigits(std::string_view phone, bool& plus) {
    std::string out;
    plus = false;
    for (char c : phone) {
        if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') continue;
        if (c == '+' && out.empty()) {
            plus = true;
            continue;
        }
        out += c;
    }
    return out;
}

// A landline's parts: area code (with 0), number, extension. False if not a landline.
bool splitLandline(std::string_view phone, std::string& area, std::string& number, std::string& ext) {
    std::string s = trimText(phone);
    // Extension: "-123" after the number, or "转123".
    std::string rest = s;
    auto zhuan = rest.find("转");
    if (zhuan != std::string::npos) {
        ext = rest.substr(zhuan + std::string("转").size());
        rest = rest.substr(0, zhuan);
    }
    std::string digits;
    std::vector<std::string> groups;
    std::string cur;
    for (char c : rest) {
        if (c >= '0' && c <= '9') {
            cur += c;
            continue;
        }
        if (c == '-' || c == ' ' || c == '(' || c == ')') {
            if (!cur.empty()) groups.push_back(cur);
            cur.clear();
            continue;
        }
        return false;
    }
    if (!cur.empty()) groups.push_back(cur);
    if (groups.empty()) return false;
    if (ext.empty() && groups.size() == 3) {
        ext = groups[2];
        groups.pop_back();
    }
    if (!ext.empty() && (!allDigits(ext) || ext.size() > 6)) return false;
    if (groups.size() == 2 && ext.empty() && groups[0][0] != '0') {
        number = groups[0];  // a local number and its extension: "2345678-12", as normalizePhone writes it
        ext = groups[1];
        if (ext.size() > 6) return false;
    } else if (groups.size() == 2) {
        area = groups[0];
        number = groups[1];
    } else if (groups.size() == 1) {
        const std::string& g = groups[0];
        if (g[0] == '0') {
            std::size_t areaLen = (g.size() > 1 && (g[1] == '1' || g[1] == '2')) ? 3 : 4;
            if (g.size() <= areaLen) return false;
            area = g.substr(0, areaLen);
            number = g.substr(areaLen);
        } else {
            number = g;  // a local number without area code
        }
    } else {
        return false;
    }
    if (!area.empty()) {
        if (area[0] != '0' || area.size() < 3 || area.size() > 4) return false;
        if (area[1] == '0') return false;
    }
    if (number.size() < 7 || number.size() > 8 || number[0] == '0') return false;
    if (area.empty() && number[0] == '1') return false;  // more likely a mistyped mobile
    return true;
}
}  // namespace

std::string trimText(std::string_view s) {
    auto isSpaceAt = [&](std::size_t i, std::size_t& len) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            len = 1;
            return true;
        }
        if (c == 0xE3 && i + 2 < s.size() + 0 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0x80) {
            len = 3;
            return true;
        }
        return false;
    };
    std::size_t len = 0;
    while (!s.empty() && isSpaceAt(0, len)) s.remove_prefix(len);
    while (!s.empty()) {
        unsigned char c = static_cast<unsigned char>(s.back());
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f') {
            s.remove_suffix(1);
            continue;
        }
        if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80") {
            s.remove_suffix(3);
            continue;
        }
        break;
    }
    return std::string(s);
}

char idNumberCheckChar(std::string_view first17) {
    if (first17.size() != 17 || !allDigits(first17)) return '\0';
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
    return kCheck[sum % 11];
}

std::string normalizeIdNumber(std::string_view id) {
    std::string s = trimText(id);
    if (!s.empty() && s.back() == 'x') s.back() = 'X';
    return s;
}

Status validateIdNumber(std::string_view raw, std::string_view field) {
    std::string id = normalizeIdNumber(raw);
    if (id.empty()) return invalid(field, "不能为空");
    if (id.size() != 18) return invalid(field, "应为18位（现为" + std::to_string(id.size()) + "位）");
    if (!allDigits(std::string_view(id).substr(0, 17))) return invalid(field, "前17位只能是数字");
    char last = id[17];
    if (!((last >= '0' && last <= '9') || last == 'X')) return invalid(field, "最后一位只能是数字或X");
    if (!isProvinceCode((id[0] - '0') * 10 + (id[1] - '0'))) return invalid(field, "地区码不正确");
    std::string birth = id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
    auto day = parseLocalDate(birth);
    static const std::int64_t kDay1900 = *parseLocalDate("1900-01-01");
    if (!day || *day < kDay1900 || *day > todayDayNumber()) return invalid(field, "出生日期不正确");
    if (idNumberCheckChar(std::string_view(id).substr(0, 17)) != last) return invalid(field, "校验位不正确");
    return Status::ok();
}

std::optional<std::string> idNumberBirthDate(std::string_view raw) {
    std::string id = normalizeIdNumber(raw);
    if (!validateIdNumber(id).isOk()) return std::nullopt;
    return id.substr(6, 4) + "-" + id.substr(10, 2) + "-" + id.substr(12, 2);
}

std::optional<Gender> idNumberGender(std::string_view raw) {
    std::string id = normalizeIdNumber(raw);
    if (!validateIdNumber(id).isOk()) return std::nullopt;
    return ((id[16] - '0') % 2 == 1) ? Gender::Male : Gender::Female;
}

bool isMobilePhone(std::string_view phone) {
    bool plus = false;
    std::string d = phoneDigits(trimText(phone), plus);
    if (d.size() == 13 && d.compare(0, 2, "86") == 0)
        d = d.substr(2);
    else if (plus)
        return false;
    return d.size() == 11 && allDigits(d) && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

Status validatePhone(std::string_view phone, std::string_view field) {
    std::string s = trimText(phone);
    if (s.empty()) return invalid(field, "不能为空");
    if (isMobilePhone(s)) return Status::ok();
    std::string area, number, ext;
    if (splitLandline(s, area, number, ext)) return Status::ok();
    bool plus = false;
    std::string d = phoneDigits(s, plus);
    if (!d.empty() && d[0] == '1' && allDigits(d))
        return invalid(field, "手机号应为11位数字，以13-19开头（现为" + std::to_string(d.size()) + "位）");
    return invalid(field, "不是有效的手机号或座机号（例如 13812345678、0571-88888888）");
}

std::string normalizePhone(std::string_view phone) {
    std::string s = trimText(phone);
    if (isMobilePhone(s)) {
        bool plus = false;
        std::string d = phoneDigits(s, plus);
        return d.size() == 13 ? d.substr(2) : d;
    }
    std::string area, number, ext;
    if (splitLandline(s, area, number, ext)) {
        std::string out = area.empty() ? number : area + "-" + number;
        if (!ext.empty()) out += "-" + ext;
        return out;
    }
    return s;
}

Status validateRequired(std::string_view value, std::string_view field) {
    if (trimText(value).empty()) return invalid(field, "不能为空");
    return Status::ok();
}

Status validateMaxLength(std::string_view value, std::string_view field, std::size_t maxChars) {
    std::size_t chars = 0;
    for (char c : value)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
    if (chars <= maxChars) return Status::ok();
    return invalid(field, "内容过长（最多" + std::to_string(maxChars) + "字）");
}

Status validateDate(std::string_view value, std::string_view field) {
    if (isValidLocalDate(value)) return Status::ok();
    return invalid(field, "“" + std::string(value) + "”不是有效的日期（格式：2024-03-01）");
}

namespace {
// Code points of UTF-8 text (continuation bytes not counted).
std::vector<std::string> codePoints(std::string_view s) {
    std::vector<std::string> out;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) == 0x80 && !out.empty())
            out.back() += c;
        else
            out.emplace_back(1, c);
    }
    return out;
}

// Stars for all but the last `keep` characters (code points, so no character is cut in half).
std::string maskAllButLast(std::string_view s, std::size_t keep) {
    auto cps = codePoints(s);
    keep = std::min(keep, cps.size());
    std::string out(cps.size() - keep, '*');
    for (std::size_t i = cps.size() - keep; i < cps.size(); ++i) out += cps[i];
    return out;
}
}  // namespace

// An ID number shows its region (6) and last 4 characters only when it is long enough (15 or 18)
// that most of it stays hidden; anything shorter shows at most its last 4, and under 8 nothing.
std::string maskIdNumber(std::string_view raw) {
    std::string id = trimText(raw);
    auto cps = codePoints(id);
    if (cps.size() == id.size() && id.size() >= 15)
        return id.substr(0, 6) + std::string(id.size() - 10, '*') + id.substr(id.size() - 4);
    if (cps.size() < 8) return std::string(cps.size(), '*');
    return maskAllButLast(id, 4);
}

std::string maskPhone(std::string_view raw) {
    std::string s = trimText(raw);
    if (isMobilePhone(s)) {
        std::string d = normalizePhone(s);
        return d.substr(0, 3) + "****" + d.substr(7);
    }
    std::string area, number, ext;
    if (splitLandline(s, area, number, ext)) {
        std::string masked = std::string(number.size() - 4, '*') + number.substr(number.size() - 4);
        return area.empty() ? masked : area + "-" + masked;
    }
    if (codePoints(s).size() <= 4) return std::string(codePoints(s).size(), '*');
    return maskAllButLast(s, 4);
}

}  // namespace gridwork::domain
