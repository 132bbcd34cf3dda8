#include "gridwork/http/attachment_sync.h"

#include "gridwork/core/base/sealed_file.h"
#include "gridwork/core/domain/attachment_repo.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/core/wire/codec.h"

namespace gridwork::http {

namespace pb = wire::pb;

AttachmentSync::AttachmentSync(Store& store, Transport& transport, AttachmentSyncOptions options)
    : m_store(store), m_transport(transport), m_options(std::move(options)) {
    if (m_options.chunkBytes == 0) m_options.chunkBytes = 256 * 1024;
}

Result<TransportReply> AttachmentSync::call(Endpoint e, const std::string& body) {
    std::string token = SyncEngine::deviceToken(m_store);
    if (token.empty()) return Status(ErrorCode::Unauthenticated, "this device is not enrolled");
    GW_ASSIGN_OR_RETURN(TransportReply reply, m_transport.post(e, body, token));
    if (reply.httpStatus != 200) return wire::decodeError(reply.httpStatus, reply.body);
    return reply;
}

Result<AttachmentSyncReport> AttachmentSync::uploadPending() {
    AttachmentSyncReport report;
    domain::AttachmentRepo repo(m_store);
    GW_ASSIGN_OR_RETURN(std::optional<SecretKey> fileKey, deviceFileKey(m_store.path()));
    for (const auto& a : repo.pendingUploads(1000)) {
        // Sealed on the phone (sealed_file.h): decrypted here, in memory only, for the upload.
        auto file = readMaybeSealedFile(a.localPath, fileKey ? &*fileKey : nullptr);
        if (!file) {
            ++report.missingFiles;
            continue;
        }
        const std::string& bytes = *file;
        const std::uint64_t total = bytes.size();

        pb::AttachmentStatusRequest ask;
        ask.set_sha256(a.sha256);
        GW_ASSIGN_OR_RETURN(TransportReply r, call(Endpoint::AttachmentStatus, ask.SerializeAsString()));
        GW_ASSIGN_OR_RETURN(pb::AttachmentStatusResponse st, wire::parseMessage<pb::AttachmentStatusResponse>(r.body));
        std::uint64_t held = st.complete() ? total : st.bytes_held();
        if (!st.complete() && held > 0) {
            ++report.resumed;
            report.resumedFromBytes += held;
        }
        bool complete = st.complete();
        bool mismatch = false;
        while (!complete) {
            if (held > total) held = 0;  // the server holds more than the file has: start over
            std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(m_options.chunkBytes, total - held));
            pb::AttachmentChunk chunk;
            chunk.set_sha256(a.sha256);
            chunk.set_offset(held);
            chunk.set_total_size(total);
            chunk.set_data(bytes.data() + held, n);
            chunk.set_mime(a.mime);
            chunk.set_grid_id(wire::uuidBytes(a.gridId));
            auto sent = call(Endpoint::AttachmentChunk, chunk.SerializeAsString());
            if (!sent) {
                if (sent.status().code() == ErrorCode::HashMismatch) {
                    mismatch = true;
                    break;
                }
                if (sent.status().code() != ErrorCode::Conflict) return sent.status();
                // Out of step (an earlier answer was lost): ask where the server is and go on.
                GW_ASSIGN_OR_RETURN(TransportReply again, call(Endpoint::AttachmentStatus, ask.SerializeAsString()));
                GW_ASSIGN_OR_RETURN(st, wire::parseMessage<pb::AttachmentStatusResponse>(again.body));
                held = st.bytes_held();
                complete = st.complete();
                continue;
            }
            GW_ASSIGN_OR_RETURN(st, wire::parseMessage<pb::AttachmentStatusResponse>(sent->body));
            report.bytesSent += n;
            held = st.bytes_held();
            complete = st.complete();
            if (m_options.progress) m_options.progress(a.sha256, held, total);
        }
        if (mismatch) {
            ++report.hashMismatches;
            continue;
        }
        GW_TRY(repo.markUploaded(a.id));
        ++report.uploaded;
    }
    return report;
}

Result<std::string> AttachmentSync::download(const std::string& sha256) {
    pb::AttachmentStatusRequest ask;
    ask.set_sha256(sha256);
    GW_ASSIGN_OR_RETURN(TransportReply r, call(Endpoint::AttachmentDownload, ask.SerializeAsString()));
    return std::move(r.body);
}

}  // namespace gridwork::http
