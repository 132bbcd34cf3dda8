// task_list_model.h — verification instructions (指令核查) with due dates.
// Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class TaskListModel : public RowListModel<domain::Task> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
    Q_PROPERTY(QString today READ today WRITE setToday NOTIFY todayChanged)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,
        DueDateRole,
        OverdueRole,
        DoneRole,
        ResultRole,
        HouseholdIdRole
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The local date "overdue" is judged against.
    QString today() const { return m_today; }
    void setToday(const QString& d);

signals:
    void todayChanged();

private:
    QString m_today;
};

}  // namespace gridwork::mobile
