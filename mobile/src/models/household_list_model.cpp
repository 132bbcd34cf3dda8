#include "models/household_list_model.h"

#include "base/qt_convert.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::mobile {

QVariant HouseholdListModel::data(const QModelIndex& index, int role) const {
    const auto* hit = rowAt(index);
    if (!hit) return {};
    const auto& h = hit->household;
    switch (role) {
    case Qt::DisplayRole:
    case AddressRole: return qs(h.address);
    case IdRole: return idString(h.id);
    case HeadNameRole: return qs(h.headName);
    case PhoneMaskedRole: return qs(domain::maskPhone(h.phone));
    case KindLabelRole: return qs(domain::enumLabelZh(h.kind));
    case StatusLabelRole: return qs(domain::enumLabelZh(h.status));
    case MovedOutRole: return h.status == domain::HouseholdStatus::MovedOut;
    case MatchedNameRole: return hit->resident ? qs(hit->resident->name) : QString();
    default: return {};
    }
}

QHash<int, QByteArray> HouseholdListModel::roleNames() const {
    return {{IdRole, "householdId"},          {AddressRole, "address"},        {HeadNameRole, "headName"},
            {PhoneMaskedRole, "phoneMasked"}, {KindLabelRole, "kindLabel"},    {StatusLabelRole, "statusLabel"},
            {MovedOutRole, "movedOut"},       {MatchedNameRole, "matchedName"}};
}

}  // namespace gridwork::mobile
