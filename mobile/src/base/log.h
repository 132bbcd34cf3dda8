// log.h — the app's logging categories, so a problem in the field can be read from the log
// (Android logcat / the desktop's stderr) and narrowed with QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES="gridwork.sync.debug=true;gridwork.position.debug=true"
// Categories: gridwork.app (start, session, navigation), gridwork.db (DB worker: open, failed
// jobs), gridwork.sync (enrollment, rounds, transport failures, photo upload), gridwork.position
// (sources, fixes, loss of fix), gridwork.media (camera, voice notes, read-aloud), gridwork.draft
// (drafts kept and restored). Debug output is off by default; info and warnings are on.
// Messages never carry ID numbers, phone numbers or tokens.
#pragma once

#include <QLoggingCategory>

namespace gridwork::mobile {

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcPosition)
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcDraft)

}  // namespace gridwork::mobile
