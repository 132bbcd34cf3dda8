#include "ledger_csv_gen.h"

#include "gridwork/core/domain/validation.h"

#include <cstdio>
#include <random>
#include <unordered_set>
#include <vector>

namespace gridwork::bench {

namespace {
// The most common surnames, most frequent first (roughly their share of the population).
const std::vector<std::string> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚",
    "卢", "傅", "钟", "姜", "崔", "谭", "廖", "范", "汪", "陆", "金", "石", "戴", "贾", "韦", "夏", "邱"};
const std::vector<std::string> kMaleGiven = {"伟",   "强",   "磊",   "军",   "勇",   "杰",   "涛",   "斌",   "超",
                                             "明",   "建国", "建华", "志强", "国华", "德明", "海波", "永刚", "俊杰",
                                             "子轩", "浩然", "宇航", "文博", "晓东", "春生", "福根", "长林"};
const std::vector<std::string> kFemaleGiven = {"芳",   "娜",   "敏",   "静",   "丽",   "艳",   "娟",   "霞",   "燕",
                                               "玲",   "秀英", "桂兰", "玉梅", "淑珍", "秀兰", "丽华", "美玲", "春梅",
                                               "欣怡", "梓涵", "雨桐", "思琪", "晓燕", "金凤", "翠花", "月娥"};
const std::vector<std::string> kRegions = {"330106", "330102", "330105", "330108", "330624", "330681", "330782"};
const std::vector<std::string> kMicroGrids = {"一组", "二组", "三组", "四组", "五组",   "六组",
                                              "七组", "八组", "九组", "十组", "十一组", "十二组"};
const std::vector<std::string> kStreets = {"幸福路", "和平街", "人民路", "解放路", "建设路", "新华街", "文化路"};

struct Person {
    std::string name, idNumber, phone, relation, tags;
    int birthYear = 0;
    bool male = true;
};
}  // namespace

bool writeLedgerCsv(const std::string& path, std::int64_t residents, std::uint64_t seed, LedgerCsvStats& stats) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    std::mt19937_64 rng(seed);
    auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
    // Zipf-like surname choice: the first surnames are far more common.
    auto surname = [&]() -> const std::string& {
        double u = std::uniform_real_distribution<double>(0, 1)(rng);
        return kSurnames[static_cast<std::size_t>(u * u * static_cast<double>(kSurnames.size()))];
    };
    std::unordered_set<std::string> usedIds;
    usedIds.reserve(static_cast<std::size_t>(residents) * 2);
    auto idNumber = [&](int year, bool male) {
        for (;;) {
            char first17[18];
            unsigned month = 1 + static_cast<unsigned>(rng() % 12), day = 1 + static_cast<unsigned>(rng() % 28);
            unsigned seq = static_cast<unsigned>(rng() % 500) * 2 + (male ? 1 : 0);  // odd: male
            std::snprintf(first17, sizeof first17, "%s%04d%02u%02u%03u", pick(kRegions).c_str(), year, month, day, seq);
            std::string id = std::string(first17) + domain::idNumberCheckChar(first17);
            if (usedIds.insert(id).second) return id;
        }
    };
    auto mobile = [&] {
        static const char* prefixes[] = {"138", "139", "136", "158", "159", "186", "187", "135", "150", "177"};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%08u", prefixes[rng() % 10], static_cast<unsigned>(rng() % 100000000));
        return std::string(buf);
    };
    const char* header =
        "\xEF\xBB\xBF户编号,户主,地址,微网格,房屋类型,户备注,姓名,身份证号,联系电话,出生年份,性别,与户主关系,标签\n";
    stats = {};
    stats.bytes += std::fprintf(f, "%s", header);
    std::int64_t written = 0;
    while (written < residents) {
        ++stats.households;
        int members = 2 + static_cast<int>(rng() % 4);
        if (members > residents - written) members = static_cast<int>(residents - written);
        std::string family = surname();
        std::vector<Person> people;
        int headYear = 1940 + static_cast<int>(rng() % 50);
        for (int m = 0; m < members; ++m) {
            Person p;
            p.male = m == 0 ? rng() % 4 != 0 : m == 1 ? false : rng() % 2 == 0;
            p.relation = m == 0 ? "户主" : m == 1 ? "配偶" : (headYear < 1960 && m > 2 ? "孙子女" : "子女");
            p.birthYear = m == 0   ? headYear
                          : m == 1 ? headYear + static_cast<int>(rng() % 5)
                                   : std::min(2024, headYear + 22 + static_cast<int>(rng() % 15) + (m > 2 ? 25 : 0));
            p.name = (m == 1 ? surname() : family) + pick(p.male ? kMaleGiven : kFemaleGiven);
            p.idNumber = idNumber(p.birthYear, p.male);
            if (m == 0)
                p.phone = rng() % 5 == 0 ? "0571-8" + std::to_string(1000000 + rng() % 8999999) : mobile();
            else if (p.birthYear < 2008 && rng() % 2)
                p.phone = mobile();
            if (p.birthYear < 1955 && members == 2 && rng() % 3 == 0) p.tags = "空巢老人";
            if (rng() % 40 == 0) p.tags += p.tags.empty() ? "低保户" : "、低保户";
            if (p.birthYear > 2010 && rng() % 10 == 0) p.tags = "留守儿童";
            people.push_back(std::move(p));
        }
        char code[16];
        std::snprintf(code, sizeof code, "H%06lld", static_cast<long long>(stats.households));
        std::string address =
            pick(kStreets) + std::to_string(1 + rng() % 300) + "号" +
            (rng() % 3 == 0 ? std::to_string(1 + rng() % 6) + "单元" + std::to_string(101 + rng() % 600) : "");
        const char* kind = rng() % 8 == 0 ? "出租" : "自住";
        for (std::size_t m = 0; m < people.size(); ++m) {
            const Person& p = people[m];
            bool first = m == 0;
            stats.bytes += std::fprintf(f, "%s,%s,%s,%s,%s,,%s,%s,%s,%d,%s,%s,%s\n", code, first ? p.name.c_str() : "",
                                        first ? address.c_str() : "", first ? pick(kMicroGrids).c_str() : "",
                                        first ? kind : "", p.name.c_str(), p.idNumber.c_str(), p.phone.c_str(),
                                        p.birthYear, p.male ? "男" : "女", p.relation.c_str(), p.tags.c_str());
            ++written;
        }
    }
    stats.residents = written;
    return std::fclose(f) == 0;
}

}  // namespace gridwork::bench
