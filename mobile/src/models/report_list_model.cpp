#include "models/report_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

void ReportListModel::setRows(QVector<domain::Report> rows, QSet<QString> unsent) {
    m_unsent = std::move(unsent);
    RowListModel::setRows(std::move(rows));
}

QVariant ReportListModel::data(const QModelIndex& index, int role) const {
    const auto* r = rowAt(index);
    if (!r) return {};
    switch (role) {
    case IdRole: return idString(r->id);
    case CategoryRole: return qs(domain::enumName(r->category));
    case CategoryLabelRole: return qs(domain::enumLabelZh(r->category));
    case Qt::DisplayRole:
    case TextRole: return qs(r->text);
    case StatusRole:
        return m_unsent.contains(idString(r->id)) ? QStringLiteral("unsent") : qs(reportStatusName(r->status));
    case StatusLabelRole:
        return m_unsent.contains(idString(r->id)) ? QStringLiteral("待发送") : qs(reportStatusLabelZh(r->status));
    case ReportedAtRole: return timeText(r->reportedAt);
    case HandledOnSiteRole: return r->handledOnSite;
    case SeverityLabelRole: return qs(domain::enumLabelZh(r->severity));
    case ClosedRole: return r->status == ReportStatus::Closed;
    default: return {};
    }
}

QHash<int, QByteArray> ReportListModel::roleNames() const {
    return {{IdRole, "reportId"},
            {CategoryRole, "category"},
            {CategoryLabelRole, "categoryLabel"},
            {TextRole, "reportText"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {ReportedAtRole, "reportedAt"},
            {HandledOnSiteRole, "handledOnSite"},
            {SeverityLabelRole, "severityLabel"},
            {ClosedRole, "closed"}};
}

}  // namespace gridwork::mobile
