// v2_framing.h — the device side of protocol v2 (sync-protocol.md, "v2"): the engine's v1 push
// and pull requests travel as POST /v2/sync, their changes as a packed change block.
//
// The engine keeps building v1 messages (so every v1 field and rule holds unchanged); this class
// moves their changes into a block, sends /v2/sync, and hands the engine back the v1 answer.
// A push that is the last batch of the outbox (fewer changes than the push batch) carries the
// pull the engine will send next (the push's pulled_cursors, the pull batch): the answer's page is
// kept and served when that exact pull request comes, without a round trip. A server that
// answers /v2/sync with NOT_FOUND speaks only v1: from then on requests go to it as they are.
// Internal to core/src/sync. Not thread-safe (one engine, one thread).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/sync/transport.h"
#include "gridwork/core/wire/compress.h"

#include <cstdint>
#include <optional>
#include <string>

namespace gridwork {

class V2Framing {
public:
    V2Framing(std::size_t pushBatch, std::uint32_t pullBatch, wire::CompressOptions compress = {});

    // Push and Pull go as v2 (unless the server speaks only v1); other endpoints pass through.
    Result<TransportReply> post(Transport& transport, Endpoint endpoint, const std::string& v1Body,
                                const std::string& token);
    // Bytes of the last post's bodies on the wire (0 and 0 for a page served from a push's answer).
    std::uint64_t lastBytesUp() const { return m_up; }
    std::uint64_t lastBytesDown() const { return m_down; }
    bool serverSpeaksV1Only() const { return m_v1Only; }

private:
    Result<TransportReply> exchange(Transport& transport, Endpoint endpoint, const std::string& v1Body,
                                    const std::string& token);

    std::size_t m_pushBatch;
    std::uint32_t m_pullBatch;
    wire::CompressOptions m_compress;
    bool m_v1Only = false;
    std::uint64_t m_up = 0, m_down = 0;
    std::optional<std::pair<std::string, TransportReply>> m_attached;  // pull request body -> its answer
};

}  // namespace gridwork
