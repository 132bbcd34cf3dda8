#include "base/app_options.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

namespace gridwork::mobile {

AppOptions parseAppOptions(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("网格通 gridwork — the grid worker's phone app"));
    p.addHelpOption();
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Local store file."), QStringLiteral("FILE"));
    QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Township server URL."), QStringLiteral("URL"));
    QCommandLineOption code(QStringLiteral("code"), QStringLiteral("One-time enrollment code."),
                            QStringLiteral("CODE"));
    QCommandLineOption nmea(QStringLiteral("nmea"),
                            QStringLiteral("Simulated GPS from an NMEA file (\"demo\": the bundled demo route)."),
                            QStringLiteral("FILE"));
    QCommandLineOption shots(QStringLiteral("screenshots"),
                             QStringLiteral("Render every screen to PNG in DIR and exit."), QStringLiteral("DIR"));
    p.addOptions({db, server, code, nmea, shots});
    AppOptions o;
    if (!p.parse(arguments)) {
        o.error = p.errorText();
        return o;
    }
    if (p.isSet(QStringLiteral("help"))) {
        o.error = p.helpText();
        return o;
    }
    o.dbPath = p.value(db);
    o.serverUrl = p.value(server);
    o.code = p.value(code);
    o.nmeaPath = p.value(nmea);
    o.screenshotDir = p.value(shots);
    if (o.serverUrl.isEmpty() != o.code.isEmpty() && o.code.size() > 0)
        o.error = QStringLiteral("--code needs --server");
    return o;
}

QString defaultDbPath() {
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty()) dir = QDir::homePath() + QStringLiteral("/.gridwork");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/gridwork.db");
}

}  // namespace gridwork::mobile
