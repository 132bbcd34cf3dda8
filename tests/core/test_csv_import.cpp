// Ledger CSV import: the documented sample, BOM/CRLF/quotes/empty lines, header errors, bad lines
// in both modes, re-import, and a streaming import in bounded memory.
#include "test_domain_fixture.h"

#include <sys/resource.h>

#include <chrono>
#include <fstream>
#include <sstream>

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;

namespace {
const std::string kHeader =
    "户编号,户主,地址,微网格,房屋类型,户备注,姓名,身份证号,联系电话,出生年份,性别,与户主关系,标签\n";

// A valid ID number for a serial number (birth 1960-01-01 + n days, gender by parity).
std::string makeId(int n) {
    std::string birth = addDays("1960-01-01", n % 20000);
    char buf[24];
    std::snprintf(buf, sizeof buf, "330106%s%s%s%03d", birth.substr(0, 4).c_str(), birth.substr(5, 2).c_str(),
                  birth.substr(8, 2).c_str(), (n / 20000) % 1000);
    std::string first17 = buf;
    return first17 + idNumberCheckChar(first17);
}

Result<ImportResult> importText(DomainFixture& f, const std::string& csv, ImportMode mode, std::size_t batch = 5000) {
    std::istringstream in(csv);
    ImportOptions o;
    o.mode = mode;
    o.gridId = f.grid.id;
    o.batchRows = batch;
    return importLedgerCsv(*f.store, in, o);
}

std::string sampleCsvPath() {
    // From the build (not __FILE__: ccache's CCACHE_BASEDIR makes that a relative path).
    return std::string(GRIDWORK_SOURCE_DIR) + "/core/docs/ledger-sample.csv";
}
}  // namespace

TEST_CASE("the documented sample imports: BOM, CRLF, quoted commas, newlines and doubled quotes") {
    DomainFixture f;
    ImportOptions o;
    o.gridId = f.grid.id;
    auto res = importLedgerCsvFile(*f.store, sampleCsvPath(), o);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    for (const auto& e : res->errors) MESSAGE(e.line, " ", e.message);
    CHECK(res->committed);
    CHECK(res->clean());
    CHECK(res->linesRead == 7);  // 8 physical lines: one record spans two
    CHECK(res->households == 4);
    CHECK(res->residents == 6);
    CHECK(res->createdMicroGrids.empty());  // 一组 and 二组 exist

    LedgerRepo ledger(*f.store);
    auto mg1 = ledger.householdsOfMicroGrid(f.mg1.id);
    REQUIRE(mg1.size() == 2);
    // Sorted by address: 和平街3号 (multi-line) before 幸福路12号.
    CHECK(mg1[0].address == "和平街3号\n（老宅）");
    CHECK(mg1[0].note == "她说：\"不要打扰太早\"");
    CHECK(mg1[1].address == "幸福路12号");
    CHECK(mg1[1].headName == "张建国");
    auto members = ledger.residentsOf(mg1[1].id);
    REQUIRE(members.size() == 3);
    CHECK(members[0].name == "张建国");
    CHECK(members[0].tags == std::vector<ResidentTag>{ResidentTag::LowIncome});
    auto mg2 = ledger.householdsOfMicroGrid(f.mg2.id);
    REQUIRE(mg2.size() == 2);
    CHECK(mg2[1].address == "幸福路8号,2单元301");
    CHECK(mg2[1].kind == HouseholdKind::Rented);
    CHECK(mg2[1].note == "租户：赵,钱两人");
    CHECK(mg2[0].kind == HouseholdKind::Shop);
    CHECK(ledger.residentsOf(mg2[0].id).empty());  // a household-only line
    auto renters = ledger.residentsOf(mg2[1].id);
    REQUIRE(renters.size() == 2);
    CHECK(renters[1].phone == "13912345678");
    CHECK(renters[1].gender == Gender::Female);  // from the ID number
    CHECK(ledger.residentsWithTag(f.grid.id, ResidentTag::Disabled).size() == 1);
    CHECK(ledger.residentsWithTag(f.grid.id, ResidentTag::ElderlyAlone).size() == 1);
}

