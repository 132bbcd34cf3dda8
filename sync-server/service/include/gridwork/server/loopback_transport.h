// loopback_transport.h — a Transport that calls a RequestHandler in process, with seeded faults
// (for tests, the simulator and the benchmarks).
//
// Faults, each a probability per request: dropRequest (the server never sees it), dropResponse
// (the server handled it, the answer is lost), duplicate (the server handles it twice), and
// reorder (the request is held back and delivered later, after newer ones; its answer is lost).
// Every lost answer is Unavailable, as a real dropped connection would be. Seeded: the same seed
// and the same calls give the same faults.
// Thread-safety: post() is serialised by an internal mutex.
#pragma once

#include "gridwork/core/sync/transport.h"
#include "gridwork/server/request_handler.h"

#include <cstdint>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace gridwork::server {

struct LoopbackFaults {
    double dropRequest = 0;
    double dropResponse = 0;
    double duplicate = 0;
    double reorder = 0;
    std::uint64_t seed = 1;
};

struct LoopbackStats {
    std::uint64_t requests = 0;   // posts made by the client
    std::uint64_t delivered = 0;  // handle() calls made on the server
    std::uint64_t bytesUp = 0;    // request bodies delivered
    std::uint64_t bytesDown = 0;  // response bodies returned
    std::uint64_t faults = 0;     // drops, duplicates and holds
};

class LoopbackTransport final : public Transport {
public:
    explicit LoopbackTransport(RequestHandler& handler, LoopbackFaults faults = {});
    Result<TransportReply> post(Endpoint endpoint, const std::string& body, const std::string& token) override;

    void setFaults(LoopbackFaults faults);
    // Delivers every held (reordered) request now; their answers are discarded.
    void flushHeld();
    LoopbackStats stats();

private:
    struct Held {
        Endpoint endpoint;
        std::string body;
        std::string token;
    };
    bool chance(double p);
    void deliverHeldLocked();

    RequestHandler& m_handler;
    std::mutex m_mutex;
    LoopbackFaults m_faults;
    std::mt19937_64 m_rng;
    std::vector<Held> m_held;
    LoopbackStats m_stats;
};

}  // namespace gridwork::server
