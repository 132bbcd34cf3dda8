#include "base/photo_shrink.h"

#include <QBuffer>
#include <QObject>

#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <atomic>

namespace gridwork::mobile {

namespace {
std::uint16_t read16(const QByteArray& b, qsizetype at, bool little) {
    const auto u = [&](qsizetype i) { return static_cast<std::uint16_t>(static_cast<unsigned char>(b[i])); };
    return little ? static_cast<std::uint16_t>(u(at) | u(at + 1) << 8)
                  : static_cast<std::uint16_t>(u(at) << 8 | u(at + 1));
}
std::uint32_t read32(const QByteArray& b, qsizetype at, bool little) {
    const std::uint32_t hi = read16(b, at, little), lo = read16(b, at + 2, little);
    return little ? (lo << 16 | hi) : (hi << 16 | lo);
}

// Sets the orientation tag (0x0112) of IFD0 to 1 (upright) in an APP1 Exif segment.
void resetOrientation(QByteArray& app1) {
    const qsizetype tiff = 10;  // FF E1 len(2) "Exif\0\0"
    if (app1.size() < tiff + 8) return;
    const bool little = app1.mid(tiff, 2) == "II";
    const std::uint32_t ifd = read32(app1, tiff + 4, little);
    const qsizetype dir = tiff + static_cast<qsizetype>(ifd);
    if (dir + 2 > app1.size()) return;
    const int entries = read16(app1, dir, little);
    for (int i = 0; i < entries; ++i) {
        const qsizetype e = dir + 2 + 12 * i;
        if (e + 12 > app1.size()) return;
        if (read16(app1, e, little) != 0x0112) continue;
        const qsizetype v = e + 8;
        app1[v] = little ? 1 : 0;
        app1[v + 1] = little ? 0 : 1;
        return;
    }
}
}  // namespace

namespace {
std::atomic<bool> g_keepLocation{false};
}

void setKeepPhotoLocation(bool keep) {
    g_keepLocation = keep;
}
bool keepPhotoLocation() {
    return g_keepLocation;
}

QByteArray exifSegment(const QByteArray& jpeg) {
    if (jpeg.size() < 4 || static_cast<unsigned char>(jpeg[0]) != 0xFF || static_cast<unsigned char>(jpeg[1]) != 0xD8)
        return {};
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && static_cast<unsigned char>(jpeg[at]) == 0xFF) {
        const auto marker = static_cast<unsigned char>(jpeg[at + 1]);
        if (marker == 0xDA || marker == 0xD9) break;  // image data: no more headers
        const qsizetype len = read16(jpeg, at + 2, false);
        if (marker == 0xE1 && jpeg.mid(at + 4, 6) == QByteArray("Exif\0\0", 6)) return jpeg.mid(at, 2 + len);
        at += 2 + len;
    }
    return {};
}

Result<QByteArray> shrinkPhoto(const QString& path, const ShrinkOptions& options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, QObject::tr("Photo file cannot be read: %1").arg(path).toStdString());
    const QByteArray original = file.readAll();
    QBuffer in;
    in.setData(original);
    QImageReader reader(&in);
    reader.setAutoTransform(true);  // the camera's EXIF orientation, applied to the pixels
    QImage image = reader.read();
    if (image.isNull())
        return Status(ErrorCode::InvalidArgument, QObject::tr("This file is not a photo").toStdString());
    if (std::max(image.width(), image.height()) > options.maxSide)
        image = image.scaled(options.maxSide, options.maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) image = image.convertToFormat(QImage::Format_RGB32);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(options.quality);
    if (!writer.write(image)) return Status(ErrorCode::Storage, QObject::tr("Photo could not be saved").toStdString());
    if (options.keepLocation) {
        QByteArray exif = exifSegment(original);
        if (!exif.isEmpty()) {
            resetOrientation(exif);
            out.insert(2, exif);  // right after SOI
        }
    }
    return out;
}

}  // namespace gridwork::mobile
