#include "gridwork/core/base/hlc.h"

#include <algorithm>
#include <chrono>

namespace gridwork {

std::uint64_t SystemClock::nowMs() {
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
}

std::shared_ptr<Clock> systemClock() {
    static auto clock = std::make_shared<SystemClock>();
    return clock;
}

std::uint64_t HybridClock::correctedNowMs() {
    auto wall = static_cast<std::int64_t>(m_wall ? m_wall->nowMs() : systemClock()->nowMs());
    return static_cast<std::uint64_t>(std::max<std::int64_t>(0, wall + m_offsetMs));
}

Hlc HybridClock::now() {
    std::uint64_t wall = correctedNowMs() & ((1ull << 48) - 1);
    std::uint64_t lastMs = hlcMs(m_last);
    if (wall > lastMs) {
        m_last = makeHlc(wall, 0);
    } else if (hlcCounter(m_last) < 0xffff) {
        m_last = m_last + 1;
    } else {
        m_last = makeHlc(lastMs + 1, 0);  // counter overflow: step into the next millisecond
    }
    return m_last;
}

void HybridClock::observe(Hlc remote) {
    m_last = std::max(m_last, remote);
}

}  // namespace gridwork
