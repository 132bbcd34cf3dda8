// gridwork-device end to end: the real binary on temp files. Created ids on stdout, refused input
// → exit 1 with the typed message on stderr and nothing changed, usage errors → exit 2.
#include "cli_runner.h"
#include "temp_dir.h"

#include "gridwork/core/base/uuid.h"
#include "gridwork/core/domain/validation.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace gridwork;
using gridwork::testing::CliResult;
using gridwork::testing::firstLine;
using gridwork::testing::runDevice;

namespace {
const std::string kGrid = "018f0000-0000-7000-8000-00000000a001";
const std::string kWorker = "018f0000-0000-7000-8000-00000000b001";
// A valid ID number built with the core's own check character (born 1950-03-07, male).
std::string validId(const std::string& first17 = "33062419500307001") {
    return first17 + domain::idNumberCheckChar(first17);
}

struct Device {
    std::string db;
    CliResult run(const std::vector<std::string>& args) const { return runDevice(db, args); }
    // Runs a command that must succeed; returns the first line of stdout (a created id).
    std::string ok(const std::vector<std::string>& args) const {
        CliResult r = run(args);
        INFO("command: " << args.at(0) << (args.size() > 1 ? " " + args[1] : ""));
        INFO("stderr: " << r.err);
        REQUIRE(r.exitCode == 0);
        return firstLine(r.out);
    }
    std::string dump() const { return run({"dump", "--json"}).out; }
};

Device initDevice(const testing::TempDir& dir, const std::string& name) {
    Device d{dir.file(name)};
    d.ok({"init", "--worker", kWorker, "--grid", kGrid});
    return d;
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}
}  // namespace

TEST_CASE("init creates the database and prints its site; other commands need it") {
    testing::TempDir dir;
    Device d{dir.file("a.db")};
    CliResult missing = d.run({"dump", "--json"});
    CHECK(missing.exitCode == 1);
    CHECK(contains(missing.err, "init"));
    CliResult init = d.run({"init", "--json", "--site", "018f0000-0000-7000-8000-0000000000aa"});
    REQUIRE(init.exitCode == 0);
    CHECK(contains(init.out, "\"site\":\"018f0000-0000-7000-8000-0000000000aa\""));
    CHECK(d.run({"init"}).exitCode == 0);  // idempotent
    CHECK(d.run({"init", "--site", "018f0000-0000-7000-8000-0000000000bb"}).exitCode == 1);
    CHECK(contains(d.dump(), "\"households\": []"));
}

TEST_CASE("usage errors exit 2 and every command has --help") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    CHECK(d.run({}).exitCode == 2);
    CHECK(d.run({"nonsense"}).exitCode == 2);
    CHECK(d.run({"household"}).exitCode == 2);
    CHECK(d.run({"household", "add", "--address", "x", "--colour", "red"}).exitCode == 2);
    CHECK(d.run({"household", "add"}).exitCode == 2);  // --address required
    CHECK(d.run({"household", "show", "not-an-id"}).exitCode == 2);
    CHECK(d.run({"visit", "add", "--household", kGrid, "--at", "yesterday"}).exitCode == 2);
    CHECK(runDevice("", {"init"}).exitCode == 2);
    const std::vector<std::vector<std::string>> commands = {{"init"},
                                                            {"ledger", "import"},
                                                            {"household", "add"},
                                                            {"household", "edit"},
                                                            {"household", "show"},
                                                            {"resident", "add"},
                                                            {"resident", "edit"},
                                                            {"resident", "show"},
                                                            {"followup", "add"},
                                                            {"visit", "add"},
                                                            {"patrol", "start"},
                                                            {"patrol", "point"},
                                                            {"patrol", "checkpoint"},
                                                            {"patrol", "pause"},
                                                            {"patrol", "resume"},
                                                            {"patrol", "stop"},
                                                            {"report", "add"},
                                                            {"report", "event"},
                                                            {"task", "list"},
                                                            {"task", "complete"},
                                                            {"diary", "add"},
                                                            {"due"},
                                                            {"dump"},
                                                            {"household"}};
    for (auto args : commands) {
        args.push_back("--help");
        CliResult r = d.run(args);
        INFO(args[0] << " " << args[1]);
        CHECK(r.exitCode == 0);
        CHECK(contains(r.out, "usage") + contains(r.out, "subcommands") > 0);
    }
    CHECK(contains(d.run({"--help"}).out, "ledger"));
}

