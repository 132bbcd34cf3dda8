#include "controllers/draft_controller.h"

#include "base/log.h"

#include <QJSValue>
#include <QJsonDocument>
#include <QJsonObject>

namespace gridwork::mobile {

namespace {
bool isEmptyDraft(const QVariant& v) {
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap m = v.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            if (it.value().typeId() == QMetaType::QString ? !it.value().toString().trimmed().isEmpty()
                                                          : it.value().toBool())
                return false;
        return true;
    }
    return v.toString().trimmed().isEmpty();
}
}  // namespace

DraftController::DraftController(AppCore& core, QObject* parent) : ControllerBase(core, {}, parent) {}

void DraftController::refresh() {
    if (m_loaded) return;  // memory is the truth once loaded; every change is written through
    db().run<QString>(
        this, [](Store& store) { return QString::fromStdString(store.meta(kMetaDrafts).value_or("{}")); },
        [this](QString json) {
            if (m_loaded) return;
            m_drafts = QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
            m_loaded = true;
            if (!m_drafts.isEmpty()) qCInfo(lcDraft) << "drafts restored:" << m_drafts.keys();
            emit loadedChanged();
        });
}

void DraftController::keep(const QString& key, const QVariant& value) {
    QVariant v = value;
    if (v.canConvert<QJSValue>()) v = v.value<QJSValue>().toVariant();
    if (isEmptyDraft(v)) {
        discard(key);
        return;
    }
    if (m_drafts.value(key) == v) return;
    m_drafts.insert(key, v);
    persist();
}

void DraftController::discard(const QString& key) {
    if (m_drafts.remove(key) == 0) return;
    persist();
}

void DraftController::persist() {
    const std::string json =
        QJsonDocument(QJsonObject::fromVariantMap(m_drafts)).toJson(QJsonDocument::Compact).toStdString();
    db().run([json](Store& store) {
        Status s = store.setMeta(kMetaDrafts, json);
        if (!s.isOk()) qCWarning(lcDraft) << "draft not kept:" << s.toString().c_str();
    });
}

}  // namespace gridwork::mobile
