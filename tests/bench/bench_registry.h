// bench_registry.h — how gridwork-bench finds its benchmarks.
//
// Each area registers its benchmarks in its own file with GRIDWORK_BENCHMARK (bench_local.cpp,
// bench_ledger_import.cpp, ... bench_sync.cpp); tests/bench/CMakeLists.txt globs bench_*.cpp, so a
// new benchmark is a new file and nothing else. A benchmark measures its subject AND its baseline
// in the same run and reports through ctx.report (bench_report.h).
// Work that must be measured in a fresh process (peak memory) registers a child entry with
// GRIDWORK_BENCH_CHILD and runs it with runChild (bench_child.h).
// Contract: registration happens during static initialisation; the registry is read-only after
// main starts. Single-threaded.
#pragma once

#include "bench_report.h"

#include <string>
#include <string_view>
#include <vector>

namespace gridwork::bench {

struct BenchContext {
    bool quick = false;    // smaller sizes, fewer repetitions (smoke tests, CI)
    std::string dir;       // a scratch directory for database files, removed afterwards
    std::string selfPath;  // this executable, for child processes
    Reporter* reporter = nullptr;
    void report(const BenchResult& r) const { reporter->report(r); }
};

using BenchFn = void (*)(BenchContext&);
// A child entry: argv after the entry name; returns the process exit code.
using ChildFn = int (*)(const std::vector<std::string>& args);

struct Benchmark {
    std::string_view name;
    std::string_view summary;
    BenchFn run;
};

bool registerBenchmark(const Benchmark& b);
bool registerChild(std::string_view name, ChildFn fn);
const std::vector<Benchmark>& benchmarks();  // in name order
ChildFn findChild(std::string_view name);

}  // namespace gridwork::bench

#define GRIDWORK_BENCH_CONCAT_INNER(a, b) a##b
#define GRIDWORK_BENCH_CONCAT(a, b) GRIDWORK_BENCH_CONCAT_INNER(a, b)
// GRIDWORK_BENCHMARK(fn, "name", "summary") — define `static void fn(BenchContext& ctx)` after it.
#define GRIDWORK_BENCHMARK(fn, name, summary)                                                                          \
    static void fn(::gridwork::bench::BenchContext& ctx);                                                              \
    [[maybe_unused]] static const bool GRIDWORK_BENCH_CONCAT(fn, _registered) =                                        \
        ::gridwork::bench::registerBenchmark({name, summary, fn})
// GRIDWORK_BENCH_CHILD(fn, "name") — define `static int fn(const std::vector<std::string>& args)`.
#define GRIDWORK_BENCH_CHILD(fn, name)                                                                                 \
    static int fn(const std::vector<std::string>& args);                                                               \
    [[maybe_unused]] static const bool GRIDWORK_BENCH_CONCAT(fn, _registered) =                                        \
        ::gridwork::bench::registerChild(name, fn)
