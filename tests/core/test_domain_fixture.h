// test_domain_fixture.h — a store on a temp file with a manual clock (2024-03-01 10:00 China
// time), and a small org tree: township > community > grid > micro-grids 一组, 二组; one worker.
#pragma once

#include "db_check.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/domain.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

namespace gridwork::testing {

inline constexpr std::int64_t kMarch1At10 = 1709258400000;  // 2024-03-01 10:00 +08:00

struct DomainFixture {
    TempDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kMarch1At10);
    std::unique_ptr<Store> store;
    domain::OrgUnit township, community, grid, mg1, mg2;
    domain::Worker worker;

    DomainFixture() {
        StoreOptions o;
        o.clock = clock;
        o.durable = false;
        auto s = domain::openStore(dir.file("device.db"), o);
        REQUIRE_MESSAGE(s.isOk(), s.status().toString());
        store = std::move(s).value();
        domain::OrgRepo org(*store);
        township = must(org.add({{}, {}, {}, domain::OrgLevel::Township, "幸福街道", "330106001"}));
        community = must(org.add({{}, {}, township.id, domain::OrgLevel::Community, "幸福社区", ""}));
        grid = must(org.add({{}, {}, community.id, domain::OrgLevel::Grid, "第一网格", ""}));
        mg1 = must(org.add({{}, {}, grid.id, domain::OrgLevel::MicroGrid, "一组", ""}));
        mg2 = must(org.add({{}, {}, grid.id, domain::OrgLevel::MicroGrid, "二组", ""}));
        domain::Worker w;
        w.gridId = grid.id;
        w.name = "王建国";
        w.phone = "13812345678";
        worker = must(domain::WorkerRepo(*store).add(w));
    }

    template <typename T> static T must(Result<T> r) {
        REQUIRE_MESSAGE(r.isOk(), r.status().toString());
        return std::move(r).value();
    }

    domain::Household household(const std::string& address, const Uuid& microGrid = {}) {
        domain::Household h;
        h.gridId = grid.id;
        h.microGridId = microGrid.isNil() ? mg1.id : microGrid;
        h.address = address;
        h.headName = "张三";
        return must(domain::LedgerRepo(*store).addHousehold(h));
    }

    std::int64_t count(const std::string& sql) {
        return gridwork::testing::mustQueryInt(store->database(), sql).value_or(-1);
    }
};

}  // namespace gridwork::testing
