#include "error_reply.h"

#include "gridwork/core/wire/codec.h"

#include <chrono>

namespace gridwork::server {

Reply errorReply(const Status& status, int httpStatusOverride) {
    auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch());
    Reply reply;
    reply.httpStatus = httpStatusOverride ? httpStatusOverride : httpStatusFor(status.code());
    reply.body = wire::encodeError(status, static_cast<std::uint64_t>(now.count()));
    return reply;
}

}  // namespace gridwork::server
