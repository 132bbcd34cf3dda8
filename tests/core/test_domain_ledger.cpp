// Org units, workers and the household/resident ledger through the typed API.
#include "test_domain_fixture.h"

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;

TEST_CASE("org units get their grid scope from their level") {
    DomainFixture f;
    CHECK(f.township.gridId.isNil());
    CHECK(f.community.gridId.isNil());
    CHECK(f.grid.gridId == f.grid.id);
    CHECK(f.mg1.gridId == f.grid.id);
    OrgRepo org(*f.store);
    CHECK(org.microGrids(f.grid.id).size() == 2);
    CHECK(org.children(f.community.id).size() == 1);
    CHECK(org.findMicroGrid(f.grid.id, " 二组 ")->id == f.mg2.id);
    CHECK_FALSE(org.findMicroGrid(f.grid.id, "三组").has_value());
    // A micro-grid must hang under a grid.
    auto bad = org.add({{}, {}, f.community.id, OrgLevel::MicroGrid, "错组", ""});
    CHECK(bad.status().code() == ErrorCode::InvalidArgument);
    CHECK(org.add({{}, {}, newUuidV7(), OrgLevel::Grid, "x", ""}).status().code() == ErrorCode::NotFound);
    REQUIRE(org.rename(f.mg2.id, "二组（东）").isOk());
    CHECK(org.get(f.mg2.id)->name == "二组（东）");
    REQUIRE(org.remove(f.mg2.id).isOk());
    CHECK(org.microGrids(f.grid.id).size() == 1);
    CHECK(org.get(f.mg2.id).status().code() == ErrorCode::NotFound);
}

TEST_CASE("workers: add, edit, list; bad phone refused") {
    DomainFixture f;
    WorkerRepo workers(*f.store);
    CHECK(workers.get(f.worker.id)->name == "王建国");
    Worker bad;
    bad.gridId = f.grid.id;
    bad.name = "李四";
    bad.phone = "12345";
    auto before = f.store->outboxCount();
    CHECK(workers.add(bad).status().code() == ErrorCode::InvalidArgument);
    CHECK(f.store->outboxCount() == before);
    WorkerPatch p;
    p.role = WorkerRole::Volunteer;
    REQUIRE(workers.edit(f.worker.id, p).isOk());
    CHECK(workers.get(f.worker.id)->role == WorkerRole::Volunteer);
    CHECK(workers.get(f.worker.id)->phone == "13812345678");
    CHECK(workers.inGrid(f.grid.id).size() == 1);
}

TEST_CASE("households: add, partial edit, move out, lists per micro-grid and grid") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    Household h;
    h.microGridId = f.mg1.id;  // grid taken from the micro-grid
    h.address = "幸福路12号";
    h.headName = "张三";
    h.phone = "+86 138 0000 1111";
    h.kind = HouseholdKind::Rented;
    auto added = ledger.addHousehold(h);
    REQUIRE_MESSAGE(added.isOk(), added.status().toString());
    CHECK(added->gridId == f.grid.id);
    CHECK(added->phone == "13800001111");
    auto other = f.household("幸福路2号", f.mg2.id);

    auto got = ledger.getHousehold(added->id);
    REQUIRE(got.isOk());
    CHECK(got->address == "幸福路12号");
    CHECK(got->kind == HouseholdKind::Rented);
    CHECK(got->status == HouseholdStatus::Active);

    // A partial edit touches only the given columns (one outbox entry per column).
    auto before = f.store->outboxCount();
    HouseholdPatch p;
    p.note = "二楼东";
    REQUIRE(ledger.editHousehold(added->id, p).isOk());
    CHECK(f.store->outboxCount() == before + 1);
    got = ledger.getHousehold(added->id);
    CHECK(got->note == "二楼东");
    CHECK(got->address == "幸福路12号");

    CHECK(ledger.householdsOfMicroGrid(f.mg1.id).size() == 1);
    CHECK(ledger.householdsOfGrid(f.grid.id).size() == 2);
    REQUIRE(ledger.moveOutHousehold(added->id).isOk());
    CHECK(ledger.getHousehold(added->id)->status == HouseholdStatus::MovedOut);
    CHECK(ledger.householdsOfMicroGrid(f.mg1.id).empty());
    CHECK(ledger.householdsOfMicroGrid(f.mg1.id, true).size() == 1);
    REQUIRE(ledger.moveInHousehold(added->id).isOk());
    CHECK(ledger.householdsOfGrid(f.grid.id).size() == 2);
    REQUIRE(ledger.removeHousehold(other.id).isOk());
    CHECK(ledger.householdsOfGrid(f.grid.id, true).size() == 1);
    CHECK(ledger.getHousehold(other.id).status().code() == ErrorCode::NotFound);
    CHECK(ledger.householdCount(f.grid.id) == 1);
}

