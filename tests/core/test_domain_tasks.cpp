// Tasks (township instructions), diary entries and attachment records.
#include "test_domain_fixture.h"

using namespace gridwork;
using namespace gridwork::domain;
using gridwork::testing::DomainFixture;

TEST_CASE("tasks: add, open lists for a worker and a grid, complete with a result") {
    DomainFixture f;
    TaskRepo tasks(*f.store);
    Task mine;
    mine.gridId = f.grid.id;
    mine.assigneeId = f.worker.id;
    mine.title = "核查出租房登记";
    mine.dueDate = "2024-03-05";
    auto t1 = tasks.add(mine);
    REQUIRE(t1.isOk());
    Task shared;
    shared.gridId = f.grid.id;
    shared.title = "防汛物资清点";
    shared.dueDate = "2024-02-28";
    auto t2 = tasks.add(shared);
    REQUIRE(t2.isOk());
    Task other;
    other.gridId = f.grid.id;
    other.assigneeId = newUuidV7();
    other.title = "别人的任务";
    REQUIRE(tasks.add(other).isOk());

    auto open = tasks.openForWorker(f.worker.id, {f.grid.id});
    REQUIRE(open.size() == 2);
    CHECK(open[0].title == "防汛物资清点");  // earlier due date first
    CHECK(tasks.openInGrid(f.grid.id).size() == 3);
    CHECK(tasks.overdue("2024-03-01", {f.grid.id}).size() == 1);

    CHECK(tasks.complete(t1->id, " ").code() == ErrorCode::InvalidArgument);
    REQUIRE(tasks.complete(t1->id, "已核查，信息属实").isOk());
    auto done = tasks.get(t1->id);
    CHECK(done->status == TaskStatus::Done);
    CHECK(done->result == "已核查，信息属实");
    CHECK(done->completedAt.has_value());
    CHECK(tasks.complete(t1->id, "again").code() == ErrorCode::InvalidState);
    CHECK(tasks.openForWorker(f.worker.id, {f.grid.id}).size() == 1);
    REQUIRE(tasks.reopen(t1->id).isOk());
    CHECK(tasks.openForWorker(f.worker.id, {f.grid.id}).size() == 2);
    CHECK(tasks.complete(newUuidV7(), "x").code() == ErrorCode::NotFound);
    Task bad;
    bad.gridId = f.grid.id;
    CHECK(tasks.add(bad).status().message() == "任务标题：不能为空");
}

TEST_CASE("tasks: grid-wide tasks reach a worker whose grids are known only to the sync engine") {
    // On the phone and the server workers.grid_id is NULL: the worker's grids live in the sync
    // engine's list (server: worker_grids). A task sent to a whole grid must still reach him.
    DomainFixture f;
    Worker w;
    w.name = "赵敏";
    auto gridless = WorkerRepo(*f.store).add(w);
    REQUIRE(gridless.isOk());
    REQUIRE(gridless->gridId.isNil());
    TaskRepo tasks(*f.store);
    Task shared;
    shared.gridId = f.grid.id;
    shared.title = "全网格：防汛物资清点";
    shared.dueDate = "2024-02-28";
    REQUIRE(tasks.add(shared).isOk());
    auto open = tasks.openForWorker(gridless->id, {f.grid.id});
    REQUIRE(open.size() == 1);
    CHECK(open[0].title == "全网格：防汛物资清点");
    CHECK(tasks.openForWorker(gridless->id, {}).empty());
    CHECK(tasks.openForWorker(gridless->id, {newUuidV7()}).empty());
}

TEST_CASE("diary entries take the worker's grid and the local date") {
    DomainFixture f;
    DiaryRepo diary(*f.store);
    DiaryEntry e;
    e.workerId = f.worker.id;
    e.topic = "民情";
    e.text = "三组居民反映路灯不亮";
    auto added = diary.add(e);
    REQUIRE(added.isOk());
    CHECK(added->gridId == f.grid.id);
    CHECK(added->entryDate == "2024-03-01");
    CHECK(diary.ofWorker(f.worker.id).size() == 1);
    CHECK(diary.ofWorker(f.worker.id, "2024-03-02").empty());
    CHECK(diary.ofWorker(f.worker.id, "2024-03-01", "2024-03-01").size() == 1);
    e.text = "";
    CHECK(diary.add(e).status().code() == ErrorCode::InvalidArgument);
}

TEST_CASE("attachments: validated, idempotent per owner, device-local columns not journaled") {
    DomainFixture f;
    auto h = f.household("幸福路1号");
    Visit v;
    v.householdId = h.id;
    auto visit = VisitRepo(*f.store).record(v);
    REQUIRE(visit.isOk());
    AttachmentRepo attachments(*f.store);
    Attachment a;
    a.sha256 = std::string(64, 'A');
    a.mime = "image/jpeg";
    a.size = 123456;
    a.ownerTable = "visits";
    a.ownerId = visit->id;
    a.localPath = "/data/photos/1.jpg";
    auto rec = attachments.record(a);
    REQUIRE_MESSAGE(rec.isOk(), rec.status().toString());
    CHECK(rec->sha256 == std::string(64, 'a'));
    CHECK(rec->gridId == f.grid.id);
    for (const auto& e : f.store->outbox(0, 100000))
        CHECK((e.change.table != "attachments" ||
               (e.change.column != "local_path" && e.change.column != "upload_state")));
    auto again = attachments.record(a);
    REQUIRE(again.isOk());
    CHECK(again->id == rec->id);
    CHECK(attachments.ofOwner("visits", visit->id).size() == 1);
    CHECK(attachments.pendingUploads().size() == 1);
    REQUIRE(attachments.markUploaded(rec->id).isOk());
    CHECK(attachments.pendingUploads().empty());
    CHECK(attachments.get(rec->id)->uploadState == UploadState::Uploaded);
    CHECK(attachments.get(rec->id)->localPath == "/data/photos/1.jpg");
    CHECK(attachments.bySha256(std::string(64, 'a')).size() == 1);

    Attachment bad = a;
    bad.sha256 = "abc";
    CHECK(attachments.record(bad).status().code() == ErrorCode::InvalidArgument);
    bad = a;
    bad.ownerTable = "nope";
    CHECK(attachments.record(bad).status().code() == ErrorCode::InvalidArgument);
    bad = a;
    bad.size = -1;
    CHECK(attachments.record(bad).status().code() == ErrorCode::InvalidArgument);
}
