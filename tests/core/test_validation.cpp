// Validation: GB 11643 ID numbers, phone numbers, required fields, enums, dates; masking.
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/validation.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <random>

using namespace gridwork;
using namespace gridwork::domain;

namespace {
// The check character computed straight from the standard, independently of the code under test.
char referenceCheck(const std::string& first17) {
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k) weight = (weight * 2) % 11;  // 2^(17-i) mod 11
        sum += (first17[i] - '0') * weight;
    }
    int r = (12 - sum % 11) % 11;  // ISO 7064 MOD 11-2: value such that total ≡ 1 (mod 11)
    return r == 10 ? 'X' : static_cast<char>('0' + r);
}
}  // namespace

TEST_CASE("known-valid ID numbers pass") {
    for (const char* id : {"11010519491231002X", "11010519491231002x", "110101199003074477", "440304198808081238",
                           "510108200002290017", "320102197506158820", "330624198001011235"}) {
        CAPTURE(id);
        CHECK(validateIdNumber(id).isOk());
    }
    CHECK(normalizeIdNumber(" 11010519491231002x ") == "11010519491231002X");
    CHECK(idNumberBirthDate("11010519491231002X") == "1949-12-31");
    CHECK(idNumberGender("11010519491231002X") == Gender::Female);  // 17th digit 2: even
    CHECK(idNumberGender("110101199003074477") == Gender::Male);
}

TEST_CASE("the check character agrees with the standard on random numbers") {
    auto seed = testing::testSeed(20240301);
    CAPTURE(seed);
    std::mt19937_64 rng(seed);
    for (int n = 0; n < 500; ++n) {
        char buf[32];
        int year = 1930 + static_cast<int>(rng() % 90), month = 1 + static_cast<int>(rng() % 12),
            day = 1 + static_cast<int>(rng() % 28);
        std::snprintf(buf, sizeof buf, "330106%04d%02d%02d%03d", year, month, day, static_cast<int>(rng() % 1000));
        std::string first17 = buf;
        REQUIRE(first17.size() == 17);
        char check = referenceCheck(first17);
        CHECK(idNumberCheckChar(first17) == check);
        CHECK(validateIdNumber(first17 + check).isOk());
        // Any other check character is refused with the check-digit message.
        char wrong = check == '0' ? '1' : '0';
        Status bad = validateIdNumber(first17 + wrong);
        CHECK(bad.code() == ErrorCode::InvalidArgument);
        CHECK(bad.message().find("校验位不正确") != std::string::npos);
    }
}

TEST_CASE("bad ID numbers get a plain Chinese reason naming the field") {
    auto reason = [](const char* id) { return validateIdNumber(id).message(); };
    CHECK(validateIdNumber("11010519491231002").code() == ErrorCode::InvalidArgument);
    CHECK(reason("11010519491231002") == "身份证号：应为18位（现为17位）");
    CHECK(reason("1101051949123100AX").find("前17位只能是数字") != std::string::npos);
    CHECK(reason("11010519491231002Y").find("最后一位") != std::string::npos);
    CHECK(reason("990105194912310029").find("地区码") != std::string::npos);
    // 1949-02-30 is not a date; 2999 is in the future; 1850 too old.
    std::string feb30 = "11010519490230002";
    CHECK(reason((feb30 + referenceCheck(feb30)).c_str()).find("出生日期") != std::string::npos);
    std::string future = "11010529990101002";
    CHECK(reason((future + referenceCheck(future)).c_str()).find("出生日期") != std::string::npos);
    std::string old = "11010518500101002";
    CHECK(reason((old + referenceCheck(old)).c_str()).find("出生日期") != std::string::npos);
    CHECK(reason("110105194912310021") == "身份证号：校验位不正确");
    CHECK(reason("") == "身份证号：不能为空");
    CHECK(validateIdNumber("110105194912310021", "户主身份证号").message() == "户主身份证号：校验位不正确");
}