TEST_CASE("bad household input changes nothing") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    auto before = f.store->outboxCount();
    Household h;
    h.gridId = f.grid.id;
    h.address = "  ";
    auto r = ledger.addHousehold(h);
    CHECK(r.status().code() == ErrorCode::InvalidArgument);
    CHECK(r.status().message() == "地址：不能为空");
    h.address = "幸福路1号";
    h.phone = "110";
    CHECK(ledger.addHousehold(h).status().code() == ErrorCode::InvalidArgument);
    h.phone.clear();
    h.microGridId = newUuidV7();
    CHECK(ledger.addHousehold(h).status().code() == ErrorCode::NotFound);
    CHECK(f.store->outboxCount() == before);
    CHECK(f.count("SELECT count(*) FROM households") == 0);
    CHECK(ledger.editHousehold(newUuidV7(), {}).code() == ErrorCode::NotFound);
}

TEST_CASE("residents: ID number fills birth year and gender; edits, statuses, tags") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    auto h = f.household("幸福路12号");
    Resident r;
    r.householdId = h.id;
    r.name = "张三";
    r.idNumber = "11010519491231002x";
    r.relation = "户主";
    r.tags = {ResidentTag::LowIncome, ResidentTag::ElderlyAlone};
    auto added = ledger.addResident(r);
    REQUIRE_MESSAGE(added.isOk(), added.status().toString());
    CHECK(added->gridId == f.grid.id);
    auto got = ledger.getResident(added->id);
    REQUIRE(got.isOk());
    CHECK(got->idNumber == "11010519491231002X");
    CHECK(got->birthYear == 1949);
    CHECK(got->gender == Gender::Female);
    CHECK(got->tags == std::vector<ResidentTag>{ResidentTag::ElderlyAlone, ResidentTag::LowIncome});
    CHECK(f.count("SELECT count(*) FROM residents WHERE tags='elderly_alone,low_income'") == 1);

    Resident child;
    child.householdId = h.id;
    child.name = "张小明";
    child.birthYear = 2015;
    child.relation = "孙子";
    child.tags = {ResidentTag::LeftBehindChild};
    REQUIRE(ledger.addResident(child).isOk());
    auto members = ledger.residentsOf(h.id);
    REQUIRE(members.size() == 2);
    CHECK(members[0].relation == "户主");
    CHECK(ledger.residentsWithTag(f.grid.id, ResidentTag::LeftBehindChild).size() == 1);
    CHECK(ledger.residentsWithTag(f.grid.id, ResidentTag::ElderlyAlone).size() == 1);
    CHECK(ledger.residentsWithTag(f.grid.id, ResidentTag::Disabled).empty());

    ResidentPatch p;
    p.phone = "13912345678";
    p.tags = std::vector<ResidentTag>{ResidentTag::Disabled};
    REQUIRE(ledger.editResident(added->id, p).isOk());
    got = ledger.getResident(added->id);
    CHECK(got->phone == "13912345678");
    CHECK(got->tags == std::vector<ResidentTag>{ResidentTag::Disabled});
    CHECK(got->name == "张三");

    // Correcting the ID number brings birth year and gender along.
    ResidentPatch fix;
    fix.idNumber = "110101199003074477";
    REQUIRE(ledger.editResident(added->id, fix).isOk());
    got = ledger.getResident(added->id);
    CHECK(got->birthYear == 1990);
    CHECK(got->gender == Gender::Male);
    fix.birthYear = std::optional<int>(1991);
    CHECK(ledger.editResident(added->id, fix).code() == ErrorCode::InvalidArgument);

    REQUIRE(ledger.setResidentStatus(added->id, ResidentStatus::Deceased).isOk());
    CHECK(ledger.residentsOf(h.id).size() == 1);
    CHECK(ledger.residentsOf(h.id, true).size() == 2);
}

TEST_CASE("bad resident input is refused with the field named, and nothing is written") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    auto h = f.household("幸福路12号");
    auto before = f.store->outboxCount();
    Resident r;
    r.householdId = h.id;
    r.name = "李四";
    r.idNumber = "110105194912310021";
    auto res = ledger.addResident(r);
    CHECK(res.status().code() == ErrorCode::InvalidArgument);
    CHECK(res.status().message() == "身份证号：校验位不正确");
    r.idNumber = "11010519491231002X";
    r.birthYear = 1950;
    CHECK(ledger.addResident(r).status().message().find("出生年份") == 0);
    r.birthYear.reset();
    r.phone = "1234";
    CHECK(ledger.addResident(r).status().message().find("联系电话") == 0);
    r.phone.clear();
    r.householdId = newUuidV7();
    CHECK(ledger.addResident(r).status().code() == ErrorCode::NotFound);
    CHECK(f.store->outboxCount() == before);

    r.householdId = h.id;
    auto ok = ledger.addResident(r);
    REQUIRE(ok.isOk());
    ResidentPatch p;
    p.idNumber = "123";
    before = f.store->outboxCount();
    CHECK(ledger.editResident(ok->id, p).code() == ErrorCode::InvalidArgument);
    CHECK(f.store->outboxCount() == before);
}

