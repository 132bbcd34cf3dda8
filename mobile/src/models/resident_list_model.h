// resident_list_model.h — the residents of one household. ID numbers and phones are shown
// masked (maskIdNumber/maskPhone); special-population tags are shown only as "重点关注" so a
// look over the worker's shoulder reveals nothing sensitive (DESIGN §1).
// Thread-safety: GUI thread only.
#pragma once

#include "gridwork/core/domain/records.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class ResidentListModel : public RowListModel<domain::Resident> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        IdMaskedRole,
        PhoneMaskedRole,
        BirthYearRole,
        GenderLabelRole,
        RelationRole,
        TagsLabelRole,
        StatusLabelRole,
        GoneRole,
        PhoneRole,
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
