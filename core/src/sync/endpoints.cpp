#include "gridwork/core/sync/transport.h"

#include <array>
#include <utility>

namespace gridwork {

namespace {
constexpr std::array<std::pair<Endpoint, std::string_view>, 7> kPaths{{
    {Endpoint::Enroll, "/v1/enroll"},
    {Endpoint::Push, "/v1/push"},
    {Endpoint::Pull, "/v1/pull"},
    {Endpoint::AttachmentStatus, "/v1/attachments/status"},
    {Endpoint::AttachmentChunk, "/v1/attachments/chunk"},
    {Endpoint::AttachmentDownload, "/v1/attachments/download"},
    {Endpoint::Sync, "/v2/sync"},
}};
}  // namespace

std::string_view endpointPath(Endpoint e) {
    for (const auto& [endpoint, path] : kPaths)
        if (endpoint == e) return path;
    return "/";
}

bool endpointFromPath(std::string_view path, Endpoint& out) {
    for (const auto& [endpoint, p] : kPaths)
        if (p == path) {
            out = endpoint;
            return true;
        }
    return false;
}

}  // namespace gridwork
