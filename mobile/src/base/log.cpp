#include "base/log.h"

namespace gridwork::mobile {

Q_LOGGING_CATEGORY(lcApp, "gridwork.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "gridwork.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "gridwork.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPosition, "gridwork.position", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "gridwork.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDraft, "gridwork.draft", QtInfoMsg)

}  // namespace gridwork::mobile
