// sync_error_text.h — what a grid worker reads when an enrollment, a sync round or a photo upload
// fails: plain Chinese that says what happened and what to do, never a transport's English
// ("no answer from …: Failed to connect to any resolved endpoint"). The technical message goes to
// the log (gridwork.sync), not to the screen.
// Contract: pure functions; any thread.
#pragma once

#include "gridwork/core/base/error.h"

#include <QString>

namespace gridwork::mobile {

enum class SyncStep { Enroll, Sync };

QString syncErrorText(const Status& status, SyncStep step);
// The same for the engine's stored last error ("Unavailable: no answer from ...").
QString syncErrorText(const std::string& storedStatus);

}  // namespace gridwork::mobile
