// The merge rule on its own (merge/lww.h, merge/remote_change.h): pure functions of stamps and
// changes, no store involved.
#include "gridwork/core/merge/lww.h"
#include "gridwork/core/merge/remote_change.h"

#include <doctest/doctest.h>

using namespace gridwork;
using merge::Verdict;

namespace {
Uuid site(std::uint8_t last) {
    Uuid u;
    u.bytes[15] = last;
    return u;
}

Change validChange() {
    Uuid grid = site(9);
    return Change{"households", site(7), "address", Value::text("一号楼"), makeHlc(1000, 0), site(1), grid};
}
}  // namespace

TEST_CASE("lww: a column never written takes the incoming value") {
    CHECK(merge::decide(std::nullopt, {makeHlc(1, 0), site(1)}) == Verdict::IncomingWins);
    CHECK(merge::decide(std::nullopt, {0, Uuid{}}) == Verdict::IncomingWins);
}

TEST_CASE("lww: the greater hlc wins, whichever site wrote it") {
    Stamp older{makeHlc(1000, 5), site(9)}, newer{makeHlc(1000, 6), site(1)};
    CHECK(merge::decide(older, newer) == Verdict::IncomingWins);
    CHECK(merge::decide(newer, older) == Verdict::CurrentWins);
    Stamp later{makeHlc(1001, 0), site(0)};
    CHECK(merge::decide(newer, later) == Verdict::IncomingWins);
}

TEST_CASE("lww: equal hlc values are ordered by site id") {
    Stamp a{makeHlc(1000, 0), site(1)}, b{makeHlc(1000, 0), site(2)};
    CHECK(merge::decide(a, b) == Verdict::IncomingWins);
    CHECK(merge::decide(b, a) == Verdict::CurrentWins);
}

TEST_CASE("lww: the same stamp is a duplicate, not a win") {
    Stamp s{makeHlc(1000, 3), site(4)};
    CHECK(merge::decide(s, s) == Verdict::Duplicate);
    CHECK_FALSE(merge::incomingWins(s, s));
}

TEST_CASE("lww: exactly one of two different stamps wins against the other (convergence)") {
    const Stamp stamps[] = {
        {0, site(0)},        {0, site(1)}, {makeHlc(1, 0), site(0)}, {makeHlc(1, 0), site(3)}, {makeHlc(1, 1), site(0)},
        {~Hlc{0}, site(255)}};
    for (const auto& a : stamps)
        for (const auto& b : stamps) {
            if (a == b) continue;
            CHECK(merge::incomingWins(a, b) != merge::incomingWins(b, a));
        }
}

TEST_CASE("remote change: a valid change passes and names its table") {
    const TableSpec* spec = nullptr;
    REQUIRE(merge::validateRemoteChange(validChange(), spec).isOk());
    REQUIRE(spec);
    CHECK(spec->name == "households");
    CHECK(merge::validateRemoteChange(validChange(), spec).isOk());  // the spec is reused
}

TEST_CASE("remote change: every defect gets its typed error") {
    const TableSpec* spec = nullptr;
    Change c = validChange();
    c.table = "no_such_table";
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::UnknownTable);

    c = validChange();
    c.column = "no_such_column";
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::UnknownColumn);

    c = validChange();
    c.table = "reports";
    c.column = "status";  // derived: never travels
    c.value = Value::text("closed");
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::UnknownColumn);

    c = validChange();
    c.value = Value::integer(5);  // address is text
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::InvalidArgument);

    c = validChange();
    c.rowId = Uuid{};
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::InvalidArgument);

    c = validChange();
    c.column = "grid_id";
    c.value = site(42).toValue();  // not the change's grid
    CHECK(merge::validateRemoteChange(c, spec).code() == ErrorCode::InvalidArgument);
    c.value = c.gridId.toValue();
    CHECK(merge::validateRemoteChange(c, spec).isOk());
}

TEST_CASE("remote change: NULL fits every column (a cleared field)") {
    const TableSpec* spec = nullptr;
    Change c = validChange();
    c.value = Value::null();
    CHECK(merge::validateRemoteChange(c, spec).isOk());
}
