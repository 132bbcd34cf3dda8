#include "base/photo_import.h"

#include "base/photo_shrink.h"
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/attachment_repo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace gridwork::mobile {

Result<ImportedPhoto> importPhotoFile(const QString& sourcePath, const QString& storePath) {
    QString path = sourcePath.startsWith(QLatin1String("file:")) ? QUrl(sourcePath).toLocalFile() : sourcePath;
    // Shrunk on the phone (≤ 1600 px, JPEG 80), EXIF location stripped unless the worker keeps it.
    ShrinkOptions shrink;
    shrink.keepLocation = keepPhotoLocation();
    auto shrunk = shrinkPhoto(path, shrink);
    if (!shrunk) return shrunk.status();
    const QByteArray bytes = *shrunk;
    ImportedPhoto p;
    p.sha256 = sha256Hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    p.size = bytes.size();
    const QString ext = QStringLiteral("jpg");
    p.mime = "image/jpeg";
    QDir dir = QFileInfo(storePath).absoluteDir();
    dir.mkpath(QStringLiteral("photos"));
    const QString target =
        dir.filePath(QStringLiteral("photos/%1.%2")
                         .arg(QString::fromStdString(p.sha256), ext.isEmpty() ? QStringLiteral("jpg") : ext));
    if (!QFile::exists(target)) {
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
            return Status(ErrorCode::Storage, QObject::tr("Photo could not be saved").toStdString());
    }
    p.localPath = target.toStdString();
    return p;
}

Result<domain::Attachment> attachPhoto(Store& store, const ImportedPhoto& photo, const Uuid& gridId,
                                       const std::string& ownerTable, const Uuid& ownerId) {
    domain::Attachment a;
    a.gridId = gridId;
    a.sha256 = photo.sha256;
    a.mime = photo.mime;
    a.size = photo.size;
    a.ownerTable = ownerTable;
    a.ownerId = ownerId;
    a.localPath = photo.localPath;
    return domain::AttachmentRepo(store).record(a);
}

}  // namespace gridwork::mobile
