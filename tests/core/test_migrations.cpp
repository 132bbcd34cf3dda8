// Migrations: a database written by schema v1 opens with today's code, keeps its rows, and
// gains the later tables; a file newer than the program is refused untouched.
#include "db_check.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/domain.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/migrations.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::domain;

TEST_CASE("a v1 database is migrated to the latest version without losing rows") {
    testing::TempDir dir;
    std::string path = dir.file("old.db");
    Uuid grid = newUuidV7(), household = newUuidV7(), resident = newUuidV7(), visit = newUuidV7();
    {
        auto db = db::Database::open(path);
        REQUIRE(db.isOk());
        REQUIRE(migrate(**db, 1).isOk());
        CHECK(gridwork::testing::mustQueryInt(**db, "PRAGMA user_version") == 1);
        CHECK(gridwork::testing::mustQueryInt(**db, "SELECT count(*) FROM sqlite_master WHERE name='conflicts'") == 0);
        auto h = gridwork::testing::mustPrepare(**db,
                                                "INSERT INTO households(id, grid_id, address, kind, status, head_name) "
                                                "VALUES(?1, ?2, '幸福路1号', 'own', 'active', '张三')");
        h->bind(1, household).bind(2, grid);
        REQUIRE(h->run().isOk());
        auto r = gridwork::testing::mustPrepare(
            **db, "INSERT INTO residents(id, grid_id, household_id, name, id_number, tags, status) "
                  "VALUES(?1, ?2, ?3, '张三', '11010519491231002X', 'elderly_alone', 'present')");
        r->bind(1, resident).bind(2, grid).bind(3, household);
        REQUIRE(r->run().isOk());
        auto v = gridwork::testing::mustPrepare(
            **db, "INSERT INTO visits(id, grid_id, household_id, kind, outcome, visited_at, visit_date) "
                  "VALUES(?1, ?2, ?3, 'routine', 'normal', 1709258400000, '2024-03-01')");
        v->bind(1, visit).bind(2, grid).bind(3, household);
        REQUIRE(v->run().isOk());
        REQUIRE((*db)->exec("INSERT INTO meta(key, value) VALUES('ui.font', 'large')").isOk());
    }
    auto store = domain::openStore(path);
    REQUIRE_MESSAGE(store.isOk(), store.status().toString());
    auto& db = (*store)->database();
    CHECK(gridwork::testing::mustQueryInt(db, "PRAGMA user_version") == latestSchemaVersion());
    CHECK(gridwork::testing::mustQueryInt(
              db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='conflicts'") == 1);
    CHECK((*store)->meta("ui.font") == "large");

    LedgerRepo ledger(**store);
    auto h = ledger.getHousehold(household);
    REQUIRE(h.isOk());
    CHECK(h->address == "幸福路1号");
    CHECK(h->headName == "张三");
    auto r = ledger.getResident(resident);
    REQUIRE(r.isOk());
    CHECK(r->idNumber == "11010519491231002X");
    CHECK(r->tags == std::vector<ResidentTag>{ResidentTag::ElderlyAlone});
    auto visits = VisitRepo(**store).ofHousehold(household);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].visitDate == "2024-03-01");
    // And the migrated file takes new writes.
    HouseholdPatch p;
    p.note = "迁移后编辑";
    REQUIRE(ledger.editHousehold(household, p).isOk());
    CHECK(ledger.getHousehold(household)->note == "迁移后编辑");
}

TEST_CASE("a database newer than the program is refused and left untouched") {
    testing::TempDir dir;
    std::string path = dir.file("new.db");
    {
        auto db = db::Database::open(path);
        REQUIRE(db.isOk());
        REQUIRE(migrate(**db).isOk());
        REQUIRE((*db)->exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1)).isOk());
    }
    auto store = domain::openStore(path);
    CHECK(store.status().code() == ErrorCode::InvalidState);
    auto db = db::Database::open(path);
    REQUIRE(db.isOk());
    CHECK(gridwork::testing::mustQueryInt(**db, "PRAGMA user_version") == latestSchemaVersion() + 1);
}
