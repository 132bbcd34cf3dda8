// gridwork-bench [--only NAME,...] [--quick] [--dir DIR] [--list]
// Runs the registered benchmarks (bench_registry.h; one file per area) and prints one JSON object
// per line (bench_report.h). Every figure comes with a baseline measured in the same run.
// --dir: where the scratch databases go (default: a new directory under $TMPDIR or /tmp); pick a
// directory on the disk you care about, since durable writes are fsync-bound.
// Internal: `gridwork-bench --child ENTRY ARGS...` runs one child entry (bench_child.h).
#include "bench_registry.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>

using namespace gridwork::bench;

namespace {
int usage(const char* message) {
    std::fprintf(stderr, "gridwork-bench: %s\nusage: gridwork-bench [--only NAME,...] [--quick] [--dir DIR] [--list]\n",
                 message);
    return 2;
}

std::string selfPath(const char* argv0) {
    std::error_code ec;
    auto p = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string(argv0) : p.string();
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> words(argv + 1, argv + argc);
    if (words.size() >= 2 && words[0] == "--child") {
        ChildFn fn = findChild(words[1]);
        if (!fn) return usage("unknown child entry");
        return fn(std::vector<std::string>(words.begin() + 2, words.end()));
    }
    BenchContext ctx;
    std::set<std::string> only;
    std::string dir;
    CLI::App app("gridwork-bench");
    app.set_help_flag();  // the usage line is the help
    bool help = false, list = false;
    std::vector<std::string> onlyNames;
    app.add_flag("--help,-h", help);
    app.add_flag("--quick", ctx.quick);
    app.add_flag("--list", list);
    app.add_option("--only", onlyNames)->delimiter(',')->allow_extra_args(false);
    app.add_option("--dir", dir);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return usage(e.what());
    }
    if (help) {
        std::printf("usage: gridwork-bench [--only NAME,...] [--quick] [--dir DIR] [--list]\n");
        return 0;
    }
    if (list) {
        for (const auto& b : benchmarks())
            std::printf("%-20s %s\n", std::string(b.name).c_str(), std::string(b.summary).c_str());
        return 0;
    }
    for (const auto& name : onlyNames)
        if (!name.empty()) only.insert(name);
    for (const auto& name : only) {
        bool known = false;
        for (const auto& b : benchmarks()) known = known || b.name == name;
        if (!known) return usage(("unknown benchmark " + name + " (see --list)").c_str());
    }
    std::string base = dir.empty() ? (std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp") : dir;
    std::string templ = base + "/gridwork-bench-XXXXXX";
    if (!mkdtemp(templ.data())) return usage("cannot create a scratch directory");
    ctx.dir = templ;
    ctx.selfPath = selfPath(argv[0]);
    Reporter reporter;
    ctx.reporter = &reporter;
    for (const auto& b : benchmarks()) {
        if (!only.empty() && !only.count(std::string(b.name))) continue;
        std::fprintf(stderr, "gridwork-bench: running %s%s\n", std::string(b.name).c_str(),
                     ctx.quick ? " (quick)" : "");
        b.run(ctx);
    }
    std::error_code ec;
    std::filesystem::remove_all(ctx.dir, ec);
    return 0;
}
