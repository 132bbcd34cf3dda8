#include "demo_people.h"

#include "gridwork/core/domain/validation.h"

#include <array>
#include <cstdio>
#include <string_view>
#include <vector>

namespace gridwork::server::demo {

namespace {

struct Weighted {
    std::string_view text;
    int weight;
};

// The most common surnames with rough relative frequencies (per mille of the population),
// plus a few two-character ones.
constexpr std::array<Weighted, 60> kSurnames{{
    {"王", 72}, {"李", 72}, {"张", 68}, {"刘", 54}, {"陈", 45},  {"杨", 31},  {"黄", 22}, {"赵", 20}, {"吴", 20},
    {"周", 19}, {"徐", 15}, {"孙", 15}, {"马", 12}, {"朱", 12},  {"胡", 11},  {"郭", 10}, {"何", 9},  {"林", 9},
    {"罗", 9},  {"高", 9},  {"郑", 8},  {"梁", 7},  {"谢", 6},   {"宋", 6},   {"唐", 6},  {"许", 6},  {"韩", 5},
    {"冯", 5},  {"邓", 5},  {"曹", 5},  {"彭", 5},  {"曾", 5},   {"肖", 5},   {"田", 4},  {"董", 4},  {"袁", 4},
    {"潘", 4},  {"于", 4},  {"蒋", 4},  {"蔡", 4},  {"余", 4},   {"杜", 4},   {"叶", 4},  {"程", 3},  {"苏", 3},
    {"魏", 3},  {"吕", 3},  {"丁", 3},  {"任", 3},  {"沈", 3},   {"姚", 3},   {"卢", 3},  {"姜", 3},  {"崔", 3},
    {"钟", 3},  {"谭", 2},  {"陆", 2},  {"俞", 2},  {"欧阳", 1}, {"诸葛", 1},
}};

// Given-name characters by style: older generations and newer ones name differently.
constexpr std::string_view kMaleOld[] = {"国", "建", "明", "华", "军", "强", "伟", "平", "德", "福", "荣", "林",
                                         "根", "春", "海", "文", "忠", "祥", "兴", "发", "贵", "宝", "金", "水"};
constexpr std::string_view kMaleNew[] = {"浩", "宇", "轩", "然", "博", "俊", "杰", "涛", "磊", "鹏", "晨", "子",
                                         "睿", "泽", "一", "航", "铭", "昊", "辰", "逸", "凯", "嘉", "文", "阳"};
constexpr std::string_view kFemaleOld[] = {"秀", "英", "兰", "芳", "珍", "凤", "玉", "梅", "琴", "桂", "美", "丽",
                                           "娟", "红", "霞", "菊", "云", "莲", "素", "月", "芬", "萍", "翠", "华"};
constexpr std::string_view kFemaleNew[] = {"婷", "雪", "欣", "怡", "佳", "琪", "雨", "涵", "思", "梓", "晓", "静",
                                           "敏", "颖", "诗", "悦", "琳", "萱", "瑶", "可", "馨", "若", "语", "彤"};

template <std::size_t N> std::string_view from(Rng& rng, const std::string_view (&table)[N]) {
    return table[static_cast<std::size_t>(pick(rng, 0, static_cast<int>(N) - 1))];
}

std::string givenName(Rng& rng, domain::Gender gender, int birthYear) {
    bool older = birthYear < 1980;
    bool male = gender == domain::Gender::Male;
    auto draw = [&]() -> std::string_view {
        if (male) return older ? from(rng, kMaleOld) : from(rng, kMaleNew);
        return older ? from(rng, kFemaleOld) : from(rng, kFemaleNew);
    };
    std::string name(draw());
    // Two-character given names are the majority; single ones were common before 1990.
    if (chance(rng, older ? 0.55 : 0.8)) {
        std::string second(draw());
        while (second == name) second = std::string(draw());
        name += second;
    }
    return name;
}

}  // namespace

int pick(Rng& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}
bool chance(Rng& rng, double p) {
    return std::uniform_real_distribution<double>(0, 1)(rng) < p;
}

std::string personName(Rng& rng, domain::Gender gender, int birthYear) {
    int total = 0;
    for (const auto& s : kSurnames) total += s.weight;
    int x = pick(rng, 0, total - 1);
    std::string_view surname = kSurnames[0].text;
    for (const auto& s : kSurnames) {
        if (x < s.weight) {
            surname = s.text;
            break;
        }
        x -= s.weight;
    }
    return std::string(surname) + givenName(rng, gender, birthYear);
}

std::string nameWithSurname(Rng& rng, const std::string& surname, domain::Gender gender, int birthYear) {
    return surname + givenName(rng, gender, birthYear);
}

std::string surnameOf(const std::string& fullName) {
    for (const auto& s : kSurnames)
        if (s.text.size() > 3 && fullName.rfind(std::string(s.text), 0) == 0) return std::string(s.text);
    return fullName.substr(0, 3);  // one CJK character in UTF-8
}

std::string idNumber(Rng& rng, const std::string& regionCode, int birthYear, domain::Gender gender) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int month = pick(rng, 1, 12);
    int day = pick(rng, 1, kDays[month - 1]);
    int seq = pick(rng, 0, 499) * 2 + (gender == domain::Gender::Male ? 1 : 0);
    char first17[18];
    std::snprintf(first17, sizeof first17, "%s%04d%02d%02d%03d", regionCode.c_str(), birthYear, month, day, seq);
    return std::string(first17) + domain::idNumberCheckChar(first17);
}

std::string mobilePhone(Rng& rng) {
    static constexpr std::string_view kPrefixes[] = {"133", "135", "136", "137", "138", "139", "150",
                                                     "151", "152", "157", "158", "159", "177", "180",
                                                     "181", "186", "187", "188", "189", "191", "199"};
    char rest[9];
    std::snprintf(rest, sizeof rest, "%08d", pick(rng, 0, 99999999));
    return std::string(from(rng, kPrefixes)) + rest;
}

}  // namespace gridwork::server::demo
