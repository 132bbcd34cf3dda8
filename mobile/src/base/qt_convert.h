// qt_convert.h — small conversions between core values and Qt types for the app layer.
//
// Contract: pure functions; thread-safe. Ids travel through QML as canonical UUID strings;
// an empty or malformed string is the nil id. Times are Unix ms, shown in China local time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/uuid.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace gridwork::mobile {

inline QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
inline std::string ss(const QString& s) {
    return s.toStdString();
}
inline QString idString(const Uuid& id) {
    return id.isNil() ? QString() : qs(id.toString());
}
inline Uuid idFrom(const QString& s) {
    auto id = Uuid::parse(ss(s));
    return id ? *id : Uuid::nil();
}
// "" for OK, else the message a worker can read (the Chinese text from validation.h).
QString errorText(const Status& status);
// "14:05" today's time, "12-01 14:05" otherwise (China local time).
QString timeText(std::int64_t unixMs);
// "2026-12-01 14:05".
QString dateTimeText(std::int64_t unixMs);
// Current wall time in Unix ms.
std::int64_t nowMs();

}  // namespace gridwork::mobile
