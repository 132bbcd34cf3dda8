// photo_import.h — takes a photo file the worker picked (or the camera wrote) into the app's own
// photo folder under its content hash, and records it as an attachment of a visit or report.
//
// Contract: runs on the DB worker thread. The file is copied to <store dir>/photos/<sha256>.<ext>
// (content-addressed: the same photo twice is one file), then AttachmentRepo::record() writes the
// record (pending upload) with local_path set. Errors: NotFound (no such file), Storage (copy
// failed), or the repository's validation error.
#pragma once

#include "gridwork/core/domain/records.h"
#include "gridwork/core/error.h"
#include "gridwork/core/store.h"

#include <QString>

namespace gridwork::mobile {

struct ImportedPhoto {
    std::string sha256;
    std::string mime;
    std::int64_t size = 0;
    std::string localPath;
};

Result<ImportedPhoto> importPhotoFile(const QString& sourcePath, const QString& storePath);
Result<domain::Attachment> attachPhoto(Store& store, const ImportedPhoto& photo, const Uuid& gridId,
                                       const std::string& ownerTable, const Uuid& ownerId);

}  // namespace gridwork::mobile
