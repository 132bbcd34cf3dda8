// codec.h — gridwork.sync.v1 messages <-> core types, typed error bodies, gzip.
//
// The one public header of the core that includes generated protobuf classes: users link
// gridwork_core_wire (the sync engine, core/http, the server's service and edge, tests, benches).
// No other header of the core may include this one.
// Contract: decoding never throws; malformed input is a Status(Malformed) / InvalidArgument.
// Thread-safety: pure functions.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/change.h"
#include "gridwork/sync/v1/sync.pb.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace gridwork::wire {

namespace pb = ::gridwork::sync::v1;

// 16 raw bytes <-> Uuid; an empty string is the nil id (township-wide scope).
std::string uuidBytes(const Uuid& id);
// false when the size is neither 0 nor 16.
bool uuidFromBytes(const std::string& bytes, Uuid& out);

void toProto(const Value& v, pb::Value* out);
Value fromProto(const pb::Value& v);
void toProto(const Change& c, pb::Change* out);
// Malformed when an id has the wrong size.
Result<Change> fromProto(const pb::Change& c);

// Parses a body as message M; Malformed when it is not one.
template <typename M> Result<M> parseMessage(std::string_view body) {
    M m;
    if (body.size() > static_cast<std::size_t>(INT32_MAX) ||
        !m.ParseFromArray(body.data(), static_cast<int>(body.size())))
        return Status(ErrorCode::Malformed, "body is not a valid " + std::string(M::descriptor()->name()));
    return m;
}

// The Error body for a failure, with the server's clock.
// stampEpoch: set only when refusing a stale push (the epoch the server holds).
// wipe (v1.2): set with UNAUTHENTICATED for a revoked device, which then deletes its data.
std::string encodeError(const Status& status, std::uint64_t serverTimeMs, std::uint64_t stampEpoch = 0,
                        bool wipe = false);
// Reads an error reply; serverTimeMs (if given) gets the server's clock (0 when absent).
// A body that is not an Error gives a Status from the HTTP status alone.
Status decodeError(int httpStatus, std::string_view body, std::uint64_t* serverTimeMs = nullptr,
                   std::uint64_t* stampEpoch = nullptr, bool* wipe = nullptr);

// gzip (RFC 1952) for the HTTP transport and the byte benchmarks.
std::string gzip(std::string_view data, int level = 6);
// Malformed for corrupt input; TooLarge when the output would exceed maxOutput.
Result<std::string> gunzip(std::string_view data, std::size_t maxOutput = 64u << 20);

}  // namespace gridwork::wire
