#include "gridwork/core/domain/attachment_repo.h"

#include "domain/rows.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/store/schema.h"

namespace gridwork::domain {

namespace {
constexpr const char* kCols =
    "SELECT id, grid_id, sha256, mime, size, owner_table, owner_id, local_path, upload_state FROM attachments ";

Attachment readAttachment(db::Statement& q) {
    Attachment a;
    a.id = q.getUuid(0);
    a.gridId = q.getUuid(1);
    a.sha256 = q.getText(2);
    a.mime = q.getText(3);
    a.size = q.getInt(4);
    a.ownerTable = q.getText(5);
    a.ownerId = q.getUuid(6);
    a.localPath = q.getText(7);
    a.uploadState = rows::enumOr(q.getText(8), UploadState::Pending);
    return a;
}

bool isSha256Hex(std::string& s) {
    if (s.size() != 64) return false;
    for (char& c : s) {
        if (c >= 'A' && c <= 'F') c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}
}  // namespace

Result<Attachment> AttachmentRepo::record(Attachment a) {
    a.sha256 = trimText(a.sha256);
    if (!isSha256Hex(a.sha256)) return Status(ErrorCode::InvalidArgument, "附件：sha256 应为64位十六进制");
    a.mime = trimText(a.mime);
    GW_TRY(validateRequired(a.mime, "附件类型"));
    if (a.size < 0) return Status(ErrorCode::InvalidArgument, "附件大小：不能为负数");
    if (!a.ownerTable.empty()) {
        const TableSpec* owner = findTable(a.ownerTable);
        if (!owner) return Status(ErrorCode::InvalidArgument, "附件所属：未知的记录类型“" + a.ownerTable + "”");
        if (!a.ownerId.isNil()) {
            GW_ASSIGN_OR_RETURN(auto g, rows::liveGrid(m_store.database(), a.ownerTable, a.ownerId));
            if (g && a.gridId.isNil()) a.gridId = *g;
        }
    }
    for (auto& existing : ofOwner(a.ownerTable, a.ownerId))
        if (existing.sha256 == a.sha256) return existing;  // a retry: already recorded
    a.id = rows::orNew(a.id);
    a.uploadState = UploadState::Pending;
    Status s = m_store.transaction([&](WriteTxn& txn) {
        RowWrite w{std::string(tables::kAttachments), a.id, {}};
        w.set("grid_id", rows::id(a.gridId))
            .set("sha256", Value::text(a.sha256))
            .set("mime", Value::text(a.mime))
            .set("size", Value::integer(a.size))
            .set("owner_table", rows::text(a.ownerTable))
            .set("owner_id", rows::id(a.ownerId))
            .set("deleted", Value::boolean(false));
        GW_TRY(txn.write(rows::newRow(std::move(w))));
        // Device-local columns: no clock, no outbox.
        GW_TRY(txn.setDerived(tables::kAttachments, a.id, "local_path", rows::text(a.localPath)));
        return txn.setDerived(tables::kAttachments, a.id, "upload_state", rows::name(a.uploadState));
    });
    GW_TRY(s);
    return a;
}

Status AttachmentRepo::markUploaded(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kAttachments, id));
    if (!live) return rows::notFound("附件");
    return m_store.transaction([&](WriteTxn& txn) {
        return txn.setDerived(tables::kAttachments, id, "upload_state", rows::name(UploadState::Uploaded));
    });
}

Status AttachmentRepo::setLocalPath(const Uuid& id, const std::string& path) {
    GW_ASSIGN_OR_RETURN(const bool live, rows::isLive(m_store.database(), tables::kAttachments, id));
    if (!live) return rows::notFound("附件");
    return m_store.transaction(
        [&](WriteTxn& txn) { return txn.setDerived(tables::kAttachments, id, "local_path", rows::text(path)); });
}

Result<Attachment> AttachmentRepo::get(const Uuid& id) {
    GW_ASSIGN_OR_RETURN(auto a, rows::queryOne<Attachment>(
                                    m_store.database(), std::string(kCols) + "WHERE id=?1 AND deleted=0",
                                    [&](db::Statement& q) { q.bind(1, id); }, readAttachment));
    if (!a) return rows::notFound("附件");
    return *a;
}

std::vector<Attachment> AttachmentRepo::ofOwner(const std::string& ownerTable, const Uuid& ownerId) {
    return rows::orEmpty(rows::queryAll<Attachment>(
        m_store.database(), std::string(kCols) + "WHERE owner_table IS ?1 AND owner_id IS ?2 AND deleted=0 ORDER BY id",
        [&](db::Statement& q) {
            q.bind(1, rows::text(ownerTable));
            q.bind(2, rows::id(ownerId));
        },
        readAttachment));
}

std::vector<Attachment> AttachmentRepo::bySha256(const std::string& sha256) {
    return rows::orEmpty(rows::queryAll<Attachment>(
        m_store.database(), std::string(kCols) + "WHERE sha256=?1 AND deleted=0 ORDER BY id",
        [&](db::Statement& q) { q.bind(1, sha256); }, readAttachment));
}

std::vector<Attachment> AttachmentRepo::pendingUploads(std::size_t limit) {
    return rows::orEmpty(rows::queryAll<Attachment>(
        m_store.database(),
        std::string(kCols) + "WHERE deleted=0 AND upload_state IS NOT 'uploaded' AND local_path IS NOT NULL "
                             "ORDER BY id LIMIT ?1",
        [&](db::Statement& q) { q.bind(1, static_cast<std::int64_t>(limit)); }, readAttachment));
}

}  // namespace gridwork::domain
