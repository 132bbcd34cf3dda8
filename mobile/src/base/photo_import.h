// photo_import.h — takes a photo file the worker picked (or the camera wrote) into the app's own
// photo folder under its content hash, and records it as an attachment of a visit or report.
//
// Contract: runs on the DB worker thread. The file is copied to <store dir>/photos/<sha256>.<ext>
// (content-addressed: the same photo twice is one file; the hash is of the photo's own bytes),
// sealed with fileKey when one is given (the device's deviceFileKey(), sealed_file.h:
// the copy on the phone is encrypted, decrypted only in memory for display and upload), then
// AttachmentRepo::record() writes the record (pending upload) with local_path set. Errors: NotFound (no such file),
// Storage (copy failed), or the repository's validation error.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/base/sealed_file.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <QString>

#include <optional>

namespace gridwork::mobile {

struct ImportedPhoto {
    std::string sha256;
    std::string mime;
    std::int64_t size = 0;
    std::string localPath;
};

Result<ImportedPhoto> importPhotoFile(const QString& sourcePath, const QString& storePath,
                                      const SecretKey* fileKey = nullptr);
Result<domain::Attachment> attachPhoto(Store& store, const ImportedPhoto& photo, const Uuid& gridId,
                                       const std::string& ownerTable, const Uuid& ownerId);

// A record and its optional photo, saved as one transaction: the photo file (if photoPath is not
// empty) is imported first, then save(sha256 or "") writes the record and attachPhoto its
// attachment; either failure rolls both back, so no record ever loses its photo silently.
// Saved must have `id` and `gridId` members (domain::Visit, domain::Report).
template <typename Saved, typename SaveFn>
Result<Saved> saveWithPhoto(Store& store, const QString& photoPath, const QString& storePath,
                            const std::string& ownerTable, SaveFn save) {
    std::optional<ImportedPhoto> photo;
    if (!photoPath.isEmpty()) {
        auto fileKey = deviceFileKey(store.path());
        if (!fileKey) return fileKey.status();
        auto imported = importPhotoFile(photoPath, storePath, *fileKey ? &**fileKey : nullptr);
        if (!imported) return imported.status();
        photo = *imported;
    }
    std::optional<Saved> saved;
    Status s = store.transaction([&](WriteTxn&) -> Status {
        Result<Saved> r = save(photo ? photo->sha256 : std::string());
        if (!r) return r.status();
        if (photo) {
            auto a = attachPhoto(store, *photo, r->gridId, ownerTable, r->id);
            if (!a) return a.status();
        }
        saved = std::move(r).value();
        return Status::ok();
    });
    if (!s.isOk()) return s;
    return std::move(*saved);
}

}  // namespace gridwork::mobile
