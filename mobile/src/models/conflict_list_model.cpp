#include "models/conflict_list_model.h"

#include "base/qt_convert.h"

namespace gridwork::mobile {

namespace {
QString valueText(const Value& v) {
    switch (v.kind()) {
    case Value::Kind::Null: return ConflictListModel::tr("(empty)");
    case Value::Kind::Text: return qs(v.asText());
    case Value::Kind::Integer: return QString::number(v.asInt());
    case Value::Kind::Real: return QString::number(v.asReal());
    case Value::Kind::Blob: return qs(v.toJson());
    }
    return {};
}
}  // namespace

QString ConflictListModel::tableLabel(const QString& table) {
    static const QHash<QString, const char*> kLabels{
        {QStringLiteral("households"), QT_TR_NOOP("Household")}, {QStringLiteral("residents"), QT_TR_NOOP("Resident")},
        {QStringLiteral("tasks"), QT_TR_NOOP("Task")},           {QStringLiteral("reports"), QT_TR_NOOP("Report")},
        {QStringLiteral("patrols"), QT_TR_NOOP("Patrol")},       {QStringLiteral("followups"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visit")},         {QStringLiteral("diary"), QT_TR_NOOP("Diary")},
        {QStringLiteral("track_points"), QT_TR_NOOP("Track point")},
        {QStringLiteral("report_events"), QT_TR_NOOP("Report event")},
        {QStringLiteral("attachments"), QT_TR_NOOP("Photo")},
    };
    auto it = kLabels.find(table);
    return it == kLabels.end() ? table : tr(it.value());
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    const auto* c = rowAt(index);
    if (!c) return {};
    switch (role) {
    case Qt::DisplayRole:
    case TableLabelRole: return tableLabel(qs(c->table));
    case ColumnRole: return qs(c->column);
    case YourValueRole: return valueText(c->loserValue);
    case TheirValueRole: return valueText(c->winnerValue);
    case WhenRole: return dateTimeText(static_cast<std::int64_t>(hlcMs(c->winner.hlc)));
    default: return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{TableLabelRole, "tableLabel"}, {ColumnRole, "column"}, {YourValueRole, "yourValue"},
            {TheirValueRole, "theirValue"}, {WhenRole, "when"}};
}

}  // namespace gridwork::mobile
