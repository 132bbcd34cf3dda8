// The one database idiom (db.h, issue 8): a statement that does not prepare and a read that fails
// are errors the caller sees; "no row" is a value; a Query resets its statement on scope exit.
// And derived columns are a rule registered with the store (store.h: DerivedState).
#include "domain/rows.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

using namespace gridwork;
namespace rows = gridwork::domain::rows;

namespace {
std::unique_ptr<db::Database> openDb(const std::string& path) {
    auto db = db::Database::open(path);
    REQUIRE(db.isOk());
    REQUIRE((*db)->exec("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)").isOk());
    REQUIRE((*db)->exec("INSERT INTO t VALUES (1,'一'),(2,'二'),(3,'三')").isOk());
    return std::move(db).value();
}
auto noBind = [](db::Statement&) {};
auto readName = [](db::Statement& q) { return q.getText(0); };
}  // namespace

TEST_CASE("db: SQL that does not prepare is a Storage error naming the SQL") {
    testing::TempDir dir;
    auto db = openDb(dir.file("a.db"));
    auto q = db->prepare("SELECT nope FROM missing_table");
    REQUIRE_FALSE(q.isOk());
    CHECK(q.status().code() == ErrorCode::Storage);
    CHECK(q.status().message().find("missing_table") != std::string::npos);
    auto n = db->queryInt("SELECT count(*) FROM missing_table");
    CHECK_FALSE(n.isOk());
    auto none = db->queryInt("SELECT id FROM t WHERE id=99");  // no row: a value, not an error
    REQUIRE(none.isOk());
    CHECK_FALSE(none->has_value());
    CHECK(db->queryInt("SELECT count(*) FROM t").value() == 3);
}

TEST_CASE("db: rows::queryAll and queryOne never answer 'nothing' for a failed read") {
    testing::TempDir dir;
    auto db = openDb(dir.file("a.db"));
    auto all = rows::queryAll<std::string>(*db, "SELECT name FROM t ORDER BY id", noBind, readName);
    REQUIRE(all.isOk());
    CHECK(*all == std::vector<std::string>{"一", "二", "三"});
    auto broken = rows::queryAll<std::string>(*db, "SELECT name FROM no_such_table", noBind, readName);
    CHECK_FALSE(broken.isOk());
    CHECK(broken.status().code() == ErrorCode::Storage);

    auto one = rows::queryOne<std::string>(
        *db, "SELECT name FROM t WHERE id=?1", [](db::Statement& q) { q.bind(1, std::int64_t{2}); }, readName);
    REQUIRE(one.isOk());
    CHECK(one->value() == "二");
    auto missing = rows::queryOne<std::string>(
        *db, "SELECT name FROM t WHERE id=?1", [](db::Statement& q) { q.bind(1, std::int64_t{9}); }, readName);
    REQUIRE(missing.isOk());  // no row
    CHECK_FALSE(missing->has_value());
    auto failed = rows::queryOne<std::string>(*db, "SELECT name FROM gone WHERE id=1", noBind, readName);
    CHECK_FALSE(failed.isOk());  // an error, not "no row"
}

TEST_CASE("db: a Query left early resets its statement, so the next use starts from the first row") {
    testing::TempDir dir;
    auto db = openDb(dir.file("a.db"));
    const char* sql = "SELECT id FROM t ORDER BY id";
    auto firstId = [&]() -> Result<std::int64_t> {
        GW_ASSIGN_OR_RETURN(db::Query q, db->prepare(sql));
        GW_ASSIGN_OR_RETURN(bool row, q->next());
        if (!row) return Status(ErrorCode::NotFound, "empty");
        return q->getInt(0);  // an early return mid-result: the Query resets on the way out
    };
    CHECK(firstId().value() == 1);
    CHECK(firstId().value() == 1);
    // Writers are not blocked by an abandoned read cursor.
    CHECK(db->exec("DELETE FROM t WHERE id=3").isOk());
    CHECK(db->queryInt("SELECT count(*) FROM t").value() == 2);
}

namespace {
// A rule over a table the store has never heard of by name: it counts what it is told.
class CountingRule final : public DerivedState {
public:
    Result<std::optional<Uuid>> staleKey(WriteTxn&, const TableSpec& table, const Uuid& row) override {
        ++noted;
        if (table.name != tables::kHouseholds) return std::optional<Uuid>();
        return std::optional<Uuid>(row);
    }
    Status derive(WriteTxn&, const Uuid&) override {
        ++derived;
        return fail ? Status(ErrorCode::Internal, "rule failed") : Status::ok();
    }
    int noted = 0, derived = 0;
    bool fail = false;
};
}  // namespace

TEST_CASE("derived state: a registered rule is asked per written row and derives each stale key once") {
    testing::TempDir dir;
    auto rule = std::make_shared<CountingRule>();
    StoreOptions o;
    o.derived.push_back(rule);
    auto store = Store::open(dir.file("a.db"), o);
    REQUIRE(store.isOk());
    Uuid grid = newUuidV7(), home = newUuidV7();
    RowWrite w{"households", home, {}};
    w.set("grid_id", grid.toValue()).set("address", Value::text("幸福路1号")).set("kind", Value::text("own"));
    REQUIRE((*store)
                ->transaction([&](WriteTxn& txn) {
                    GW_TRY(txn.write(w));
                    RowWrite again{"households", home, {}};
                    again.set("note", Value::text("二次"));
                    return txn.write(again);
                })
                .isOk());
    CHECK(rule->noted == 2);
    CHECK(rule->derived == 1);  // one stale key, derived once before commit

    rule->fail = true;  // a failing rule rolls the transaction back
    RowWrite edit{"households", home, {}};
    edit.set("address", Value::text("幸福路2号"));
    CHECK((*store)->write(edit).code() == ErrorCode::Internal);
    CHECK((*store)->columnState("households", home, "address")->value == Value::text("幸福路1号"));
}
