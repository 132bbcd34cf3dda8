// The defects a newcomer hit in the field (issue 13), each through the real AppCore on a temp
// store: grid-wide tasks reach the 任务 list, a report not yet sent says 待发送 and counts once in
// the badge, sync failures read as plain Chinese, drafts come back after a restart, the demo
// route meets the demo checkpoints.
#include "app_test_support.h"
#include "base/sync_error_text.h"
#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "controllers/draft_controller.h"
#include "controllers/report_controller.h"
#include "controllers/sync_controller.h"
#include "controllers/task_controller.h"
#include "demo/demo_seed.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "temp_dir.h"
#include "tools/app_setup.h"
#include "workers/db_worker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <doctest/doctest.h>

#include <functional>

using namespace gridwork;
using namespace gridwork::mobile;

namespace {

bool hasLatin(const QString& s) {
    return s.contains(QRegularExpression(QStringLiteral("[A-Za-z]")));
}
}  // namespace

TEST_CASE("a task sent to the whole grid reaches the app's task list (workers.grid_id is NULL)") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.app()->enrolled(); }));
    core.waitIdle();
    const Session s = core.session();
    core.db().run([s](Store& store) {
        // As on an enrolled phone: the worker row carries no grid; his grids are the engine's list.
        REQUIRE(store.write(RowWrite{"workers", s.workerId, {{"grid_id", Value::null()}}}).isOk());
        domain::Task t;
        t.gridId = s.gridId;
        t.title = "全网格：核查空置房屋";
        t.dueDate = "2099-01-01";
        REQUIRE(domain::TaskRepo(store).add(t).isOk());
    });
    core.waitIdle();
    core.tasks()->refresh();
    REQUIRE(waitUntil([&] {
        for (int i = 0; i < core.tasks()->open()->count(); ++i)
            if (core.tasks()->open()->get(i, QStringLiteral("title")).toString() ==
                QStringLiteral("全网格：核查空置房屋"))
                return true;
        return false;
    }));
}

TEST_CASE("a report not yet sent shows 待发送 and counts once in the badge") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.app()->enrolled(); }));
    core.waitIdle();
    // Nothing of the seed waits for the server in this check: only what the worker makes now.
    core.db().run([](Store& store) {
        auto all = store.outbox(0, 1'000'000);
        if (!all.empty()) REQUIRE(store.ackOutbox(all.back().seq).isOk());
    });
    core.waitIdle();
    core.sync()->refresh();
    REQUIRE(waitUntil([&] { return core.sync()->pending() == 0; }));

    QSignalSpy filed(core.reports(), &ReportController::reportFiled);
    core.reports()->file(QStringLiteral("safety_hazard"), QStringLiteral("楼道堆放杂物"), true);
    REQUIRE(waitUntil([&] { return filed.count() == 1; }));
    const QString id = filed.at(0).at(0).toString();
    core.waitIdle();
    REQUIRE(waitUntil([&] {
        for (int i = 0; i < core.reports()->recent()->count(); ++i)
            if (core.reports()->recent()->get(i, QStringLiteral("reportId")).toString() == id)
                return core.reports()->recent()->get(i, QStringLiteral("statusLabel")).toString() ==
                       QStringLiteral("待发送");
        return false;
    }));
    core.sync()->refresh();
    // One report (its filing and on-the-spot events are part of it) is one thing waiting.
    REQUIRE(waitUntil([&] { return core.sync()->pending() > 0; }));
    core.waitIdle();
    CHECK(core.sync()->pending() == 1);
}

