// The compact journal (core/docs/storage.md): row clocks for the columns a row's creating write
// wrote, column clocks overriding them, one outbox row per row write expanded into per-column
// entries with per-column seqs, partial acks, seqs never reused, and the v2 -> v3 migration.
#include "db_check.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "store/migrations.h"
#include "store/packed_columns.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

using namespace gridwork;

namespace {
std::unique_ptr<Store> openStore(const std::string& path) {
    auto s = domain::openStore(path);
    REQUIRE_MESSAGE(s.isOk(), s.status().toString());
    return std::move(s).value();
}

RowWrite household(const Uuid& id, const Uuid& grid) {
    RowWrite w{"households", id, {}};
    w.set("grid_id", grid.toValue()).set("address", Value::text("幸福村3组12号")).set("kind", Value::text("own"));
    w.set("head_name", Value::text("张三"));
    return w;
}

std::int64_t count(Store& s, const std::string& sql) {
    return gridwork::testing::mustQueryInt(s.database(), sql).value_or(-1);
}

std::vector<std::uint64_t> seqs(const std::vector<OutboxEntry>& entries) {
    std::vector<std::uint64_t> out;
    for (const auto& e : entries) out.push_back(e.seq);
    return out;
}
}  // namespace

TEST_CASE("a created row's columns carry its row clock until a later write gives them their own") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), id = newUuidV7();
    REQUIRE(store->write(household(id, grid)).isOk());
    CHECK(count(*store, "SELECT count(*) FROM row_clocks WHERE tbl='households'") == 1);
    CHECK(count(*store, "SELECT count(*) FROM column_clocks") == 0);
    auto address = store->columnState("households", id, "address");
    auto kind = store->columnState("households", id, "kind");
    REQUIRE(address);
    REQUIRE(kind);
    CHECK(address->hlc == kind->hlc);
    CHECK(address->site == store->siteId());
    CHECK(address->value == Value::text("幸福村3组12号"));
    // A column the creating write did not write has no stamp (as if per-column clocks).
    CHECK_FALSE(store->columnState("households", id, "phone"));

    // A later write of one column: its own clock overrides; the others keep the row clock.
    REQUIRE(store->write(RowWrite{"households", id, {{"address", Value::text("新地址")}}}).isOk());
    CHECK(count(*store, "SELECT count(*) FROM column_clocks") == 1);
    auto moved = store->columnState("households", id, "address");
    REQUIRE(moved);
    CHECK(moved->hlc > address->hlc);
    CHECK(moved->value == Value::text("新地址"));
    CHECK(store->columnState("households", id, "kind")->hlc == kind->hlc);
    // Writing a column the creation did not write gives it a column clock too.
    REQUIRE(store->write(RowWrite{"households", id, {{"phone", Value::text("13800000000")}}}).isOk());
    CHECK(store->columnState("households", id, "phone")->hlc > moved->hlc);
    CHECK(count(*store, "SELECT count(*) FROM row_clocks") == 1);
}

TEST_CASE("merge against a row clock: older loses on written columns, unwritten columns take any stamp") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), id = newUuidV7(), other = newUuidV7();
    REQUIRE(store->write(household(id, grid)).isOk());
    Hlc created = store->columnState("households", id, "address")->hlc;
    REQUIRE(store
                ->transaction([&](WriteTxn& txn) -> Status {
                    // Another site created the same row concurrently, with an older stamp.
                    GW_ASSIGN_OR_RETURN(ApplyOutcome older,
                                        txn.applyRemote(Change{"households", id, "address", Value::text("旧"),
                                                               created - 1, other, grid}));
                    CHECK_FALSE(older.applied);
                    GW_ASSIGN_OR_RETURN(ApplyOutcome phone,
                                        txn.applyRemote(Change{"households", id, "phone", Value::text("139"),
                                                               created - 1, other, grid}));
                    CHECK(phone.applied);
                    GW_ASSIGN_OR_RETURN(ApplyOutcome newer,
                                        txn.applyRemote(Change{"households", id, "kind", Value::text("rent"),
                                                               created + 1, other, grid}));
                    CHECK(newer.applied);
                    // A duplicate of our own creation stamp is a no-op.
                    GW_ASSIGN_OR_RETURN(ApplyOutcome dup,
                                        txn.applyRemote(Change{"households", id, "head_name", Value::text("张三"),
                                                               created, store->siteId(), grid}));
                    CHECK_FALSE(dup.applied);
                    return Status::ok();
                })
                .isOk());
    CHECK(store->columnState("households", id, "address")->value == Value::text("幸福村3组12号"));
    CHECK(store->columnState("households", id, "phone")->value == Value::text("139"));
    CHECK(store->columnState("households", id, "phone")->site == other);
    CHECK(store->columnState("households", id, "kind")->value == Value::text("rent"));
    CHECK(store->columnState("households", id, "head_name")->hlc == created);
}

