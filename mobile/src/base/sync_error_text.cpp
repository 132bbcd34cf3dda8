#include "base/sync_error_text.h"

#include <QRegularExpression>

namespace gridwork::mobile {

namespace {
// A server's own message is shown only when it is plain Chinese (validation texts are).
bool plainChinese(const QString& s) {
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    return !s.isEmpty() && !s.contains(latin);
}
}  // namespace

QString syncErrorText(const Status& status, SyncStep step) {
    if (status.isOk()) return {};
    const QString message = QString::fromStdString(status.message());
    switch (status.code()) {
    case ErrorCode::Unavailable:
        return step == SyncStep::Enroll ? QStringLiteral("连不上街道服务器，请检查网络和服务器地址后再试")
                                        : QStringLiteral("连不上街道服务器，已保存在手机上，有信号后自动上传");
    case ErrorCode::Unauthenticated:
        return step == SyncStep::Enroll ? QStringLiteral("登记码不对、已用过或已过期，请向街道办要一个新的登记码")
                                        : QStringLiteral("这部手机的登记已失效，请向街道办要一个新的登记码重新登记");
    case ErrorCode::WrongGrid: return QStringLiteral("这部手机没有这个网格的权限，请联系街道办");
    case ErrorCode::ClockAhead: return QStringLiteral("手机的时间不准，请把时间调准后再同步");
    case ErrorCode::TooLarge: return QStringLiteral("要上传的内容太大，请联系街道办");
    case ErrorCode::HashMismatch: return QStringLiteral("照片没有传完整，下次同步会重新上传");
    case ErrorCode::Storage: return QStringLiteral("手机上的数据读写出错，请重启应用；仍不行请联系街道办");
    case ErrorCode::InvalidArgument:
        if (step == SyncStep::Enroll && !plainChinese(message))
            return QStringLiteral("服务器地址或登记码填得不对，请核对后再试");
        break;
    default: break;
    }
    if (plainChinese(message)) return message;
    return step == SyncStep::Enroll ? QStringLiteral("登记没有成功，请稍后再试；仍不行请联系街道办")
                                    : QStringLiteral("同步没有成功，已保存在手机上，稍后会自动重试");
}

QString syncErrorText(const std::string& storedStatus) {
    if (storedStatus.empty()) return {};
    const auto colon = storedStatus.find(": ");
    ErrorCode code = ErrorCode::Internal;
    if (colon != std::string::npos) {
        const std::string_view name(storedStatus.data(), colon);
        for (int n = 1; n <= 64; ++n)
            if (errorCodeName(static_cast<ErrorCode>(n)) == name) code = static_cast<ErrorCode>(n);
    }
    const std::string message = colon == std::string::npos ? storedStatus : storedStatus.substr(colon + 2);
    return syncErrorText(Status(code, message), SyncStep::Sync);
}

}  // namespace gridwork::mobile
