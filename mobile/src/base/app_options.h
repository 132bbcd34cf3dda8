// app_options.h — the command line of gridwork-app:
//   gridwork-app [--db FILE] [--server URL --code CODE] [--nmea FILE] [--screenshots DIR]
// Contract: parseAppOptions() never exits; it returns an error text for bad usage.
#pragma once

#include <QString>
#include <QStringList>

namespace gridwork::mobile {

struct AppOptions {
    QString dbPath;     // default: <AppDataLocation>/gridwork.db
    QString serverUrl;  // with code: enroll on first start, then sync in the background
    QString code;
    QString nmeaPath;       // simulated GPS for the desktop
    QString screenshotDir;  // render every screen to PNG and exit
    QString error;          // non-empty: usage error
};

AppOptions parseAppOptions(const QStringList& arguments);
QString defaultDbPath();

}  // namespace gridwork::mobile
