#include "controllers/camera_controller.h"

#include "base/log.h"

#include <QCameraDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QUuid>

namespace gridwork::mobile {

CameraController::CameraController(AppCore& core, QObject* parent) : ControllerBase(core, {}, parent) {
    auto* devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::videoInputsChanged, this, &CameraController::devicesChanged);
}

bool CameraController::hasCamera() const {
    return simulated() || !QMediaDevices::videoInputs().isEmpty();
}

QString CameraController::newPhotoPath() const {
    QDir dir = QFileInfo(core().options().dbPath).absoluteDir();
    dir.mkpath(QStringLiteral("captures"));
    return dir.filePath(QStringLiteral("captures/%1.jpg").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
}

QString CameraController::captureSimulated() {
    if (!m_frames) return {};
    const QImage frame = m_frames();
    const QString path = newPhotoPath();
    if (frame.isNull() || !frame.save(path, "JPEG", 92)) {
        qCWarning(lcMedia) << "simulated capture failed";
        return {};
    }
    qCInfo(lcMedia) << "photo taken (simulated):" << frame.size();
    return path;
}

void CameraController::setFrameSource(std::function<QImage()> frames) {
    m_frames = std::move(frames);
    emit devicesChanged();
}

}  // namespace gridwork::mobile
