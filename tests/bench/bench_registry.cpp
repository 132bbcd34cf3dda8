#include "bench_registry.h"

#include <algorithm>
#include <utility>

namespace gridwork::bench {

namespace {
std::vector<Benchmark>& all() {
    static std::vector<Benchmark> kAll;
    return kAll;
}
std::vector<std::pair<std::string_view, ChildFn>>& children() {
    static std::vector<std::pair<std::string_view, ChildFn>> kChildren;
    return kChildren;
}
}  // namespace

bool registerBenchmark(const Benchmark& b) {
    auto& v = all();
    v.push_back(b);
    std::sort(v.begin(), v.end(), [](const Benchmark& x, const Benchmark& y) { return x.name < y.name; });
    return true;
}

bool registerChild(std::string_view name, ChildFn fn) {
    children().emplace_back(name, fn);
    return true;
}

const std::vector<Benchmark>& benchmarks() {
    return all();
}

ChildFn findChild(std::string_view name) {
    for (const auto& [n, fn] : children())
        if (n == name) return fn;
    return nullptr;
}

}  // namespace gridwork::bench
