// fuzz_attachment — the three attachment endpoints (status, chunk, download) behind the service,
// as the edge composes them. The first byte picks the endpoint, the rest is the body.
#include "attachments/attachment_handler.h"
#include "fuzz_check.h"
#include "fuzz_township.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
gridwork::server::AttachmentHandler& handler() {
    static auto* h = [] {
        auto& town = gridwork::fuzz::township();
        gridwork::server::AttachmentOptions o;
        o.dir = town.dir + "/attachments";
        o.maxSizeBytes = 1 << 20;
        auto opened = gridwork::server::AttachmentHandler::open(*town.service, o);
        if (!opened) std::abort();
        auto* raw = opened->release();
        town.service->setAttachmentHandler(raw);
        return raw;
    }();
    return *h;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& town = gridwork::fuzz::township();
    (void)handler();
    if (size == 0) return 0;
    static const gridwork::Endpoint kEndpoints[] = {gridwork::Endpoint::AttachmentStatus,
                                                    gridwork::Endpoint::AttachmentChunk,
                                                    gridwork::Endpoint::AttachmentDownload};
    gridwork::Endpoint e = kEndpoints[data[0] % 3];
    std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    auto reply = town.service->handle(e, body, town.token);
    if (e != gridwork::Endpoint::AttachmentDownload || reply.httpStatus != 200) gridwork::fuzz::checkReply(reply);
    return 0;
}