TEST_CASE("LF line ends, no BOM, empty lines; a missing micro-grid is created") {
    DomainFixture f;
    std::string csv = "\n" + kHeader + "\n" + "A1,刘一,新村1号,三组,,,刘一,,,1980,男,户主,\n" + "\n\n" +
                      "A1,,,,,,刘二,,,1982,女,配偶,\n";
    auto res = importText(f, csv, ImportMode::AllOrNothing);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    CHECK(res->committed);
    CHECK(res->linesRead == 2);
    CHECK(res->residents == 2);
    CHECK(res->createdMicroGrids == std::vector<std::string>{"三组"});
    auto mg3 = OrgRepo(*f.store).findMicroGrid(f.grid.id, "三组");
    REQUIRE(mg3.has_value());
    CHECK(LedgerRepo(*f.store).householdsOfMicroGrid(mg3->id).size() == 1);
}

TEST_CASE("header problems are typed errors and write nothing") {
    DomainFixture f;
    auto before = f.store->outboxCount();
    auto missing = importText(f, "户编号,姓名\nA1,张三\n", ImportMode::SkipBadLines);
    CHECK(missing.status().code() == ErrorCode::InvalidArgument);
    CHECK(missing.status().message().find("缺少必需的列：地址") != std::string::npos);
    auto unknown = importText(f, "户编号,地址,姓名,身分证号\nA1,x,张三,1\n", ImportMode::SkipBadLines);
    CHECK(unknown.status().code() == ErrorCode::InvalidArgument);
    CHECK(unknown.status().message().find("未知的列“身分证号”") != std::string::npos);
    auto dup = importText(f, "户编号,地址,姓名,住址\n", ImportMode::SkipBadLines);
    CHECK(dup.status().code() == ErrorCode::InvalidArgument);
    CHECK(dup.status().message().find("重复") != std::string::npos);
    CHECK(importText(f, "", ImportMode::SkipBadLines).status().code() == ErrorCode::InvalidArgument);
    CHECK(importText(f, "\xEF\xBB\xBF\r\n\r\n", ImportMode::SkipBadLines).status().code() ==
          ErrorCode::InvalidArgument);
    ImportOptions o;
    o.gridId = f.mg1.id;  // not a grid
    std::istringstream in(kHeader);
    CHECK(importLedgerCsv(*f.store, in, o).status().code() == ErrorCode::InvalidArgument);
    o.gridId = newUuidV7();
    CHECK(importLedgerCsv(*f.store, in, o).status().code() == ErrorCode::NotFound);
    CHECK(importLedgerCsvFile(*f.store, f.dir.file("nope.csv"), o).status().code() == ErrorCode::NotFound);
    CHECK(f.store->outboxCount() == before);
    // Aliases are accepted and a trailing comma in the header is harmless.
    auto alias = importText(f, "户号,住址,姓名,身份证号码,手机号,\nA1,新村1号,张三,11010519491231002X,13812345678\n",
                            ImportMode::AllOrNothing);
    REQUIRE_MESSAGE(alias.isOk(), alias.status().toString());
    CHECK(alias->residents == 1);
}

TEST_CASE("a bad ID number on line N: AllOrNothing writes nothing and reports every bad line") {
    DomainFixture f;
    std::string csv = kHeader +                                                    // line 1
                      "A1,张三,新村1号,一组,,,张三,11010519491231002X,,,,户主,\n"  // 2
                      "A1,,,,,,李四,110105194912310021,,,,配偶,\n"                 // 3: bad check digit
                      "A2,王五,新村2号,一组,,,王五,,12345,,,户主,\n"               // 4: bad phone
                      "A3,赵六,新村3号,一组,别墅,,赵六,,,,,户主,\n"                // 5: bad kind
                      "A4,钱七,新村4号,一组,,,钱七,,,,,户主,外星人\n";             // 6: bad tag
    auto before = f.store->outboxCount();
    auto res = importText(f, csv, ImportMode::AllOrNothing);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    CHECK_FALSE(res->committed);
    CHECK(res->households == 0);
    CHECK(res->residents == 0);
    CHECK(res->badLines == 4);
    REQUIRE(res->errors.size() == 4);
    CHECK(res->errors[0].line == 3);
    CHECK(res->errors[0].column == "身份证号");
    CHECK(res->errors[0].message == "身份证号：校验位不正确");
    CHECK(res->errors[1].line == 4);
    CHECK(res->errors[1].column == "联系电话");
    CHECK(res->errors[2].line == 5);
    CHECK(res->errors[2].column == "房屋类型");
    CHECK(res->errors[3].line == 6);
    CHECK(res->errors[3].column == "标签");
    CHECK(f.store->outboxCount() == before);
    CHECK(f.count("SELECT count(*) FROM households") == 0);
    CHECK(f.count("SELECT count(*) FROM residents") == 0);
}