TEST_CASE("phone numbers: mobiles and landlines") {
    for (const char* ok : {"13812345678", "19912345678", "+86 138 1234 5678", "86-138-1234-5678", "0571-88888888",
                           "057188888888", "010-12345678", "(0571)8888888", "0571-88888888-123", "88888888"}) {
        std::string number = ok;
        CAPTURE(number);
        CHECK(validatePhone(ok).isOk());
    }
    for (const char* bad :
         {"12812345678", "1381234567", "138123456789", "abc", "0571-123", "0001-88888888", "+1 415 555 0100"}) {
        std::string number = bad;
        CAPTURE(number);
        Status s = validatePhone(bad);
        CHECK(s.code() == ErrorCode::InvalidArgument);
        CHECK(s.message().rfind("联系电话：", 0) == 0);
    }
    CHECK(validatePhone("1381234567").message().find("11位") != std::string::npos);
    CHECK(validatePhone("", "户主电话").message() == "户主电话：不能为空");
    CHECK(isMobilePhone("13812345678"));
    CHECK_FALSE(isMobilePhone("0571-88888888"));
    CHECK(normalizePhone("+86 138-1234-5678") == "13812345678");
    CHECK(normalizePhone("057188888888") == "0571-88888888");
    CHECK(normalizePhone("010 12345678") == "010-12345678");
}

TEST_CASE("masking for display") {
    CHECK(maskIdNumber("330624198001011234") == "330624********1234");
    CHECK(maskIdNumber("11010519491231002X") == "110105********002X");
    CHECK(maskIdNumber("123") == "***");
    CHECK(maskPhone("13812345678") == "138****5678");
    CHECK(maskPhone("+86 13812345678") == "138****5678");
    CHECK(maskPhone("0571-88888888") == "0571-****8888");
    CHECK(maskPhone("12") == "**");
    // Item 13: a phone that validates still validates once normalised.
    for (const char* p : {"2345678转12", "0571-88888888转123", "88888888-12", "010 12345678", "+86 138 1234 5678"}) {
        CAPTURE(p);
        REQUIRE(validatePhone(p).isOk());
        CHECK(validatePhone(normalizePhone(p)).isOk());
        CHECK(normalizePhone(normalizePhone(p)) == normalizePhone(p));
    }
    // Issue 15, item 13: masks never cut a character in half nor show most of a short value.
    CHECK(maskPhone("01045678转123") == "********转123");
    CHECK(maskIdNumber("13812345678") == "*******5678");
    CHECK(maskIdNumber("330624800101123") == "330624*****1123");
}

TEST_CASE("required fields, dates and enum values") {
    CHECK(validateRequired("  \xE3\x80\x80 ", "户主").message() == "户主：不能为空");
    CHECK(validateRequired("张三", "户主").isOk());
    CHECK(trimText("\xE3\x80\x80张三 ") == "张三");
    CHECK(validateDate("2024-02-29", "日期").isOk());
    CHECK(validateDate("2023-02-29", "日期").code() == ErrorCode::InvalidArgument);
    CHECK(validateDate("2024-3-1", "日期").code() == ErrorCode::InvalidArgument);
    CHECK(validateEnum<HouseholdKind>("出租", "房屋类型").isOk());
    CHECK(validateEnum<HouseholdKind>("rented", "房屋类型").isOk());
    Status bad = validateEnum<HouseholdKind>("别墅", "房屋类型");
    CHECK(bad.code() == ErrorCode::InvalidArgument);
    CHECK(bad.message() == "房屋类型：“别墅”不是有效的选项（自住、出租、商铺）");
}

TEST_CASE("length limits count characters, not bytes") {
    std::string fiveHanzi = "一二三四五";  // 15 bytes
    CHECK(validateMaxLength(fiveHanzi, "姓名", 5).isOk());
    Status s = validateMaxLength(fiveHanzi + "六", "姓名", 5);
    CHECK(s.code() == ErrorCode::InvalidArgument);
    CHECK(s.message() == "姓名：内容过长（最多5字）");
}

TEST_CASE("enum names, labels and parsing round-trip") {
    for (auto v : enumValues<VisitOutcome>()) CHECK(parseEnum<VisitOutcome>(enumName(v)) == v);
    for (auto v : enumValues<ReportCategory>()) CHECK(parseEnum<ReportCategory>(enumLabelZh(v)) == v);
    CHECK(enumLabelZh(VisitOutcome::Dispute) == "有矛盾纠纷");
    CHECK(enumLabelZh(VisitOutcome::NotHome) == "不在家");
    CHECK(enumLabelZh(ReportCategory::PeopleInDifficulty) == "困难群众");
    CHECK(enumName(ReportCategory::SafetyHazard) == "safety_hazard");
    CHECK(enumName(HouseholdStatus::MovedOut) == "moved_out");
    CHECK(enumName(PatrolState::Paused) == "paused");
    CHECK_FALSE(parseEnum<Severity>("catastrophic").has_value());
    CHECK(isSpecialPopulation(ResidentTag::CommunityCorrection));
    CHECK_FALSE(isSpecialPopulation(ResidentTag::ElderlyAlone));
}

