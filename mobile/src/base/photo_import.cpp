#include "base/photo_import.h"

#include "gridwork/core/base/sealed_file.h"
#include "gridwork/core/base/sha256.h"
#include "gridwork/core/domain/attachment_repo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace gridwork::mobile {

Result<ImportedPhoto> importPhotoFile(const QString& sourcePath, const QString& storePath, const SecretKey* fileKey) {
    QString path = sourcePath.startsWith(QLatin1String("file:")) ? QUrl(sourcePath).toLocalFile() : sourcePath;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, QObject::tr("Photo file cannot be read: %1").arg(path).toStdString());
    const QByteArray bytes = in.readAll();
    ImportedPhoto p;
    p.sha256 = sha256Hex(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    p.size = bytes.size();
    const QString ext = QFileInfo(path).suffix().toLower();
    p.mime = ext == QLatin1String("png") ? "image/png" : ext == QLatin1String("webp") ? "image/webp" : "image/jpeg";
    QDir dir = QFileInfo(storePath).absoluteDir();
    dir.mkpath(QStringLiteral("photos"));
    const QString target =
        dir.filePath(QStringLiteral("photos/%1.%2")
                         .arg(QString::fromStdString(p.sha256), ext.isEmpty() ? QStringLiteral("jpg") : ext));
    if (!QFile::exists(target) && fileKey) {
        std::string_view plain(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        if (!sealFile(target.toStdString(), plain, *fileKey).isOk())
            return Status(ErrorCode::Storage, QObject::tr("Photo could not be saved").toStdString());
    } else if (!QFile::exists(target)) {
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
