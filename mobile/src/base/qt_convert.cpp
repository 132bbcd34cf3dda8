#include "base/qt_convert.h"

#include <QDateTime>
#include <QTimeZone>

namespace gridwork::mobile {

namespace {
QDateTime chinaTime(std::int64_t unixMs) {
    return QDateTime::fromMSecsSinceEpoch(unixMs, QTimeZone(8 * 3600));
}
}  // namespace

QString errorText(const Status& status) {
    if (status.isOk()) return {};
    return qs(status.message());
}

QString timeText(std::int64_t unixMs) {
    if (unixMs <= 0) return {};
    const QDateTime t = chinaTime(unixMs);
    const QDateTime now = chinaTime(nowMs());
    if (t.date() == now.date()) return t.toString(QStringLiteral("HH:mm"));
    return t.toString(QStringLiteral("MM-dd HH:mm"));
}

QString dateTimeText(std::int64_t unixMs) {
    if (unixMs <= 0) return {};
    return chinaTime(unixMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

std::int64_t nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

}  // namespace gridwork::mobile