TEST_CASE("households and residents: add, show masked, edit; a bad ID number changes nothing") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string hh = d.ok({"household", "add", "--address", "幸福村3组12号", "--kind", "own", "--head", "王建国",
                           "--phone", "13812345678"});
    REQUIRE(Uuid::parse(hh));
    std::string id = validId();
    std::string res = d.ok({"resident", "add", "--household", hh, "--name", "王建国", "--id-number", id, "--relation",
                            "户主", "--tag", "elderly_alone", "--tag", "低保户"});
    REQUIRE(Uuid::parse(res));

    CliResult shown = d.run({"household", "show", hh});
    REQUIRE(shown.exitCode == 0);
    CHECK(contains(shown.out, "幸福村3组12号"));
    CHECK(contains(shown.out, domain::maskIdNumber(id)));
    CHECK_FALSE(contains(shown.out, id));
    CHECK(contains(shown.out, "138****5678"));
    CHECK(contains(d.run({"resident", "show", res, "--reveal"}).out, id));
    CliResult json = d.run({"resident", "show", res, "--json"});
    CHECK(contains(json.out, "\"birth_year\":1950"));
    CHECK(contains(json.out, "\"gender\":\"male\""));
    CHECK(contains(json.out, "elderly_alone,low_income"));

    std::string before = d.dump();
    std::string bad = id;
    bad.back() = bad.back() == '1' ? '2' : '1';
    CliResult refused = d.run({"resident", "add", "--household", hh, "--name", "李秀英", "--id-number", bad});
    CHECK(refused.exitCode == 1);
    CHECK(contains(refused.err, "身份证号"));
    CHECK(contains(refused.err, "InvalidArgument"));
    CHECK(refused.out.empty());
    CHECK(d.run({"resident", "edit", res, "--id-number", bad}).exitCode == 1);
    CHECK(d.run({"household", "add", "--address", "x", "--kind", "别墅"}).exitCode == 1);
    CHECK(d.run({"household", "add", "--address", "x", "--phone", "12345"}).exitCode == 1);
    CHECK(d.dump() == before);

    d.ok({"household", "edit", hh, "--note", "独居老人，每周看望"});
    CliResult after = d.run({"household", "show", hh, "--json"});
    CHECK(contains(after.out, "独居老人，每周看望"));
    CHECK(contains(after.out, "幸福村3组12号"));  // untouched fields keep their values
    d.ok({"resident", "edit", res, "--phone", "13900001111"});
    CHECK(contains(d.run({"resident", "show", res}).out, "139****1111"));
}

TEST_CASE("visit add and due: a follow-up is due, a visit clears it, it comes back after the interval") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string hh = d.ok({"household", "add", "--address", "和平社区5栋201"});
    std::string res = d.ok({"resident", "add", "--household", hh, "--name", "张桂兰"});
    std::string schedule = d.ok({"followup", "add", "--household", hh, "--resident", res, "--every", "30", "--start",
                                 "2026-11-20", "--reason", "重点病人随访"});
    CliResult due = d.run({"due", "--date", "2026-12-01", "--json"});
    REQUIRE(due.exitCode == 0);
    CHECK(contains(due.out, "\"household_id\":\"" + hh + "\""));
    CHECK(contains(due.out, "\"days_overdue\":11"));
    CHECK(contains(d.run({"due", "--date", "2026-12-01"}).out, "overdue 11 d"));
    CHECK(contains(d.run({"due", "--date", "2026-11-19"}).out, "nothing due"));

    std::string visit = d.ok({"visit", "add", "--household", hh, "--resident", res, "--schedule", schedule, "--note",
                              "血压正常", "--at", "2026-12-01T02:00:00Z", "--lat", "30.27", "--lon", "120.15"});
    REQUIRE(Uuid::parse(visit));
    CHECK(contains(d.run({"due", "--date", "2026-12-01"}).out, "nothing due"));
    CliResult later = d.run({"due", "--date", "2026-12-31", "--json"});
    CHECK(contains(later.out, "\"days_overdue\":0"));
    CHECK(contains(later.out, "\"last_visit_date\":\"2026-12-01\""));
    CHECK(contains(d.run({"visit", "list", "--household", hh}).out, "血压正常"));
    CHECK(d.run({"visit", "add", "--household", "018f0000-0000-7000-8000-00000000ffff"}).exitCode == 1);
}

