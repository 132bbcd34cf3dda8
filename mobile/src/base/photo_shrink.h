// photo_shrink.h — a photo made fit for a phone's storage and a village's mobile data before it
// is stored and uploaded: the camera's orientation applied, the long side at most 1600 px
// (never enlarged), JPEG quality 80, and no EXIF — so no GPS location leaves the phone inside
// the file — unless the worker chose to keep the location, in which case the original EXIF
// block travels along with its orientation reset (the pixels are already upright).
//
// Contract: pure function of the file's bytes; any thread. Errors: NotFound (unreadable),
// InvalidArgument (not an image), Storage (could not encode).
#pragma once

#include "gridwork/core/base/error.h"

#include <QByteArray>
#include <QString>

namespace gridwork::mobile {

struct ShrinkOptions {
    int maxSide = 1600;
    int quality = 80;
    bool keepLocation = false;
};

Result<QByteArray> shrinkPhoto(const QString& path, const ShrinkOptions& options = {});

// The worker's choice (我的 → 照片保留位置), read by every photo import; set from the GUI thread.
void setKeepPhotoLocation(bool keep);
bool keepPhotoLocation();

// The APP1 "Exif" segment of a JPEG (marker and length included), or empty.
QByteArray exifSegment(const QByteArray& jpeg);

}  // namespace gridwork::mobile
