// transport.h — the seam between the sync engine and the network (DESIGN §5).
//
// A Transport carries one serialized gridwork.sync.v1 request to the server and brings back the
// raw answer. It knows nothing of the messages: bodies are protobuf bytes (never gzip here; a
// transport may compress on the wire). The HTTP transport (core/http) and the in-process
// loopback (sync-server, for tests and the simulator, with drop/duplicate/reorder faults)
// implement it. Proto types never appear in this header.
//
// Contract: post() returns a TransportReply for any answer the server gave (2xx with the
// response message, or 4xx/5xx with a gridwork.sync.v1.Error body), and a non-OK Status
// (Unavailable) only when no answer arrived (refused, dropped, timed out).
// Thread-safety: implementations say so; the engine calls one post() at a time.
#pragma once

#include "gridwork/core/base/error.h"

#include <string>
#include <string_view>

namespace gridwork {

enum class Endpoint {
    Enroll,              // EnrollRequest → EnrollResponse (no token)
    Push,                // PushRequest → PushResponse
    Pull,                // PullRequest → PullResponse
    AttachmentStatus,    // AttachmentStatusRequest → AttachmentStatusResponse
    AttachmentChunk,     // AttachmentChunk → AttachmentStatusResponse
    AttachmentDownload,  // AttachmentStatusRequest → raw bytes of the file
    Sync,                // v2: gridwork.sync.v2.SyncRequest → SyncResponse (push + pull page in one)
};

// The HTTP path of each endpoint, e.g. "/v1/push". All are POST.
std::string_view endpointPath(Endpoint e);
// Inverse of endpointPath; false for an unknown path.
bool endpointFromPath(std::string_view path, Endpoint& out);

struct TransportReply {
    int httpStatus = 0;
    std::string body;
};

class Transport {
public:
    virtual ~Transport() = default;
    // token is empty for Enroll.
    virtual Result<TransportReply> post(Endpoint endpoint, const std::string& body, const std::string& token) = 0;
};

}  // namespace gridwork