TEST_CASE("patrol start, points, checkpoint, pause/resume, stop") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string cp =
        d.ok({"checkpoint", "add", "--name", "东山水库", "--kind", "水库", "--lat", "30.28", "--lon", "120.16"});
    std::string patrol = d.ok({"patrol", "start"});
    REQUIRE(Uuid::parse(patrol));
    CHECK(d.run({"patrol", "start"}).exitCode == 1);  // one unstopped patrol per worker
    d.ok({"patrol", "point", patrol, "--lat", "30.2700", "--lon", "120.1500", "--accuracy", "8"});
    d.ok({"patrol", "point", "--lat", "30.2790", "--lon", "120.1500", "--accuracy", "8"});  // the active patrol
    d.ok({"patrol", "checkpoint", "--checkpoint", cp, "--note", "水位正常"});
    d.ok({"patrol", "pause"});
    CHECK(d.run({"patrol", "point", patrol, "--lat", "30.28", "--lon", "120.15"}).exitCode == 1);  // paused
    d.ok({"patrol", "resume", patrol});
    CliResult stopped = d.run({"patrol", "stop", patrol, "--findings", "无异常", "--json"});
    REQUIRE(stopped.exitCode == 0);
    CHECK(contains(stopped.out, "\"state\":\"stopped\""));
    CliResult shown = d.run({"patrol", "show", patrol, "--json"});
    CHECK(contains(shown.out, "\"seq\":2"));
    CHECK(contains(shown.out, "\"checkpoint_id\":\"" + cp + "\""));
    // ~1 km north: 0.009 degrees of latitude.
    auto shownJson = nlohmann::json::parse(shown.out, nullptr, false);
    REQUIRE(shownJson.contains("distance_m"));
    double metres = shownJson["distance_m"].get<double>();
    CHECK(metres > 950);
    CHECK(metres < 1050);
    CHECK(d.run({"patrol", "point", patrol, "--lat", "30.28", "--lon", "120.15"}).exitCode == 1);  // stopped
}

TEST_CASE("report add and events: the status is folded from the events; a wrong step is refused") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string report = d.ok({"report", "add", "--text", "楼道堆放杂物，堵塞消防通道", "--category", "fire",
                               "--severity", "medium", "--lat", "30.27", "--lon", "120.15"});
    REQUIRE(Uuid::parse(report));
    CliResult accepted = d.run({"report", "event", report, "--kind", "accept", "--json"});
    REQUIRE(accepted.exitCode == 0);
    CHECK(contains(accepted.out, "\"status\":\"accepted\""));
    std::string before = d.dump();
    CliResult wrong = d.run({"report", "event", report, "--kind", "close"});
    CHECK(wrong.exitCode == 1);
    CHECK(contains(wrong.err, "InvalidState"));
    CHECK(d.run({"report", "event", report, "--kind", "teleport"}).exitCode == 1);
    CHECK(d.dump() == before);
    d.ok({"report", "event", report, "--kind", "dispatch", "--department", "消防大队"});
    CliResult shown = d.run({"report", "show", report, "--json"});
    CHECK(contains(shown.out, "\"status\":\"dispatched\""));
    CHECK(contains(shown.out, "消防大队"));
    CHECK(contains(d.run({"report", "list"}).out, report));

    std::string onSite = d.ok({"report", "add", "--text", "路灯不亮", "--handled-on-site", "--on-site-note", "已报修"});
    CHECK(contains(d.run({"report", "show", onSite}).out, "resolve_on_site"));
}

