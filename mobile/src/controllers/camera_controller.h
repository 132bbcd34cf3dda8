// camera_controller.h — the `PhotoCamera` singleton: whether this phone can take a photo, where
// a photo goes, and the seam through which tests (and a desktop without a camera) hand in frames.
//
// The camera itself is Qt Multimedia's CaptureSession / Camera / ImageCapture in QML
// (CameraPopup.qml: the Android path, the same on a desktop with a webcam). Without a camera the
// app falls back to choosing a picture file (FileDialog, in Chinese). With a frame source set
// (setFrameSource), `simulated` is true and capture() writes the source's next frame instead.
// Photos are written to <store dir>/captures/; the report or visit then imports (shrinks,
// strips, hashes) them like any chosen file.
// Contract: GUI thread.
#pragma once

#include "controllers/controller_base.h"

#include <QImage>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace gridwork::mobile {

class CameraController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(PhotoCamera)
    QML_SINGLETON
    Q_PROPERTY(bool hasCamera READ hasCamera NOTIFY devicesChanged)
    Q_PROPERTY(bool simulated READ simulated NOTIFY devicesChanged)
public:
    CameraController(AppCore& core, QObject* parent = nullptr);
    static CameraController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->camera(), qml);
    }

    bool hasCamera() const;
    bool simulated() const { return static_cast<bool>(m_frames); }
    // A fresh file path for the next photo (ImageCapture.captureToFile).
    Q_INVOKABLE QString newPhotoPath() const;
    // Simulated camera: writes the frame source's next frame to a new path and returns it ("" on failure).
    Q_INVOKABLE QString captureSimulated();
    // The seam: frames from a test or a tool instead of a camera (empty function: none).
    void setFrameSource(std::function<QImage()> frames);

    void refresh() override {}

signals:
    void devicesChanged();

private:
    std::function<QImage()> m_frames;
};

}  // namespace gridwork::mobile