TEST_CASE("sync failures read as plain Chinese, never the transport's English") {
    const Status noAnswer(ErrorCode::Unavailable,
                          "no answer from http://127.0.0.1:8080: Failed to connect to any resolved endpoint");
    CHECK(syncErrorText(noAnswer, SyncStep::Sync) ==
          QStringLiteral("连不上街道服务器，已保存在手机上，有信号后自动上传"));
    CHECK_FALSE(hasLatin(syncErrorText(noAnswer, SyncStep::Enroll)));
    for (ErrorCode c : {ErrorCode::Unauthenticated, ErrorCode::WrongGrid, ErrorCode::ClockAhead, ErrorCode::Internal,
                        ErrorCode::Malformed, ErrorCode::Storage, ErrorCode::InvalidArgument}) {
        for (SyncStep step : {SyncStep::Enroll, SyncStep::Sync}) {
            const QString text = syncErrorText(Status(c, "HTTP 500 Internal Server Error"), step);
            CHECK_MESSAGE(!hasLatin(text), text.toStdString());
            CHECK_FALSE(text.isEmpty());
        }
    }
    // A server's own Chinese message (a validation text) is kept.
    CHECK(syncErrorText(Status(ErrorCode::InvalidArgument, "联系电话：应为11位手机号"), SyncStep::Sync) ==
          QStringLiteral("联系电话：应为11位手机号"));
    CHECK(syncErrorText(std::string("Unavailable: no answer from http://x: Connection refused")) ==
          QStringLiteral("连不上街道服务器，已保存在手机上，有信号后自动上传"));

    // The failure the engine stored at its last round shows on the sync screen in Chinese.
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    {
        AppCore core(o);
        REQUIRE(seedDemoStore(core, false));
        core.db().run([](Store& store) {
            REQUIRE(store
                        .setMeta("sync.last_error",
                                 "Unavailable: no answer from http://127.0.0.1:8080: Failed to connect to any "
                                 "resolved endpoint")
                        .isOk());
        });
        core.waitIdle();
    }
    AppCore core(o);
    core.start();
    REQUIRE(waitUntil([&] { return !core.sync()->failure().isEmpty(); }));
    CHECK(core.sync()->failure() == QStringLiteral("连不上街道服务器，已保存在手机上，有信号后自动上传"));
}

TEST_CASE("drafts: what was typed and not saved comes back on the next start") {
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    {
        AppCore core(o);
        REQUIRE(seedDemoStore(core, false));
        core.start();
        REQUIRE(waitUntil([&] { return core.drafts()->loaded(); }));
        core.drafts()->keep(QStringLiteral("report"),
                            QVariantMap{{QStringLiteral("category"), QStringLiteral("fire")},
                                        {QStringLiteral("text"), QStringLiteral("学堂弄消防通道被电动车堵住")},
                                        {QStringLiteral("onSite"), false}});
        core.drafts()->keep(QStringLiteral("diary"), QVariantMap{{QStringLiteral("text"), QStringLiteral("王大爷说")}});
        core.drafts()->keep(QStringLiteral("household:x"),
                            QVariantMap{{QStringLiteral("phone"), QStringLiteral("139")}});
        core.drafts()->discard(QStringLiteral("household:x"));
        core.drafts()->keep(QStringLiteral("visit:y"), QString());  // nothing typed: no draft
        core.waitIdle();
        // The app goes away here (its process would be killed: nothing more is written).
    }
    AppCore core(o);
    core.start();
    REQUIRE(waitUntil([&] { return core.drafts()->loaded(); }));
    const QVariantMap report = core.drafts()->value(QStringLiteral("report")).toMap();
    CHECK(report.value(QStringLiteral("category")).toString() == QStringLiteral("fire"));
    CHECK(report.value(QStringLiteral("text")).toString() == QStringLiteral("学堂弄消防通道被电动车堵住"));
    CHECK(core.drafts()->value(QStringLiteral("diary")).toMap().value(QStringLiteral("text")).toString() ==
          QStringLiteral("王大爷说"));
    CHECK_FALSE(core.drafts()->has(QStringLiteral("household:x")));
    CHECK_FALSE(core.drafts()->has(QStringLiteral("visit:y")));
}

TEST_CASE("the demo route passes every checkpoint of the demo grid") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    const auto route = demoRoute();
    REQUIRE(route.size() > 50);
    std::vector<domain::Checkpoint> cps;
    core.db().run([&cps](Store& store) {
        for (const auto& g : loadSession(store).grids())
            for (auto& c : domain::PatrolRepo(store).checkpoints(g)) cps.push_back(c);
    });
    core.waitIdle();
    REQUIRE(cps.size() == 3);
    for (const auto& c : cps) {
        double nearest = 1e9;
        for (const auto& p : route) nearest = std::min(nearest, domain::distanceMeters(p, c.location));
        CHECK_MESSAGE(nearest <= c.radiusM, c.name, " is ", nearest, " m from the route");
    }
}
