// fuzz_check.h — what every server-side target asserts about a reply: handle() answered (never
// threw, never crashed) with 200, or with a typed gridwork.sync.v1.Error body whose code maps to
// the HTTP status it came with. Anything else traps, so libFuzzer keeps the input.
#pragma once

#include "gridwork/core/wire/codec.h"
#include "gridwork/server/request_handler.h"

namespace gridwork::fuzz {

inline void checkReply(const server::Reply& r) {
    if (r.httpStatus == 200) return;
    auto err = wire::parseMessage<wire::pb::Error>(r.body);
    if (!err) __builtin_trap();
    if (httpStatusFor(errorCodeFromNumber(static_cast<int>(err->code()))) != r.httpStatus) __builtin_trap();
}

}  // namespace gridwork::fuzz
