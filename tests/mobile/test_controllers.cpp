// Controller tests without QML: the real AppCore (DB worker and sync worker threads) on a temp
// store file. An interrupted patrol (the app goes away mid-patrol) comes back with its track and
// keeps recording; ledger edits are validated in plain words; elder mode persists.
#include "app_test_support.h"
#include "base/position_service.h"
#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "controllers/diary_controller.h"
#include "controllers/ledger_controller.h"
#include "controllers/patrol_controller.h"
#include "controllers/task_controller.h"
#include "controllers/visit_controller.h"
#include "gridwork/core/domain/attachment_repo.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "temp_dir.h"
#include "tools/app_setup.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <doctest/doctest.h>

#include <functional>

using namespace gridwork;
using namespace gridwork::mobile;

namespace {

std::vector<domain::TrackPoint> trackOnDisk(const AppOptions& o, const QString& patrolId) {
    auto store = Store::open(o.dbPath.toStdString(), deviceStoreOptions(o.dbPath.toStdString()).value());
    REQUIRE(store.isOk());
    return domain::PatrolRepo(**store).track(Uuid::parse(patrolId.toStdString()).value());
}
}  // namespace

TEST_CASE("an interrupted patrol resumes with its track intact and keeps recording") {
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    const QString nmea = QStringLiteral(GRIDWORK_TEST_DATA "/fast-patrol.nmea");
    QString patrolId;
    int before = 0;
    {
        AppCore core(o);
        REQUIRE(seedDemoStore(core, false));
        core.start();
        REQUIRE(waitUntil([&] { return core.app()->ready() && core.app()->enrolled(); }));
        core.waitIdle();
        REQUIRE(core.patrols()->useNmeaFile(nmea));
        core.patrols()->start();
        REQUIRE(waitUntil([&] { return core.patrols()->pointCount() >= 6 && !core.patrols()->patrolId().isEmpty(); }));
        patrolId = core.patrols()->patrolId();
        before = core.patrols()->pointCount();
        // The app goes away here without stopping the patrol (as when the phone kills it).
    }
    const auto kept = trackOnDisk(o, patrolId);
    CHECK(static_cast<int>(kept.size()) >= before);

    AppCore core(o);
    core.start();
    REQUIRE(waitUntil([&] { return core.patrols()->patrolId() == patrolId; }));
    CHECK(core.patrols()->state() == QStringLiteral("active"));
    CHECK(core.patrols()->resumedAfterInterruption());
    CHECK(core.patrols()->pointCount() == static_cast<int>(kept.size()));
    // Recording carries on where it stopped: the same patrol, the sequence continues.
    REQUIRE(core.patrols()->useNmeaFile(nmea));
    REQUIRE(waitUntil([&] { return core.patrols()->pointCount() >= static_cast<int>(kept.size()) + 3; }));
    core.patrols()->stop(QString());
    core.waitIdle();
    const auto track = trackOnDisk(o, patrolId);
    REQUIRE(track.size() >= kept.size() + 3);
    for (std::size_t i = 0; i < track.size(); ++i) CHECK(track[i].seq == static_cast<std::int64_t>(i + 1));
}

TEST_CASE("ledger edits: a bad phone number is refused in plain words and nothing changes") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.app()->enrolled(); }));
    core.waitIdle();
    LedgerController& ledger = *core.ledger();
    REQUIRE(waitUntil([&] { return ledger.households()->count() > 0; }));
    const QString id = ledger.households()->get(0, QStringLiteral("householdId")).toString();
    ledger.openHousehold(id);
    REQUIRE(waitUntil([&] { return !ledger.household().isEmpty(); }));
    const QString phoneBefore = ledger.household().value(QStringLiteral("phone")).toString();

    QSignalSpy failed(&ledger, &LedgerController::saveFailed);
    ledger.saveHousehold({{QStringLiteral("phone"), QStringLiteral("12345")}});
    REQUIRE(waitUntil([&] { return failed.count() == 1; }));
    CHECK(ledger.lastError().startsWith(QStringLiteral("联系电话")));
    core.waitIdle();
    CHECK(ledger.household().value(QStringLiteral("phone")).toString() == phoneBefore);

    QSignalSpy saved(&ledger, &LedgerController::saved);
    ledger.saveHousehold({{QStringLiteral("headName"), QStringLiteral("张建华")}});
    REQUIRE(waitUntil([&] { return saved.count() == 1; }));
    REQUIRE(waitUntil(
        [&] { return ledger.household().value(QStringLiteral("headName")).toString() == QStringLiteral("张建华"); }));
    CHECK(ledger.household().value(QStringLiteral("phone")).toString() == phoneBefore);

    // Move out is a status: the household stays in the ledger, marked.
    ledger.moveOutHousehold();
    REQUIRE(waitUntil([&] { return ledger.household().value(QStringLiteral("movedOut")).toBool(); }));
}

TEST_CASE("elder mode persists across restarts") {
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    {
        AppCore core(o);
        REQUIRE(seedDemoStore(core, false));
        core.start();
        REQUIRE(waitUntil([&] { return core.app()->ready(); }));
        CHECK_FALSE(core.app()->elderMode());
        core.app()->setElderMode(true);
        core.waitIdle();
    }
    AppCore core(o);
    core.start();
    REQUIRE(waitUntil([&] { return core.app()->ready(); }));
    core.waitIdle();
    CHECK(core.app()->elderMode());
}

