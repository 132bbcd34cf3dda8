// The full loop through the app against a real township server process on loopback:
// enroll with a one-time code → first sync brings the grid → a report filed on the phone →
// synced → the command centre accepts, dispatches and feeds back with the server CLI → the
// phone's next sync shows the status history. Built only when gridwork-server is.
#include "controllers/app_controller.h"
#include "controllers/app_core.h"
#include "controllers/report_controller.h"
#include "controllers/sync_controller.h"
#include "temp_dir.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <doctest/doctest.h>

#include <functional>

using namespace gridwork;
using namespace gridwork::mobile;

namespace {
const QString kServer = QStringLiteral(GRIDWORK_SERVER_BINARY);

QByteArray runServerCli(const QStringList& args) {
    QProcess p;
    p.start(kServer, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

bool waitFor(const std::function<bool()>& cond, int ms) {
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > ms) return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

int freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
}  // namespace

TEST_CASE("app ↔ township server: enroll, sync, report, the centre's feedback comes back") {
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "mobile_server_loop";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
    }
    testing::TempDir dir;
    const QString data = QString::fromStdString(dir.file("server"));
    runServerCli({"init", "--data", data, "--demo", "--households", "150"});
    const auto workers = QJsonDocument::fromJson(runServerCli({"worker", "list", "--data", data, "--json"}))
                             .object()[QStringLiteral("workers")]
                             .toArray();
    REQUIRE(!workers.isEmpty());
    const QString workerId = workers.first().toObject()[QStringLiteral("id")].toString();
    const QString code =
        QJsonDocument::fromJson(runServerCli({"worker", "code", "--data", data, "--worker", workerId, "--json"}))
            .object()[QStringLiteral("code")]
            .toString();
    REQUIRE(!code.isEmpty());

    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
    AppOptions o;
    o.dbPath = QString::fromStdString(dir.file("phone.db"));
    o.serverUrl = url;
    o.code = code;
    QProcess server;
    {
        AppCore core(o);
        core.start();
        // The app is up before the server (as with ./gridwork start): its first enrollment
        // attempts get no answer and are retried.
        waitFor([] { return false; }, 1500);
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(kServer, {"serve", "--data", data, "--listen", url});
        REQUIRE(server.waitForStarted());
        REQUIRE(
            waitFor([&] { return core.app()->enrolled() && core.sync()->state() == QLatin1String("synced"); }, 60000));
        CHECK(core.sync()->enrolledWithServer());
        // The session reloads after the pulled grid landed: its name shows up.
        CHECK(waitFor([&] { return !core.app()->gridName().isEmpty(); }, 10000));

        QSignalSpy filed(core.reports(), &ReportController::reportFiled);
        core.reports()->file(QStringLiteral("fire"), QStringLiteral("测试：学堂弄消防通道被电动车堵塞"), false);
        REQUIRE(waitFor([&] { return filed.count() == 1; }, 10000));
        const QString reportId = filed.at(0).at(0).toString();
        // Sent in the background (a few seconds after the write): the server gets it.
        auto serverHas = [&] {
            QProcess p;
            p.start(kServer, {"report", "show", "--data", data, "--report", reportId});
            return p.waitForFinished(30000) && p.exitCode() == 0;
        };
        QElapsedTimer poll;
        poll.start();
        REQUIRE(waitFor(
            [&] {
                if (poll.elapsed() < 1000) return false;
                poll.restart();
                return serverHas();
            },
            30000));
        REQUIRE(waitFor([&] { return core.sync()->state() == QLatin1String("synced") && core.sync()->pending() == 0; },
                        30000));

        runServerCli({"report", "accept", "--data", data, "--report", reportId, "--actor", "指挥室 王主任"});
        runServerCli({"report", "dispatch", "--data", data, "--report", reportId, "--department", "街道消防站"});
        runServerCli({"report", "feedback", "--data", data, "--report", reportId, "--result", "已清理通道", "--note",
                      "已告知报告居民"});

        core.reports()->select(reportId);
        QElapsedTimer kick;
        kick.start();
        REQUIRE(waitFor(
            [&] {
                if (kick.elapsed() > 1500) {
                    core.sync()->syncNow();
                    kick.restart();
                }
                return core.reports()->timeline()->count() >= 4;
            },
            60000));
        QStringList kinds;
        for (int i = 0; i < core.reports()->timeline()->count(); ++i)
            kinds << core.reports()->timeline()->get(i, QStringLiteral("kind")).toString();
        CHECK(kinds.contains(QStringLiteral("accept")));
        CHECK(kinds.contains(QStringLiteral("dispatch")));
        CHECK(kinds.contains(QStringLiteral("feedback")));
        CHECK(core.reports()->selectedStatusLabel() != QStringLiteral("已上报"));
    }
    server.terminate();
    CHECK(server.waitForFinished(20000));
}
