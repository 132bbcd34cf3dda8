#include "models/due_visit_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant DueVisitListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case ScheduleIdRole: return idString(r->schedule.id);
    case HouseholdIdRole: return idString(r->household.id);
    case Qt::DisplayRole:
    case AddressRole: return qs(r->household.address);
    case PersonRole: return r->resident ? qs(r->resident->name) : qs(r->household.headName);
    case ReasonRole: return qs(r->schedule.reason);
    case DueDateRole: return qs(r->dueDate);
    case DaysOverdueRole: return QVariant::fromValue<qint64>(r->daysOverdue);
    case OverdueRole: return r->daysOverdue > 0;
    case LastVisitRole: return qs(r->lastVisitDate);
    default: return {};
    }
}

QHash<int, QByteArray> DueVisitListModel::roleNames() const {
    return {{ScheduleIdRole, "scheduleId"},   {HouseholdIdRole, "householdId"}, {AddressRole, "address"},
            {PersonRole, "person"},           {ReasonRole, "reason"},           {DueDateRole, "dueDate"},
            {DaysOverdueRole, "daysOverdue"}, {OverdueRole, "overdue"},         {LastVisitRole, "lastVisit"}};
}

}  // namespace gridwork::mobile
