// error_reply.h — a typed gridwork.sync.v1.Error reply for failures the edge itself detects
// (unknown path, body too large, bad gzip, an exception escaping a handler).
//
// Contract: the HTTP status is error.h's table for the code (httpStatusFor), unless an explicit
// one is given (405 for a wrong method); the body always carries the server's clock.
// Thread-safety: pure function.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/server/request_handler.h"

namespace gridwork::server {

Reply errorReply(const Status& status, int httpStatusOverride = 0);

}  // namespace gridwork::server