TEST_CASE("search by address, name, phone digits and pinyin initials") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    auto h1 = f.household("幸福路12号");
    auto h2 = f.household("和平街3号", f.mg2.id);
    Resident a;
    a.householdId = h1.id;
    a.name = "王小红";
    a.phone = "13900001234";
    REQUIRE(ledger.addResident(a).isOk());
    Resident b;
    b.householdId = h2.id;
    b.name = "刘德华";
    REQUIRE(ledger.addResident(b).isOk());

    CHECK(pinyinInitials("张三") == "zs");
    CHECK(pinyinInitials("刘德华") == "ldh");
    CHECK(pinyinInitials("曾A小贤") == "zaxx");

    auto byAddress = ledger.search({f.grid.id}, "幸福");
    REQUIRE(byAddress.size() == 1);
    CHECK(byAddress[0].household.id == h1.id);
    CHECK_FALSE(byAddress[0].resident.has_value());

    auto byName = ledger.search({f.grid.id}, "小红");
    REQUIRE(byName.size() == 1);
    CHECK(byName[0].resident->name == "王小红");
    CHECK(byName[0].household.id == h1.id);

    auto byPinyin = ledger.search({f.grid.id}, "LDH");
    REQUIRE(byPinyin.size() == 1);
    CHECK(byPinyin[0].resident->name == "刘德华");
    // Heads of household match by initials too: both are 张三.
    CHECK(ledger.search({f.grid.id}, "zs").size() == 2);

    auto byPhone = ledger.search({f.grid.id}, "1234");
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone[0].resident->name == "王小红");

    CHECK(ledger.search({f.grid.id}, "%").empty());       // LIKE wildcards are literal
    CHECK(ledger.search({newUuidV7()}, "幸福").empty());  // another grid sees nothing
}

TEST_CASE("pinyin initials: GB2312 level-2 and rarer characters, Extension A, polyphonic surnames") {
    // Level 2 (not in GB2312 level 1): 婷 昊 琪 瑾 彧 翊; and U+4E00..U+9FFF beyond GB2312: 堃 喆 犇.
    CHECK(pinyinInitials("李婷") == "lt");
    CHECK(pinyinInitials("王昊") == "wh");
    CHECK(pinyinInitials("陈琪瑾") == "cqj");
    CHECK(pinyinInitials("张彧翊") == "zyy");
    CHECK(pinyinInitials("王堃喆犇") == "wkzb");
    CHECK(pinyinInitials("\xE3\x90\x80") == "q");  // U+3400 㐀 (Extension A), qiu
    // Polyphones print their surname reading, and match any reading.
    CHECK(pinyinInitials("曾单") == "zs");
    CHECK(pinyinInitials("解仇区") == "xqo");
    CHECK(pinyinInitialsMatch("曾单", "zs"));
    CHECK(pinyinInitialsMatch("曾单", "cd"));
    CHECK(pinyinInitialsMatch("曾单", "ZC"));
    CHECK(pinyinInitialsMatch("曾单", "z"));
    CHECK_FALSE(pinyinInitialsMatch("曾单", "zx"));
    CHECK_FALSE(pinyinInitialsMatch("曾单", "zsa"));  // longer than the name
    CHECK(pinyinInitialsMatch("解小明", "jxm"));
    CHECK(pinyinInitialsMatch("解小明", "xxm"));
    CHECK(pinyinInitialsMatch("仇大海", "cdh"));
    CHECK(pinyinInitialsMatch("区家明", "qjm"));
    CHECK(pinyinInitialsMatch("区家明", "ojm"));
    CHECK(pinyinInitialsMatch("曾A小贤", "caxx"));  // Latin letters kept
    CHECK_FALSE(pinyinInitialsMatch("", "a"));
    CHECK(pinyinInitialsMatch("任何", ""));
}

TEST_CASE("search finds level-2 names and polyphonic surnames by pinyin initials") {
    DomainFixture f;
    LedgerRepo ledger(*f.store);
    auto h = f.household("幸福路1号");
    for (const char* name : {"李婷", "王昊", "曾单", "解仇"}) {
        Resident r;
        r.householdId = h.id;
        r.name = name;
        REQUIRE(ledger.addResident(r).isOk());
    }
    auto names = [&](const std::string& q) {
        std::vector<std::string> out;
        for (const auto& hit : ledger.search({f.grid.id}, q))
            if (hit.resident) out.push_back(hit.resident->name);
        return out;
    };
    CHECK(names("lt") == std::vector<std::string>{"李婷"});
    CHECK(names("wh") == std::vector<std::string>{"王昊"});
    CHECK(names("zs") == std::vector<std::string>{"曾单"});
    CHECK(names("cd") == std::vector<std::string>{"曾单"});
    CHECK(names("jc") == std::vector<std::string>{"解仇"});
    CHECK(names("xq") == std::vector<std::string>{"解仇"});
}
