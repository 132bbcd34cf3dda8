// hlc.h — the hybrid logical clock (DESIGN §4) and the Clock seam.
//
// An Hlc is 48 bits of Unix milliseconds and a 16-bit counter, packed in a uint64 so that
// integer order is causal order. Ties between sites are broken by site id (see Stamp).
//
// Contract: HybridClock::now() is strictly increasing across calls, even if the wall clock goes
// back; observe() moves it past a remote stamp. Persisting the last value is the store's job
// (it writes it in every write transaction), so the clock never goes back across restarts.
// The offset corrects a phone's wrong wall clock with the server's time.
// Thread-safety: HybridClock is not synchronised; the store owns it under its write lock.
#pragma once

#include "gridwork/core/base/uuid.h"

#include <cstdint>
#include <functional>
#include <memory>

namespace gridwork {

using Hlc = std::uint64_t;

constexpr Hlc makeHlc(std::uint64_t ms, std::uint16_t counter) {
    return (ms << 16) | counter;
}
constexpr std::uint64_t hlcMs(Hlc h) {
    return h >> 16;
}
constexpr std::uint16_t hlcCounter(Hlc h) {
    return static_cast<std::uint16_t>(h & 0xffff);
}

// The order of two writes: (hlc, site_id).
struct Stamp {
    Hlc hlc = 0;
    Uuid site;
    auto operator<=>(const Stamp&) const = default;
};

// Wall-clock seam: tests and the simulator inject skewed or manual clocks.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::uint64_t nowMs() = 0;  // Unix milliseconds
};

class SystemClock final : public Clock {
public:
    std::uint64_t nowMs() override;
};

// A clock the test moves by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(std::uint64_t startMs) : m_ms(startMs) {}
    std::uint64_t nowMs() override { return m_ms; }
    void set(std::uint64_t ms) { m_ms = ms; }
    void advance(std::int64_t ms) { m_ms = static_cast<std::uint64_t>(static_cast<std::int64_t>(m_ms) + ms); }

private:
    std::uint64_t m_ms;
};

std::shared_ptr<Clock> systemClock();

class HybridClock {
public:
    explicit HybridClock(std::shared_ptr<Clock> wall, Hlc last = 0) : m_wall(std::move(wall)), m_last(last) {}

    // A new stamp, strictly greater than every stamp issued or observed before.
    Hlc now();
    // Merge a remote stamp so later local stamps come after it.
    void observe(Hlc remote);
    Hlc last() const { return m_last; }
    // Re-seat after a clock-skew repair: the server said our stamps were in its future.
    // Only the store's re-stamp path may move the clock back (see core/docs/clock-skew.md).
    void resetTo(Hlc last) { m_last = last; }

    // Corrected wall time: wall clock + server offset.
    std::uint64_t correctedNowMs();
    std::int64_t offsetMs() const { return m_offsetMs; }
    void setOffsetMs(std::int64_t offset) { m_offsetMs = offset; }

private:
    std::shared_ptr<Clock> m_wall;
    Hlc m_last;
    std::int64_t m_offsetMs = 0;
};

}  // namespace gridwork