TEST_CASE("tasks and diary") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string task =
        d.ok({"task", "add", "--title", "核查出租房登记信息", "--due", "2026-12-03", "--assignee", kWorker});
    CHECK(contains(d.run({"task", "list"}).out, "核查出租房登记信息"));
    CHECK(d.run({"task", "complete", task}).exitCode == 2);  // --result required
    d.ok({"task", "complete", task, "--result", "已核查，信息无误"});
    CHECK(contains(d.run({"task", "list"}).out, "no open tasks"));
    CHECK(d.run({"task", "complete", task, "--result", "again"}).exitCode == 1);
    std::string entry = d.ok({"diary", "add", "--topic", "民情", "--text", "居民反映小区停车难"});
    REQUIRE(Uuid::parse(entry));
    CHECK(d.run({"diary", "add", "--text", ""}).exitCode == 1);
    CHECK(contains(d.dump(), "居民反映小区停车难"));
}

TEST_CASE("two devices given the same commands hold byte-identical dumps") {
    testing::TempDir dir;
    Device a = initDevice(dir, "a.db"), b = initDevice(dir, "b.db");
    const std::string hh = "018f0000-0000-7000-8000-0000000c0001", res = "018f0000-0000-7000-8000-0000000c0002",
                      sch = "018f0000-0000-7000-8000-0000000c0003", vis = "018f0000-0000-7000-8000-0000000c0004",
                      task = "018f0000-0000-7000-8000-0000000c0005", diary = "018f0000-0000-7000-8000-0000000c0006";
    const std::vector<std::vector<std::string>> script = {
        {"household", "add", "--id", hh, "--address", "幸福村3组12号", "--head", "王建国"},
        {"resident", "add", "--id", res, "--household", hh, "--name", "王建国", "--id-number", validId()},
        {"followup", "add", "--id", sch, "--household", hh, "--every", "7", "--start", "2026-11-01"},
        {"visit", "add", "--id", vis, "--household", hh, "--schedule", sch, "--at", "1764554400000"},
        {"household", "edit", hh, "--phone", "0571-88886666"},
        {"task", "add", "--id", task, "--title", "核查", "--at", "1764554400000"},
        {"task", "complete", task, "--result", "完成", "--at", "1764558000000"},
        {"diary", "add", "--id", diary, "--text", "今日走访一户", "--at", "1764554400000"},
    };
    for (const auto& cmd : script) {
        a.ok(cmd);
        b.ok(cmd);
    }
    CHECK(a.dump() == b.dump());
    CHECK(contains(a.dump(), "0571-88886666"));
    b.ok({"household", "edit", hh, "--note", "only on b"});
    CHECK(a.dump() != b.dump());
}

TEST_CASE("dump --json is canonical: independent rows added in another order dump the same") {
    testing::TempDir dir;
    Device a = initDevice(dir, "a.db"), b = initDevice(dir, "b.db");
    std::vector<std::vector<std::string>> script;
    for (int i = 1; i <= 5; ++i) {
        std::string id = "018f0000-0000-7000-8000-0000000d000" + std::to_string(i);
        script.push_back({"household", "add", "--id", id, "--address", "和平街" + std::to_string(i) + "号"});
    }
    for (const auto& cmd : script) a.ok(cmd);
    for (auto it = script.rbegin(); it != script.rend(); ++it) b.ok(*it);
    std::string dump = a.dump();
    CHECK(dump == b.dump());
    CHECK(dump.find("和平街1号") < dump.find("和平街5号"));  // rows sorted by id
}

