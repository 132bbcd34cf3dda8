#include "controllers/diary_controller.h"

#include "base/qt_convert.h"
#include "gridwork/core/domain/diary_repo.h"

namespace gridwork::mobile {

DiaryController::DiaryController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("diary")}, parent) {}

QStringList DiaryController::topics() {
    return {tr("Public opinion"), tr("Neighbourhood"), tr("Safety"), tr("Environment"), tr("Other")};
}

void DiaryController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    db().run<QVector<domain::DiaryEntry>>(
        this,
        [s](Store& store) {
            QVector<domain::DiaryEntry> out;
            for (auto& e : domain::DiaryRepo(store).ofWorker(s.workerId)) out.push_back(std::move(e));
            return out;
        },
        [this](QVector<domain::DiaryEntry> rows) { m_entries.setRows(std::move(rows)); });
}

void DiaryController::add(const QString& topic, const QString& text) {
    const Session s = session();
    domain::DiaryEntry e;
    e.gridId = s.gridId;
    e.workerId = s.workerId;
    e.topic = ss(topic.trimmed());
    e.text = ss(text.trimmed());
    setLastError({});
    struct Outcome {
        QString id, error;
    };
    db().run<Outcome>(
        this,
        [this, e](Store& store) {
            auto r = domain::DiaryRepo(store).add(e);
            if (!r) return Outcome{{}, errorText(r.status())};
            db().notifyChanged(QStringLiteral("diary"));
            return Outcome{idString(r->id), {}};
        },
        [this](Outcome o) {
            if (o.error.isEmpty())
                emit added(o.id);
            else
                setLastError(o.error);
        });
}

}  // namespace gridwork::mobile
