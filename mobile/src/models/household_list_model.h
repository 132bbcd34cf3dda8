// household_list_model.h — households (a micro-grid's list or search hits) for the Visit and
// Ledger screens. Rows are ledger search hits: the household and, when a person's name matched,
// that resident. Phones are masked for display (validation.h maskPhone).
// Thread-safety: GUI thread only; rows are set from DbWorker results.
#pragma once

#include "gridwork/core/domain/ledger_repo.h"
#include "models/list_model_base.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class HouseholdListModel : public RowListModel<domain::LedgerHit> {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a controller")
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        AddressRole,
        HeadNameRole,
        PhoneMaskedRole,
        KindLabelRole,
        StatusLabelRole,
        MovedOutRole,
        MatchedNameRole,
    };
    Q_ENUM(Role)
    using RowListModel::RowListModel;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

}  // namespace gridwork::mobile