TEST_CASE("the bundled demo route replays as the GPS") {
    ensureCoreApp();
    PositionService position;
    REQUIRE(position.useNmeaFile(QStringLiteral("demo")));
    CHECK(position.available());
    int fixes = 0;
    QObject::connect(&position, &PositionService::positionUpdated, [&](const QGeoPositionInfo&) { ++fixes; });
    position.acquire();
    CHECK(waitUntil([&] { return fixes >= 2; }, 10000));
    position.release();
    CHECK(position.lastFix().has_value());
}

TEST_CASE("gridwork-app killed with SIGKILL mid-patrol: the track on disk is whole and resumes") {
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    QString patrolId;
    {
        AppCore core(o);
        REQUIRE(seedDemoStore(core, true));  // an active patrol with 21 points
        core.start();
        REQUIRE(waitUntil([&] { return !core.patrols()->patrolId().isEmpty(); }));
        patrolId = core.patrols()->patrolId();
        core.waitIdle();
    }
    const auto before = trackOnDisk(o, patrolId);
    REQUIRE(before.size() == 21);

    // The real app restores the open patrol and keeps recording from the simulated GPS ...
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedChannels);  // its log, in this test's output
    app.start(QStringLiteral(GRIDWORK_APP_BINARY), {QStringLiteral("--db"), o.dbPath, QStringLiteral("--nmea"),
                                                    QStringLiteral(GRIDWORK_TEST_DATA "/fast-patrol.nmea")});
    REQUIRE(app.waitForStarted());
    REQUIRE(waitUntil([&] { return trackOnDisk(o, patrolId).size() >= before.size() + 5; }, 20000));
    // ... until it is killed without warning.
    app.kill();
    REQUIRE(app.waitForFinished(10000));

    const auto after = trackOnDisk(o, patrolId);
    REQUIRE(after.size() >= before.size() + 5);
    for (std::size_t i = 0; i < after.size(); ++i) CHECK(after[i].seq == static_cast<std::int64_t>(i + 1));
    AppCore core(o);
    core.start();
    REQUIRE(waitUntil([&] { return core.patrols()->patrolId() == patrolId; }));
    CHECK(core.patrols()->state() == QStringLiteral("active"));
    CHECK(core.patrols()->pointCount() == static_cast<int>(after.size()));
}

TEST_CASE("a visit with a photo: the file is kept under its hash and recorded as an attachment") {
    ensureCoreApp();
    testing::TempDir dir;
    const AppOptions o = storeIn(dir);
    AppCore core(o);
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.visits()->households()->count() > 0; }));
    const QString household = core.visits()->households()->get(0, QStringLiteral("householdId")).toString();
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    const QString photo = QString::fromStdString(dir.file("camera.png"));
    REQUIRE(image.save(photo));

    core.visits()->openHousehold(household);
    QSignalSpy recorded(core.visits(), &VisitController::visitRecorded);
    core.visits()->recordVisit(QStringLiteral("hazard"), QStringLiteral("电线老化"), photo);
    REQUIRE(waitUntil([&] { return recorded.count() == 1; }));
    const Uuid visitId = Uuid::parse(recorded.at(0).at(0).toString().toStdString()).value();
    core.waitIdle();

    auto store = Store::open(o.dbPath.toStdString(), deviceStoreOptions(o.dbPath.toStdString()).value());
    REQUIRE(store.isOk());
    auto visit = domain::VisitRepo(**store).get(visitId);
    REQUIRE(visit.isOk());
    CHECK(visit->outcome == domain::VisitOutcome::Hazard);
    CHECK(visit->note == "电线老化");
    REQUIRE(visit->photoSha256.size() == 64);
    const auto attachments = domain::AttachmentRepo(**store).ofOwner("visits", visitId);
    REQUIRE(attachments.size() == 1);
    CHECK(attachments[0].sha256 == visit->photoSha256);
    CHECK(attachments[0].mime == "image/png");
    CHECK(attachments[0].uploadState == domain::UploadState::Pending);
    CHECK(QFile::exists(QString::fromStdString(attachments[0].localPath)));
}

TEST_CASE("tasks complete with a result; diary entries are kept") {
    ensureCoreApp();
    testing::TempDir dir;
    AppCore core(storeIn(dir));
    REQUIRE(seedDemoStore(core, false));
    core.start();
    REQUIRE(waitUntil([&] { return core.tasks()->open()->count() == 3; }));
    CHECK(core.tasks()->overdueCount() == 1);
    const QString task = core.tasks()->open()->get(0, QStringLiteral("taskId")).toString();
    core.tasks()->complete(task, QString());  // a result is required
    CHECK(!core.tasks()->lastError().isEmpty());
    core.tasks()->complete(task, QStringLiteral("核查属实"));
    REQUIRE(waitUntil([&] { return core.tasks()->open()->count() == 2; }));

    REQUIRE(waitUntil([&] { return core.diary()->entries()->count() == 2; }));
    core.diary()->add(QStringLiteral("民情"), QStringLiteral("居民希望增设路灯"));
    REQUIRE(waitUntil([&] { return core.diary()->entries()->count() == 3; }));
    CHECK(core.diary()->entries()->get(0, QStringLiteral("text")).toString() == QStringLiteral("居民希望增设路灯"));
}