TEST_CASE("one outbox row per write expands into per-column entries with consecutive seqs") {
    testing::TempDir dir;
    auto store = openStore(dir.file("a.db"));
    Uuid grid = newUuidV7(), a = newUuidV7(), b = newUuidV7();
    REQUIRE(store->write({household(a, grid), household(b, grid)}).isOk());
    CHECK(count(*store, "SELECT count(*) FROM outbox") == 2);
    CHECK(store->outboxCount() == 8);
    auto all = store->outbox(0, 100);
    REQUIRE(all.size() == 8);
    CHECK(seqs(all) == std::vector<std::uint64_t>{1, 2, 3, 4, 5, 6, 7, 8});
    const char* order[] = {"grid_id", "address", "kind", "head_name"};
    for (std::size_t i = 0; i < 8; ++i) {
        CHECK(all[i].change.column == order[i % 4]);
        CHECK(all[i].change.rowId == (i < 4 ? a : b));
        CHECK(all[i].change.gridId == grid);
        CHECK(all[i].change.site == store->siteId());
    }
    CHECK(all[1].change.value == Value::text("幸福村3组12号"));
    CHECK(all[0].change.hlc == all[3].change.hlc);
    CHECK(all[3].change.hlc < all[4].change.hlc);
    // Reading from the middle of a row, and a limit that cuts one.
    CHECK(seqs(store->outbox(2, 3)) == std::vector<std::uint64_t>{3, 4, 5});
    CHECK(store->outbox(2, 3)[0].change.column == "kind");
    CHECK(seqs(store->outbox(6, 100)) == std::vector<std::uint64_t>{7, 8});
    CHECK(store->outbox(8, 100).empty());
}

TEST_CASE("a partial ack keeps the unacknowledged tail of a row; seqs are never reused") {
    testing::TempDir dir;
    std::string path = dir.file("a.db");
    Uuid grid = newUuidV7(), a = newUuidV7(), b = newUuidV7();
    {
        auto store = openStore(path);
        REQUIRE(store->write({household(a, grid), household(b, grid)}).isOk());
        auto before = store->outbox(0, 100);
        REQUIRE(store->transaction([&](WriteTxn&) { return store->ackOutbox(6); }).isOk());
        CHECK(store->outboxCount() == 2);
        auto rest = store->outbox(0, 100);
        REQUIRE(rest.size() == 2);
        CHECK(rest[0].seq == 7);
        CHECK(rest[0].change == before[6].change);
        CHECK(rest[1].change == before[7].change);
        REQUIRE(store->ackOutbox(8).isOk());  // outside a transaction too
        CHECK(store->outboxCount() == 0);
        CHECK(store->outbox(0, 100).empty());
        REQUIRE(store->write(RowWrite{"households", a, {{"note", Value::text("x")}}}).isOk());
        CHECK(seqs(store->outbox(0, 100)) == std::vector<std::uint64_t>{9});
        REQUIRE(store->ackOutbox(9).isOk());
    }
    // After a restart with an empty outbox, numbering still continues.
    auto store = openStore(path);
    REQUIRE(store->write(RowWrite{"households", b, {{"note", Value::text("y")}, {"phone", Value::text("1")}}}).isOk());
    CHECK(seqs(store->outbox(0, 100)) == std::vector<std::uint64_t>{10, 11});
    // Acking a seq that lies before the outbox is harmless.
    REQUIRE(store->ackOutbox(3).isOk());
    CHECK(store->outboxCount() == 2);
}

TEST_CASE("the packed column list keeps every value exactly") {
    const TableSpec* spec = findTable("reports");
    REQUIRE(spec);
    Blob bytes{0, 1, 0xff, 0x80};
    ColumnValues in{{"text", Value::text(std::string("a\0b 中文", 9))},
                    {"lat", Value::real(-31.25e-3)},
                    {"lon", Value::integer(121)},
                    {"reported_at", Value::integer(-9'000'000'000'000'000'000LL)},
                    {"severity", Value::null()},
                    {"photo_sha256", Value::text("")},
                    {"grid_id", Value::blob(bytes)},
                    {"handled_on_site", Value::integer(1)},
                    {"deleted", Value::integer(0)}};
    ColumnValues out;
    REQUIRE(unpackColumns(*spec, packColumns(*spec, in), out).isOk());
    CHECK(out == in);
    CHECK(columnMask(*spec, in) != 0);
    Blob broken = packColumns(*spec, in);
    broken.resize(broken.size() - 1);
    CHECK(unpackColumns(*spec, broken, out).code() == ErrorCode::Storage);
}

