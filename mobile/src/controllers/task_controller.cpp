#include "controllers/task_controller.h"

#include "base/qt_convert.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/task_repo.h"

namespace gridwork::mobile {

TaskController::TaskController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("tasks")}, parent) {}

void TaskController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    const std::string today = domain::localDateFromMs(nowMs());
    struct Lists {
        QVector<domain::Task> open;
        int overdue = 0;
        int due = 0;
    };
    db().run<Lists>(
        this,
        [s, today](Store& store) {
            domain::TaskRepo repo(store);
            Lists l;
            for (auto& t : repo.openForWorker(s.workerId, s.grids())) l.open.push_back(std::move(t));
            std::sort(l.open.begin(), l.open.end(), [](const domain::Task& a, const domain::Task& b) {
                if (a.dueDate.empty() != b.dueDate.empty()) return b.dueDate.empty();
                return a.dueDate < b.dueDate;
            });
            for (const auto& t : l.open) {
                l.overdue += (!t.dueDate.empty() && t.dueDate < today) ? 1 : 0;
                l.due += (!t.dueDate.empty() && t.dueDate <= today) ? 1 : 0;
            }
            return l;
        },
        [this, today](Lists l) {
            m_open.setToday(qs(today));
            m_open.setRows(std::move(l.open));
            m_overdue = l.overdue;
            m_due = l.due;
            emit countsChanged();
        });
}

void TaskController::complete(const QString& taskId, const QString& result) {
    const Uuid id = idFrom(taskId);
    const std::string text = ss(result.trimmed());
    if (text.empty()) {
        setLastError(tr("Please write what you found"));
        return;
    }
    setLastError({});
    db().run<QString>(
        this,
        [this, id, text](Store& store) {
            Status st = domain::TaskRepo(store).complete(id, text);
            if (st.isOk()) db().notifyChanged(QStringLiteral("tasks"));
            return errorText(st);
        },
        [this, taskId](QString error) {
            if (error.isEmpty())
                emit completed(taskId);
            else
                setLastError(error);
        });
}

}  // namespace gridwork::mobile
