// bench_child.h — runs one GRIDWORK_BENCH_CHILD entry in a fresh process (this executable,
// exec'd again) so its peak memory is its own, not inherited from earlier work in the bench.
//
// Contract: blocking. The child's stdout is returned; its peak resident set comes from wait4()
// (ru_maxrss of that one child). exitCode -1 when it did not exit normally. Never throws.
#pragma once

#include "bench_registry.h"

#include <string>
#include <vector>

namespace gridwork::bench {

struct ChildOutcome {
    int exitCode = -1;
    std::string out;
    double peakRssMb = 0;
};

ChildOutcome runChild(const BenchContext& ctx, const std::string& entry, const std::vector<std::string>& args);

}  // namespace gridwork::bench