TEST_CASE("ledger import: all-or-nothing refuses a file with a bad line; --skip-bad-lines imports the rest") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    d.ok({"org", "add", "--level", "grid", "--name", "幸福村第一网格", "--id", kGrid});
    std::string csv = dir.file("ledger.csv");
    std::string bad = validId("33010619700215005");
    bad.back() = bad.back() == '1' ? '2' : '1';
    {
        std::ofstream out(csv, std::ios::binary);
        out << "\xEF\xBB\xBF户编号,户主,地址,微网格,房屋类型,户备注,姓名,身份证号,联系电话,出生年份,性别,与户主关系,"
               "标签\n"
            << "H001,张建国,幸福路12号,一组,自住,,张建国," << validId("33010619560312001")
            << ",13812345678,1956,男,户主,低保户\n"
            << "H001,,,,,,李秀英," << validId("33010619580704002") << ",,1958,女,配偶,\n"
            << "H002,王强,\"幸福路8号,2单元301\",二组,出租,,王强," << bad << ",,1970,男,户主,\n"
            << "H003,陈阿婆,和平街3号,一组,自住,,陈阿婆," << validId("33010619400101008")
            << ",,1940,女,户主,独居老人\n";
    }
    std::string before = d.dump();
    CliResult refused = d.run({"ledger", "import", csv});
    CHECK(refused.exitCode == 1);
    CHECK(contains(refused.err, "line 4"));
    CHECK(contains(refused.err, "身份证号"));
    CHECK(contains(refused.err, "nothing was imported"));
    CHECK(d.dump() == before);
    CHECK(d.run({"ledger", "import", csv, "--all-or-nothing"}).exitCode == 1);
    CHECK(d.dump() == before);
    CHECK(d.run({"ledger", "import", csv, "--all-or-nothing", "--skip-bad-lines"}).exitCode == 2);
    CHECK(d.run({"ledger", "import", dir.file("missing.csv")}).exitCode == 1);

    CliResult imported = d.run({"ledger", "import", csv, "--skip-bad-lines", "--json"});
    REQUIRE(imported.exitCode == 0);
    CHECK(contains(imported.out, "\"residents\":3"));
    CHECK(contains(imported.out, "\"households\":2"));
    CHECK(contains(imported.out, "\"bad_lines\":1"));
    CHECK(contains(imported.err, "line 4"));
    CliResult list = d.run({"household", "list"});
    CHECK(contains(list.out, "幸福路12号"));
    CHECK(contains(list.out, "和平街3号"));
    CHECK_FALSE(contains(list.out, "幸福路8号"));
}

TEST_CASE("household list --search: address, names and pinyin initials (level-2 characters, polyphones)") {
    testing::TempDir dir;
    Device d = initDevice(dir, "a.db");
    std::string a = d.ok({"household", "add", "--address", "幸福村1组1号", "--head", "李婷"});
    std::string b = d.ok({"household", "add", "--address", "幸福村1组2号", "--head", "王昊"});
    std::string c = d.ok({"household", "add", "--address", "和平街5号", "--head", "赵大"});
    d.ok({"resident", "add", "--household", c, "--name", "曾单"});
    // The ids of the households found, in order (the JSON list, parsed).
    auto search = [&](const std::string& q) {
        CliResult r = d.run({"household", "list", "--search", q, "--json"});
        INFO("stderr: " << r.err);
        REQUIRE(r.exitCode == 0);
        auto json = nlohmann::json::parse(r.out, nullptr, false);
        REQUIRE(json.is_object());
        std::vector<std::string> ids;
        for (const auto& h : json.at("households")) ids.push_back(h.at("id").get<std::string>());
        return ids;
    };
    using Ids = std::vector<std::string>;
    CHECK(search("lt") == Ids{a});
    CHECK(search("wh") == Ids{b});
    CHECK(search("zs") == Ids{c});  // 曾单 (zeng shan), a resident of c
    CHECK(search("cd") == Ids{c});  // the other readings: ceng dan
    CHECK(search("幸福村") == Ids{a, b});
    CHECK(search("婷") == Ids{a});
    CHECK(search("qqq").empty());
    CliResult plain = d.run({"household", "list", "--search", "lt"});
    REQUIRE(plain.exitCode == 0);
    CHECK(contains(plain.out, "幸福村1组1号"));
    CHECK_FALSE(contains(plain.out, "和平街5号"));
    CHECK(d.run({"household", "list", "--search"}).exitCode == 2);  // needs a value
}