TEST_CASE("tags encode sorted and unique; unknown names are skipped on decode") {
    std::string enc = encodeTags({ResidentTag::LowIncome, ResidentTag::ElderlyAlone, ResidentTag::LowIncome});
    CHECK(enc == "elderly_alone,low_income");
    CHECK(decodeTags(enc) == std::vector<ResidentTag>{ResidentTag::ElderlyAlone, ResidentTag::LowIncome});
    CHECK(decodeTags("future_tag,disabled") == std::vector<ResidentTag>{ResidentTag::Disabled});
    CHECK(encodeTags({}).empty());
    CHECK(decodeTags("").empty());
}

TEST_CASE("China local dates from Unix ms") {
    CHECK(localDateFromMs(1709258400000) == "2024-03-01");  // 10:00 +08:00
    CHECK(localDateFromMs(1709222400000) == "2024-03-01");  // 00:00 +08:00 (16:00 UTC the day before)
    CHECK(localDateFromMs(1709222400000 - 1) == "2024-02-29");
    CHECK(localDateFromMs(0) == "1970-01-01");
    CHECK(addDays("2024-02-28", 1) == "2024-02-29");
    CHECK(addDays("2024-03-01", -1) == "2024-02-29");
    CHECK(addDays("2023-12-31", 1) == "2024-01-01");
    CHECK(daysBetween("2024-01-01", "2024-03-01") == 60);
    CHECK_FALSE(daysBetween("2024-01-01", "bad").has_value());
    CHECK(addDays("nope", 3).empty());
}

TEST_CASE("China local dates: leap days, century rules, year ends, before 1970") {
    // Leap days exist only in leap years: every 4th, not every 100th, but every 400th.
    CHECK(isValidLocalDate("2024-02-29"));
    CHECK(isValidLocalDate("2000-02-29"));
    CHECK_FALSE(isValidLocalDate("2023-02-29"));
    CHECK_FALSE(isValidLocalDate("1900-02-29"));
    CHECK_FALSE(isValidLocalDate("2100-02-29"));
    CHECK(addDays("2100-02-28", 1) == "2100-03-01");
    CHECK(addDays("2000-02-28", 1) == "2000-02-29");
    CHECK(daysBetween("2024-02-28", "2024-03-01") == 2);
    CHECK(daysBetween("2023-02-28", "2023-03-01") == 1);
    // Year ends, both directions, and whole years.
    CHECK(addDays("2024-12-31", 1) == "2025-01-01");
    CHECK(addDays("2025-01-01", -1) == "2024-12-31");
    CHECK(daysBetween("2024-01-01", "2025-01-01") == 366);
    CHECK(daysBetween("2025-01-01", "2026-01-01") == 365);
    CHECK(daysBetween("2025-01-01", "2024-01-01") == -366);
    // New Year's Eve in Beijing: 16:00 UTC on Dec 31 is already Jan 1.
    CHECK(localDateFromMs(1767196800000 - 1) == "2025-12-31");  // 23:59:59.999 +08:00
    CHECK(localDateFromMs(1767196800000) == "2026-01-01");      // 2025-12-31T16:00:00Z
    CHECK(localYearFromMs(1767196800000 - 1) == 2025);
    CHECK(localYearFromMs(1767196800000) == 2026);
    CHECK(localDayNumberFromMs(1767196800000) == *parseLocalDate("2026-01-01"));
    // Before the epoch (ID numbers of people born in the 1950s): floor, not truncation.
    CHECK(localDateFromMs(-kChinaUtcOffsetMs) == "1970-01-01");
    CHECK(localDateFromMs(-kChinaUtcOffsetMs - 1) == "1969-12-31");
    CHECK(parseLocalDate("1969-12-31") == -1);
    CHECK(formatDayNumber(-1) == "1969-12-31");
    CHECK(addDays("1956-03-01", -1) == "1956-02-29");
    // Malformed or impossible dates.
    for (const char* bad : {"2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00", "2024-1-01", "2024/01/01",
                            "+024-01-01", "2024-01-0x", "", "20240101"})
        CHECK_MESSAGE(!isValidLocalDate(bad), bad);
}
