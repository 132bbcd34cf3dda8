#include "models/report_event_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

QVariant ReportEventListModel::data(const QModelIndex& index, int role) const {
    const auto* e = rowAt(index);
    if (!e) return {};
    switch (role) {
    case KindRole: return qs(e->kind);
    case Qt::DisplayRole:
    case KindLabelRole: {
        auto k = e->parsedKind();
        return k ? qs(reportEventKindLabelZh(*k)) : qs(e->kind);
    }
    case ActorRole: return qs(e->actorName);
    case DepartmentRole: return qs(e->department);
    case NoteRole: return qs(e->note);
    case AtRole: return dateTimeText(e->at);
    case SupersededRole: return e->superseded;
    default: return {};
    }
}

QHash<int, QByteArray> ReportEventListModel::roleNames() const {
    return {{KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {ActorRole, "actor"},
            {DepartmentRole, "department"},
            {NoteRole, "note"},
            {AtRole, "at"},
            {SupersededRole, "superseded"}};
}

}  // namespace gridwork::mobile
