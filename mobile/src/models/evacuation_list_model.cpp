#include "models/evacuation_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant EvacuationListModel::data(const QModelIndex& index, int role) const {
    const auto* h = rowAt(index);
    if (!h) return {};
    const auto& v = h->evacuation;
    switch (role) {
    case HouseholdIdRole: return idString(h->household.id);
    case Qt::DisplayRole:
    case AddressRole: return qs(h->household.address);
    case HeadNameRole: return qs(h->household.headName);
    case ListedRole: return h->household.evacRisk;
    case DoneRole: return v.has_value();
    case EvacuatedRole: return v ? v->evacuated : 0;
    case DestinationRole: return v ? qs(v->destination) : QString();
    case StayedRole: return v ? v->stayed : 0;
    case StayedReasonRole: return v ? qs(v->stayedReason) : QString();
    case SummaryRole: {
        if (!v) return tr("Not recorded yet");
        QString line = tr("%1 evacuated").arg(v->evacuated);
        if (!v->destination.empty()) line += QStringLiteral(" · ") + qs(v->destination);
        if (v->stayed > 0) line += QStringLiteral(" · ") + tr("%1 stayed (%2)").arg(v->stayed).arg(qs(v->stayedReason));
        return line;
    }
    default: return {};
    }
}

QHash<int, QByteArray> EvacuationListModel::roleNames() const {
    return {{HouseholdIdRole, "householdId"}, {AddressRole, "address"}, {HeadNameRole, "headName"},
            {ListedRole, "listed"},           {DoneRole, "done"},       {EvacuatedRole, "evacuated"},
            {DestinationRole, "destination"}, {StayedRole, "stayed"},   {StayedReasonRole, "stayedReason"},
            {SummaryRole, "summary"}};
}

}  // namespace gridwork::mobile
