#include "bench_child.h"

#include "process.h"

namespace gridwork::bench {

ChildOutcome runChild(const BenchContext& ctx, const std::string& entry, const std::vector<std::string>& args) {
    ChildOutcome r;
    std::vector<std::string> words = {ctx.selfPath, "--child", entry};
    words.insert(words.end(), args.begin(), args.end());
    testing::Process child;
    testing::ProcessOptions options;
    options.errFile = "/dev/stderr";  // the child's progress messages go where the bench's go
    if (!child.start(words, options)) return r;
    r.exitCode = child.wait();
    r.out = child.out();
    r.peakRssMb = child.peakRssMb();  // wait4's ru_maxrss of that one child
    return r;
}

}  // namespace gridwork::bench
