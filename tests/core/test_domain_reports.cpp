// Reports: filed with their first events in one transaction, status derived from the events,
// invalid local actions refused, remote events folded (never refused), history in stamp order.
#include "test_domain_fixture.h"

#include <set>

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;

TEST_CASE("filing a report writes the report and its first event in the same transaction") {
    DomainFixture f;
    ReportRepo reports(*f.store);
    Report r;
    r.gridId = f.grid.id;
    r.workerId = f.worker.id;
    r.category = ReportCategory::SafetyHazard;
    r.text = "楼道堆放杂物，堵塞消防通道";
    r.severity = Severity::High;
    r.deadline = "2024-03-03";
    auto filed = reports.file(r);
    REQUIRE_MESSAGE(filed.isOk(), filed.status().toString());
    CHECK(filed->status == ReportStatus::Reported);
    auto history = reports.history(filed->id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].kind == "report");
    CHECK(history[0].parsedKind() == ReportEventKind::Report);
    CHECK_FALSE(history[0].superseded);
    // Report and event columns share one outbox batch: all entries exist.
    std::set<std::string> journaled;
    for (const auto& e : f.store->outbox(0, 1000)) journaled.insert(e.change.table);
    CHECK(journaled.count("reports") == 1);
    CHECK(journaled.count("report_events") == 1);

    // Walk it through the workflow.
    REQUIRE(reports.addEvent(filed->id, ReportEventKind::Accept).isOk());
    REQUIRE(reports.addEvent(filed->id, ReportEventKind::Dispatch, "城管中队").isOk());
    CHECK(reports.get(filed->id)->status == ReportStatus::Dispatched);
    REQUIRE(reports.addEvent(filed->id, ReportEventKind::Handle, "已清理").isOk());
    CHECK(reports.get(filed->id)->status == ReportStatus::Handled);
    REQUIRE(reports.addEvent(filed->id, ReportEventKind::Close).isOk());
    CHECK(reports.get(filed->id)->status == ReportStatus::Closed);
    history = reports.history(filed->id);
    REQUIRE(history.size() == 5);
    for (std::size_t i = 1; i < history.size(); ++i) CHECK(history[i - 1].stamp < history[i].stamp);
    CHECK(history[2].note == "城管中队");
}

TEST_CASE("a report handled on the spot is filed with report + resolve_on_site events") {
    DomainFixture f;
    ReportRepo reports(*f.store);
    Report r;
    r.gridId = f.grid.id;
    r.category = ReportCategory::Dispute;
    r.text = "邻里噪音纠纷";
    r.handledOnSite = true;
    auto filed = reports.file(r, "当场调解，双方和解");
    REQUIRE(filed.isOk());
    CHECK(filed->status == ReportStatus::Handled);
    CHECK(filed->handledOnSite);
    auto history = reports.history(filed->id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].kind == "report");
    CHECK(history[1].kind == "resolve_on_site");
    CHECK(history[1].note == "当场调解，双方和解");
    // Open until closed; not overdue (handled).
    CHECK(reports.open({f.grid.id}).size() == 1);
    CHECK(reports.overdue("2099-01-01", {f.grid.id}).empty());
}

TEST_CASE("an invalid action from a caller is refused with InvalidState and writes nothing") {
    DomainFixture f;
    ReportRepo reports(*f.store);
    Report r;
    r.gridId = f.grid.id;
    r.text = "路灯不亮";
    r.category = ReportCategory::PublicFacility;
    auto filed = reports.file(r);
    REQUIRE(filed.isOk());
    auto before = f.store->outboxCount();
    auto closeNow = reports.addEvent(filed->id, ReportEventKind::Close);
    CHECK(closeNow.status().code() == ErrorCode::InvalidState);
    CHECK(closeNow.status().message().find("已上报") != std::string::npos);
    ReportEvent unknown;
    unknown.kind = "teleport";
    CHECK(reports.addEvent(filed->id, unknown).status().code() == ErrorCode::InvalidArgument);
    CHECK(reports.addEvent(newUuidV7(), ReportEventKind::Accept).status().code() == ErrorCode::NotFound);
    CHECK(f.store->outboxCount() == before);
    CHECK(reports.history(filed->id).size() == 1);
}

TEST_CASE("a remote event that is invalid where it lands is kept and marked superseded") {
    DomainFixture f;
    ReportRepo reports(*f.store);
    Report r;
    r.gridId = f.grid.id;
    r.text = "河道漂浮垃圾";
    r.category = ReportCategory::Environment;
    auto filed = reports.file(r);
    REQUIRE(filed.isOk());
    // The township "closes" it without accepting: arrives by sync, stamped later.
    Uuid eventId = newUuidV7(), townshipSite = newUuidV7();
    Hlc hlc = f.store->clock().last() + (1 << 16);
    REQUIRE(f.store
                ->transaction([&](WriteTxn& txn) {
                    for (auto [col, val] :
                         std::vector<std::pair<std::string, Value>>{{"grid_id", f.grid.id.toValue()},
                                                                    {"report_id", filed->id.toValue()},
                                                                    {"kind", Value::text("close")},
                                                                    {"at", Value::integer(1)}}) {
                        Change c{"report_events", eventId, col, val, hlc, townshipSite, f.grid.id};
                        auto out = txn.applyRemote(c);
                        if (!out.isOk()) return out.status();
                    }
                    return Status::ok();
                })
                .isOk());
    CHECK(reports.get(filed->id)->status == ReportStatus::Reported);
    auto history = reports.history(filed->id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].kind == "close");
    CHECK(history[1].superseded);
    // The worker can still act on the real status.
    REQUIRE(reports.addEvent(filed->id, ReportEventKind::Accept).isOk());
    CHECK(reports.get(filed->id)->status == ReportStatus::Accepted);
}

TEST_CASE("open and overdue reports by grid and deadline") {
    DomainFixture f;
    ReportRepo reports(*f.store);
    auto file = [&](const std::string& text, const std::string& deadline) {
        Report r;
        r.gridId = f.grid.id;
        r.text = text;
        r.deadline = deadline;
        f.clock->advance(1000);
        auto out = reports.file(r);
        REQUIRE(out.isOk());
        return *out;
    };
    auto late = file("井盖缺失", "2024-02-28");
    auto onTime = file("墙面涂鸦", "2024-03-10");
    auto closed = file("积水", "2024-02-01");
    file("无期限", "");
    for (auto k : {ReportEventKind::Accept, ReportEventKind::Dispatch, ReportEventKind::Handle, ReportEventKind::Close})
        REQUIRE(reports.addEvent(closed.id, k).isOk());
    auto open = reports.open({f.grid.id});
    CHECK(open.size() == 3);
    CHECK(open[0].text == "无期限");  // newest first
    auto overdue = reports.overdue("2024-03-01", {f.grid.id});
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].id == late.id);
    CHECK(reports.overdue("2024-03-11", {f.grid.id}).size() == 2);
    (void)onTime;
    Report bad;
    bad.gridId = f.grid.id;
    bad.text = " ";
    CHECK(reports.file(bad).status().message() == "问题描述：不能为空");
    bad.text = "x";
    bad.deadline = "明天";
    CHECK(reports.file(bad).status().code() == ErrorCode::InvalidArgument);
    REQUIRE(reports.edit(late.id, std::nullopt, ReportCategory::Fire).isOk());
    CHECK(reports.get(late.id)->category == ReportCategory::Fire);
    CHECK(reports.get(late.id)->text == "井盖缺失");
}
