// bench_timing.h — a monotonic stopwatch and order statistics over samples.
// Contract: header-only pure helpers; percentile() of an empty vector is 0.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace gridwork::bench {

class Stopwatch {
public:
    Stopwatch() : m_start(std::chrono::steady_clock::now()) {}
    double elapsedUs() const {
        return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - m_start).count();
    }
    double elapsedMs() const { return elapsedUs() / 1000.0; }
    double elapsedS() const { return elapsedUs() / 1e6; }

private:
    std::chrono::steady_clock::time_point m_start;
};

// p in [0, 1]; nearest-rank on a sorted copy.
inline double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    auto rank = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}
inline double median(std::vector<double> samples) {
    return percentile(std::move(samples), 0.5);
}

}  // namespace gridwork::bench
