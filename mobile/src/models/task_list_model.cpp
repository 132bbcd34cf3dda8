#include "models/task_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    const auto* t = rowAt(index);
    if (!t) return {};
    switch (role) {
    case IdRole: return idString(t->id);
    case Qt::DisplayRole:
    case TitleRole: return qs(t->title);
    case BodyRole: return qs(t->body);
    case DueDateRole: return qs(t->dueDate);
    case OverdueRole:
        return t->status == domain::TaskStatus::Open && !t->dueDate.empty() && !m_today.isEmpty() &&
               qs(t->dueDate) < m_today;
    case DoneRole: return t->status == domain::TaskStatus::Done;
    case ResultRole: return qs(t->result);
    case HouseholdIdRole: return idString(t->householdId);
    default: return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const {
    return {{IdRole, "taskId"},       {TitleRole, "title"}, {BodyRole, "body"},     {DueDateRole, "dueDate"},
            {OverdueRole, "overdue"}, {DoneRole, "done"},   {ResultRole, "result"}, {HouseholdIdRole, "householdId"}};
}

void TaskListModel::setToday(const QString& d) {
    if (d == m_today) return;
    m_today = d;
    emit todayChanged();
    if (count() > 0) emit dataChanged(index(0), index(count() - 1), {OverdueRole});
}

}  // namespace gridwork::mobile