TEST_CASE("a bad ID number on line N: SkipBadLines imports the rest, across batches") {
    DomainFixture f;
    std::string csv = kHeader + "A1,张三,新村1号,一组,,,张三,11010519491231002X,,,,户主,\n"  // 2
                                "A1,,,,,,李四,110105194912310021,,,,配偶,\n"                 // 3: bad
                                "A2,王五,\"新村\n2号\",二组,,,王五,,,,,户主,\n"              // 4-5 (quoted newline)
                                "A2,,,,,,王小五,,,1890,,子,\n"                               // 6: birth year too old
                                "A3,,,,,,孤儿,,,,,,\n"           // 7: household without address
                                "A2,,新村9号,,,,王二五,,,,,,\n"  // 8: address disagrees
                                "A1,,,,,,张四,,,,,子,\n";        // 9
    auto res = importText(f, csv, ImportMode::SkipBadLines, 2);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    CHECK(res->committed);
    CHECK(res->linesRead == 7);
    CHECK(res->households == 2);
    CHECK(res->residents == 3);
    REQUIRE(res->errors.size() == 4);
    CHECK(res->errors[0].line == 3);
    CHECK(res->errors[0].message == "身份证号：校验位不正确");
    CHECK(res->errors[1].line == 6);
    CHECK(res->errors[1].column == "出生年份");
    CHECK(res->errors[2].line == 7);
    CHECK(res->errors[2].message == "地址：不能为空");
    CHECK(res->errors[3].line == 8);
    CHECK(res->errors[3].message.find("第4行") != std::string::npos);
    CHECK(f.count("SELECT count(*) FROM residents") == 3);
}

TEST_CASE("duplicate ID numbers: within the file, and on a second import of the same file") {
    DomainFixture f;
    std::string csv = kHeader + "A1,张三,新村1号,一组,,,张三,11010519491231002X,,,,户主,\n" +
                      "A2,李四,新村2号,一组,,,李四,11010519491231002x,,,,户主,\n";
    auto first = importText(f, csv, ImportMode::SkipBadLines);
    REQUIRE(first.isOk());
    CHECK(first->residents == 1);
    REQUIRE(first->errors.size() == 1);
    CHECK(first->errors[0].line == 3);
    CHECK(first->errors[0].message == "身份证号：与第2行重复");
    auto again = importText(f, csv, ImportMode::AllOrNothing);
    REQUIRE(again.isOk());
    CHECK_FALSE(again->committed);
    CHECK(again->badLines == 2);
    CHECK(again->errors[0].message == "身份证号：该网格已登记此身份证号");
    CHECK(f.count("SELECT count(*) FROM residents") == 1);
}

TEST_CASE("malformed records: too many columns, text after a quote, an unterminated quote") {
    DomainFixture f;
    auto extra = importText(f, kHeader + "A1,张三,新村1号,一组,,,张三,,,,,户主,,多余\n", ImportMode::SkipBadLines);
    REQUIRE(extra.isOk());
    REQUIRE(extra->errors.size() == 1);
    CHECK(extra->errors[0].message.find("多于表头") != std::string::npos);

    auto afterQuote = importText(f, kHeader + "A1,张三,\"新村\"1号,一组,,,张三,,,,,户主,\n", ImportMode::SkipBadLines);
    REQUIRE(afterQuote.isOk());
    CHECK(afterQuote->truncated);
    REQUIRE(afterQuote->errors.size() == 1);
    CHECK(afterQuote->errors[0].line == 2);

    std::string open = kHeader + "B1,张三,新村1号,一组,,,张三,,,,,户主,\n" +
                       "B2,李四,\"新村2号,一组,,,李四,,,,,户主,\n" + "B3,王五,新村3号,一组,,,王五,,,,,户主,\n";
    auto res = importText(f, open, ImportMode::SkipBadLines);
    REQUIRE(res.isOk());
    CHECK(res->truncated);
    CHECK(res->residents == 1);  // line 2 imported, nothing after the unterminated quote
    REQUIRE(res->errors.size() == 1);
    CHECK(res->errors[0].line == 3);
    CHECK(res->errors[0].message.find("引号没有结束") != std::string::npos);
    auto all = importText(f, open, ImportMode::AllOrNothing);
    REQUIRE(all.isOk());
    CHECK_FALSE(all->committed);
}

