// task_controller.h — the `Tasks` singleton: verification instructions (指令核查) addressed to
// the worker or his grid, with due dates; complete one with a result (TaskRepo::complete).
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/task_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class TaskController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Tasks)
    QML_SINGLETON
    Q_PROPERTY(TaskListModel* open READ open CONSTANT)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countsChanged)
    // Open tasks due today or overdue (the elder home's 今天要办 tile).
    Q_PROPERTY(int dueCount READ dueCount NOTIFY countsChanged)
public:
    TaskController(AppCore& core, QObject* parent = nullptr);
    static TaskController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->tasks(), qml);
    }

    TaskListModel* open() { return &m_open; }
    int overdueCount() const { return m_overdue; }
    int dueCount() const { return m_due; }
    Q_INVOKABLE void complete(const QString& taskId, const QString& result);
    void refresh() override;

signals:
    void countsChanged();
    void completed(const QString& taskId);

private:
    TaskListModel m_open;
    int m_overdue = 0;
    int m_due = 0;
};

}  // namespace gridwork::mobile
