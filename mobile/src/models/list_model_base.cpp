#include "models/list_model_base.h"

namespace gridwork::mobile {

QVariant ListModelBase::get(int row, const QString& roleName) const {
    const auto names = roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (QString::fromUtf8(it.value()) == roleName) return data(index(row, 0), it.key());
    return {};
}

}  // namespace gridwork::mobile
