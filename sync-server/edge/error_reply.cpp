#include "error_reply.h"

#include "gridwork/sync/v1/sync.pb.h"

#include <chrono>

namespace gridwork::server {

Reply errorReply(const Status& status, int httpStatusOverride) {
    namespace pb = gridwork::sync::v1;
    pb::Error error;
    error.set_code(static_cast<pb::ErrorCode>(static_cast<int>(status.code())));
    error.set_message(status.message());
    error.set_server_time_ms(static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch()).count()));
    Reply reply;
    reply.httpStatus = httpStatusOverride ? httpStatusOverride : httpStatusFor(status.code());
    reply.body = error.SerializeAsString();
    return reply;
}

}  // namespace gridwork::server
