// offline_transport.h — a Transport that never reaches a server: used to read the sync engine's
// status without a network, and as the transport of a build without network sync.
// Contract: every post() returns Unavailable with the given reason. Thread-safe (stateless).
#pragma once

#include "gridwork/core/sync/transport.h"

#include <string>

namespace gridwork::mobile {

class OfflineTransport final : public Transport {
public:
    explicit OfflineTransport(std::string reason = "offline") : m_reason(std::move(reason)) {}
    Result<TransportReply> post(Endpoint, const std::string&, const std::string&) override {
        return Status(ErrorCode::Unavailable, m_reason);
    }

private:
    std::string m_reason;
};

}  // namespace gridwork::mobile
