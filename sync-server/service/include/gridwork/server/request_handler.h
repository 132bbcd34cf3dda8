// request_handler.h — the server's one door: a serialized request in, a serialized reply out.
//
// The HTTP edge (sync-server/edge, Boost.Beast) and the in-process loopback transport both call
// this, so everything behind it is tested without a network. No network type appears here.
// Contract: handle() never throws and never crashes on any input; every failure is a reply
// with a typed gridwork.sync.v1.Error body and the HTTP status of its code (error.h).
// Thread-safety: implementations must be safe to call from several threads at once.
#pragma once

#include "gridwork/core/sync/transport.h"

#include <string>
#include <string_view>

namespace gridwork::server {

struct Reply {
    int httpStatus = 200;
    std::string body;
    std::string contentType = "application/x-protobuf";
};

class RequestHandler {
public:
    virtual ~RequestHandler() = default;
    virtual Reply handle(Endpoint endpoint, std::string_view body, std::string_view bearerToken) = 0;
};

}  // namespace gridwork::server
