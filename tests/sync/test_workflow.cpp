// The report workflow through the store: every (status, event) pair, superseded marking, and
// the same status on every replica whatever order the events arrive in.
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/report_workflow.h"
#include "sync_fixture.h"

#include <algorithm>
#include <map>
#include <random>

using namespace gridwork;
using namespace gridwork::testing;

namespace {
// An event path from a fresh report to each status.
const std::map<ReportStatus, std::vector<std::string>>& paths() {
    static const std::map<ReportStatus, std::vector<std::string>> kPaths = {
        {ReportStatus::Reported, {"report"}},
        {ReportStatus::Accepted, {"report", "accept"}},
        {ReportStatus::Dispatched, {"report", "accept", "dispatch"}},
        {ReportStatus::Handling, {"report", "accept", "dispatch", "start"}},
        {ReportStatus::Handled, {"report", "accept", "dispatch", "start", "handle"}},
        {ReportStatus::Closed, {"report", "accept", "dispatch", "start", "handle", "close"}},
        {ReportStatus::Returned, {"report", "return"}},
        {ReportStatus::Reopened, {"report", "resolve_on_site", "reopen"}},
        {ReportStatus::Escalated, {"report", "accept", "escalate"}},
    };
    return kPaths;
}

// The expected table, written out independently of the implementation.
std::optional<ReportStatus> expected(ReportStatus from, const std::string& kind) {
    using S = ReportStatus;
    auto any = [&](std::initializer_list<S> set) { return std::find(set.begin(), set.end(), from) != set.end(); };
    if (kind == "report") return from == S::Reported ? std::optional(S::Reported) : std::nullopt;
    if (kind == "resolve_on_site") return from == S::Reported ? std::optional(S::Handled) : std::nullopt;
    if (kind == "accept") return from == S::Reported ? std::optional(S::Accepted) : std::nullopt;
    if (kind == "dispatch")
        return any({S::Accepted, S::Escalated, S::Reopened}) ? std::optional(S::Dispatched) : std::nullopt;
    if (kind == "start") return from == S::Dispatched ? std::optional(S::Handling) : std::nullopt;
    if (kind == "handle") return any({S::Dispatched, S::Handling}) ? std::optional(S::Handled) : std::nullopt;
    if (kind == "feedback") return any({S::Handling, S::Handled}) ? std::optional(from) : std::nullopt;
    if (kind == "close") return from == S::Handled ? std::optional(S::Closed) : std::nullopt;
    if (kind == "return")
        return any({S::Reported, S::Accepted, S::Dispatched, S::Handling}) ? std::optional(S::Returned) : std::nullopt;
    if (kind == "resubmit") return from == S::Returned ? std::optional(S::Reported) : std::nullopt;
    if (kind == "reopen") return any({S::Handled, S::Closed}) ? std::optional(S::Reopened) : std::nullopt;
    if (kind == "escalate")
        return any({S::Accepted, S::Dispatched, S::Handling, S::Reopened}) ? std::optional(S::Escalated) : std::nullopt;
    if (kind == "comment") return from;
    return std::nullopt;
}
}  // namespace

TEST_CASE("every workflow transition, folded in the store, with invalid events marked superseded") {
    TempDir dir;
    auto clock = std::make_shared<ManualClock>(kT0);
    StoreOptions o;
    o.clock = clock;
    o.durable = false;
    auto store = std::move(domain::openStore(dir.file("w.db"), o)).value();
    Uuid grid = newUuidV7();
    std::vector<std::string> kinds;
    for (auto k : allReportEventKinds()) kinds.emplace_back(reportEventKindName(k));
    kinds.push_back("teleport");  // unknown kinds are superseded too
    int pairs = 0;
    for (const auto& [status, path] : paths()) {
        for (const auto& kind : kinds) {
            CAPTURE(reportStatusName(status));
            CAPTURE(kind);
            Uuid rep = newUuidV7();
            REQUIRE(store->write(report(rep, grid, "积水")).isOk());
            for (const auto& k : path) {
                clock->advance(1);
                REQUIRE(store->write(reportEvent(rep, grid, k)).isOk());
            }
            CHECK(textOf(*store, "SELECT status FROM reports WHERE id=" + hexId(rep)) == reportStatusName(status));
            clock->advance(1);
            RowWrite last = reportEvent(rep, grid, kind);
            REQUIRE(store->write(last).isOk());
            auto want = expected(status, kind);
            auto parsed = parseReportEventKind(kind);
            CHECK((parsed ? reportTransition(status, *parsed) : std::nullopt) == want);
            CHECK(textOf(*store, "SELECT status FROM reports WHERE id=" + hexId(rep)) ==
                  reportStatusName(want.value_or(status)));
            CHECK(textOf(*store, "SELECT superseded FROM report_events WHERE id=" + hexId(last.rowId)) ==
                  (want ? "0" : "1"));
            ++pairs;
        }
    }
    CHECK(pairs == 9 * 14);
}

TEST_CASE("racing events: the same status and the same superseded marks on every replica, whatever the order") {
    std::uint64_t seed = testSeed(20261201);
    for (int round = 0; round < 20; ++round) {
        std::mt19937_64 rng(seed + round);
        CAPTURE(seed + round);
        TempDir dir;
        auto clock = std::make_shared<ManualClock>(kT0);
        std::vector<std::unique_ptr<Store>> stores;
        for (int i = 0; i < 3; ++i) {
            StoreOptions o;
            o.clock = clock;
            o.durable = false;
            stores.push_back(std::move(domain::openStore(dir.file("s" + std::to_string(i) + ".db"), o)).value());
        }
        Uuid grid = newUuidV7(), rep = newUuidV7();
        REQUIRE(stores[0]->write(report(rep, grid, "路灯坏了")).isOk());
        REQUIRE(stores[0]->write(reportEvent(rep, grid, "report")).isOk());
        // Each replica appends events it believes valid, concurrently (the worker resubmits while
        // the centre closes, etc.).
        std::vector<std::string> kinds = {"accept",   "dispatch", "start",    "handle",   "close",  "return",
                                          "resubmit", "reopen",   "escalate", "feedback", "comment"};
        for (int i = 0; i < 12; ++i) {
            clock->advance(static_cast<std::int64_t>(rng() % 3));
            auto& s = stores[rng() % 3];
            REQUIRE(s->write(reportEvent(rep, grid, kinds[rng() % kinds.size()])).isOk());
        }
        std::vector<Change> all;
        for (auto& s : stores)
            for (auto& e : s->outbox(0, 10000)) all.push_back(e.change);
        for (auto& s : stores) {
            std::vector<Change> mine = all;
            std::shuffle(mine.begin(), mine.end(), rng);
            std::vector<Change> dups(mine.begin(), mine.begin() + static_cast<long>(mine.size() / 3));
            mine.insert(mine.end(), dups.begin(), dups.end());  // duplicates
            Status st = s->transaction([&](WriteTxn& txn) {
                for (const auto& c : mine) GW_TRY(txn.applyRemote(c).status());
                return Status::ok();
            });
            REQUIRE_MESSAGE(st.isOk(), st.toString());
        }
        std::string d0 = dumpJson(*stores[0]);
        CHECK(dumpJson(*stores[1]) == d0);
        CHECK(dumpJson(*stores[2]) == d0);
        CHECK(textOf(*stores[0], "SELECT status FROM reports") == textOf(*stores[2], "SELECT status FROM reports"));
    }
}