TEST_CASE("a large ledger streams from a file in bounded memory") {
    DomainFixture f;
    const int kResidents = 20000;
    std::string path = f.dir.file("big.csv");
    {
        std::ofstream out(path, std::ios::binary);
        out << "\xEF\xBB\xBF" << kHeader;
        for (int i = 0; i < kResidents; ++i) {
            int household = i / 3;
            out << "H" << household << ",户主" << household << ",幸福路" << household << "号,"
                << (household % 2 ? "一组" : "二组") << ",自住,,居民" << i << "," << makeId(i) << ",1381234"
                << (1000 + i % 9000) << ",,," << (i % 3 == 0 ? "户主" : "家属") << "," << (i % 7 == 0 ? "独居老人" : "")
                << "\r\n";
        }
    }
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    auto t0 = std::chrono::steady_clock::now();
    ImportOptions o;
    o.mode = ImportMode::SkipBadLines;
    o.gridId = f.grid.id;
    auto res = importLedgerCsvFile(*f.store, path, o);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    for (std::size_t i = 0; i < std::min<std::size_t>(res->errors.size(), 5); ++i)
        MESSAGE(res->errors[i].line, " ", res->errors[i].message);
    CHECK(res->clean());
    CHECK(res->residents == kResidents);
    CHECK(res->households == (kResidents + 2) / 3);
    MESSAGE("imported ", kResidents, " residents in ", ms, " ms; peak RSS growth ",
            (after.ru_maxrss - before.ru_maxrss) / 1024, " MB");
    CHECK(after.ru_maxrss - before.ru_maxrss < 64 * 1024);  // KiB
    CHECK(LedgerRepo(*f.store).residentCount(f.grid.id) == kResidents);
}

TEST_CASE("old Mac CR line ends; resident columns without a name; imported rows are journaled") {
    DomainFixture f;
    std::string header = kHeader.substr(0, kHeader.size() - 1);
    std::string csv = header + "\r" + "C1,孙一,新村1号,一组,,,孙一,,,,,户主,\r" + "C1,,,,,,,,13812345678,,,,\r";
    auto before = f.store->outboxCount();
    auto res = importText(f, csv, ImportMode::SkipBadLines);
    REQUIRE_MESSAGE(res.isOk(), res.status().toString());
    CHECK(res->residents == 1);
    REQUIRE(res->errors.size() == 1);
    CHECK(res->errors[0].line == 3);
    CHECK(res->errors[0].message == "姓名：不能为空");
    // Every imported column went to the outbox in its transaction, ready to push.
    CHECK(f.store->outboxCount() > before);
    std::size_t names = 0, addresses = 0;
    for (const auto& e : f.store->outbox(0, 100000)) {
        names += e.change.table == "residents" && e.change.column == "name";
        addresses += e.change.table == "households" && e.change.column == "address";
    }
    CHECK(names == 1);
    CHECK(addresses == 1);
}

TEST_CASE("a GBK file (Excel's default CSV on Chinese Windows) is refused with advice") {
    DomainFixture f;
    // "户编号,地址,姓名" in GBK.
    std::string gbk = "\xBB\xA7\xB1\xE0\xBA\xC5,\xB5\xD8\xD6\xB7,\xD0\xD5\xC3\xFB\nA1,x,y\n";
    auto res = importText(f, gbk, ImportMode::SkipBadLines);
    CHECK(res.status().code() == ErrorCode::InvalidArgument);
    CHECK(res.status().message().find("UTF-8") != std::string::npos);
    // A stray non-UTF-8 byte in one line is a bad line.
    auto line =
        importText(f, kHeader + "A1,张三,新村\xB5\xD8,一组,,,张三,,,,,户主,\nA2,李四,新村2号,一组,,,李四,,,,,户主,\n",
                   ImportMode::SkipBadLines);
    REQUIRE(line.isOk());
    CHECK(line->residents == 1);
    REQUIRE(line->errors.size() == 1);
    CHECK(line->errors[0].line == 2);
}