TEST_CASE("a v2 file with pending outbox entries migrates with every change, seq and clock") {
    testing::TempDir dir;
    std::string path = dir.file("v2.db");
    Uuid grid = newUuidV7(), h = newUuidV7(), r = newUuidV7(), site = newUuidV7();
    const std::int64_t t1 = std::int64_t{1'000'000} << 16, t2 = std::int64_t{2'000'000} << 16;
    {
        auto db = db::Database::open(path);
        REQUIRE(db.isOk());
        REQUIRE(migrate(**db, 2).isOk());
        auto& d = **db;
        REQUIRE(d.exec("INSERT INTO meta(key,value) VALUES('site_id','" + site.toString() + "')").isOk());
        auto row = gridwork::testing::mustPrepare(
            d, "INSERT INTO households(id, grid_id, address, kind) VALUES(?1, ?2, '幸福路1号', 'own')");
        row->bind(1, h).bind(2, grid);
        REQUIRE(row->run().isOk());
        auto res = gridwork::testing::mustPrepare(
            d, "INSERT INTO residents(id, grid_id, name, birth_year) VALUES(?1, ?2, '李四', 1950)");
        res->bind(1, r).bind(2, grid);
        REQUIRE(res->run().isOk());
        auto clock =
            gridwork::testing::mustPrepare(d, "INSERT OR REPLACE INTO column_clocks VALUES(?1, ?2, ?3, ?4, ?5)");
        auto entry = gridwork::testing::mustPrepare(
            d, "INSERT INTO outbox(seq,tbl,row_id,col,value,hlc,site,grid_id) VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
        struct E {
            std::int64_t seq;
            const char* table;
            Uuid row;
            const char* col;
            Value value;
            std::int64_t hlc;
        };
        // Seqs 1..40 were acked long ago (the high-water mark is 60); 41..44 and 50..52 pend.
        std::vector<E> entries{{41, "households", h, "grid_id", grid.toValue(), t1},
                               {42, "households", h, "address", Value::text("幸福路1号"), t1},
                               {43, "households", h, "kind", Value::text("own"), t1},
                               {44, "residents", r, "grid_id", grid.toValue(), t1 + 1},
                               {50, "residents", r, "name", Value::text("李四"), t2},
                               {51, "residents", r, "birth_year", Value::integer(1950), t2},
                               {52, "households", h, "address", Value::text("幸福路1号"), t2 + 1}};
        for (const auto& e : entries) {
            entry->bind(1, e.seq).bind(2, e.table).bind(3, e.row).bind(4, e.col).bind(5, e.value);
            entry->bind(6, e.hlc).bind(7, site).bind(8, grid);
            REQUIRE(entry->run().isOk());
            clock->bind(1, e.table).bind(2, e.row).bind(3, e.col).bind(4, e.hlc).bind(5, site);
            REQUIRE(clock->run().isOk());
        }
        REQUIRE(d.exec("UPDATE sqlite_sequence SET seq=60 WHERE name='outbox'").isOk());
        REQUIRE(gridwork::testing::mustQueryInt(d, "SELECT seq FROM sqlite_sequence WHERE name='outbox'") == 60);
    }
    auto store = openStore(path);
    CHECK(gridwork::testing::mustQueryInt(store->database(), "PRAGMA user_version") == latestSchemaVersion());
    auto pending = store->outbox(0, 100);
    REQUIRE(pending.size() == 7);
    CHECK(seqs(pending) == std::vector<std::uint64_t>{41, 42, 43, 44, 50, 51, 52});
    CHECK(pending[1].change ==
          Change{"households", h, "address", Value::text("幸福路1号"), static_cast<Hlc>(t1), site, grid});
    CHECK(pending[5].change ==
          Change{"residents", r, "birth_year", Value::integer(1950), static_cast<Hlc>(t2), site, grid});
    CHECK(pending[6].change.hlc == static_cast<Hlc>(t2 + 1));
    CHECK(store->outboxCount() == 7);
    // Runs of one write share a row: 41-43, 44, 50-51, 52.
    CHECK(count(*store, "SELECT count(*) FROM outbox") == 4);
    // The clocks are intact, and the old per-column index is gone with its table.
    CHECK(store->columnState("households", h, "address")->hlc == static_cast<Hlc>(t2 + 1));
    CHECK(store->columnState("residents", r, "grid_id")->hlc == static_cast<Hlc>(t1 + 1));
    CHECK(count(*store, "SELECT count(*) FROM sqlite_master WHERE name='outbox_column'") == 0);
    CHECK(store->meta("outbox_seq") == "60");
    // Partial ack and new writes continue after the old high-water mark.
    REQUIRE(store->ackOutbox(42).isOk());
    CHECK(seqs(store->outbox(0, 100)) == std::vector<std::uint64_t>{43, 44, 50, 51, 52});
    REQUIRE(store->write(RowWrite{"households", h, {{"note", Value::text("n")}}}).isOk());
    CHECK(store->outbox(52, 10).at(0).seq == 61);
}
