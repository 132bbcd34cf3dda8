#include "controllers/controller_base.h"

namespace gridwork::mobile {

ControllerBase::ControllerBase(AppCore& core, QStringList areas, QObject* parent)
    : QObject(parent), m_core(core), m_areas(std::move(areas)) {
    connect(&m_core, &AppCore::sessionChanged, this, [this] { refresh(); });
    connect(&m_core.db(), &DbWorker::storeChanged, this, [this](const QString& area) {
        if (m_areas.contains(area) || area == QLatin1String("*")) refresh();
    });
}

void ControllerBase::setLastError(const QString& e) {
    if (e == m_lastError) return;
    m_lastError = e;
    emit lastErrorChanged();
}

}  // namespace gridwork::mobile
