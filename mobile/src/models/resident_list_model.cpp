#include "models/resident_list_model.h"

#include "base/qt_convert.h"
#include "gridwork/core/domain/validation.h"

#include <QStringList>

namespace gridwork::mobile {

QVariant ResidentListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return qs(r->name);
    case IdRole: return idString(r->id);
    case IdMaskedRole: return qs(domain::maskIdNumber(r->idNumber));
    case PhoneMaskedRole: return qs(domain::maskPhone(r->phone));
    case PhoneRole: return qs(r->phone);
    case BirthYearRole: return r->birthYear ? QVariant(*r->birthYear) : QVariant();
    case GenderLabelRole: return r->gender ? qs(domain::enumLabelZh(*r->gender)) : QString();
    case RelationRole: return qs(r->relation);
    case TagsLabelRole: {
        QStringList labels;
        bool special = false;
        for (auto t : r->tags) {
            if (domain::isSpecialPopulation(t))
                special = true;
            else
                labels << qs(domain::enumLabelZh(t));
        }
        if (special) labels << tr("Needs attention");
        return labels.join(QStringLiteral(" · "));
    }
    case StatusLabelRole: return qs(domain::enumLabelZh(r->status));
    case GoneRole: return r->status != domain::ResidentStatus::Present;
    default: return {};
    }
}

QHash<int, QByteArray> ResidentListModel::roleNames() const {
    return {{IdRole, "residentId"},
            {NameRole, "name"},
            {IdMaskedRole, "idMasked"},
            {PhoneMaskedRole, "phoneMasked"},
            {BirthYearRole, "birthYear"},
            {GenderLabelRole, "genderLabel"},
            {RelationRole, "relation"},
            {TagsLabelRole, "tagsLabel"},
            {StatusLabelRole, "statusLabel"},
            {GoneRole, "gone"},
            {PhoneRole, "phone"}};
}

}  // namespace gridwork::mobile
