// gridwork-bench [--only NAME,...] [--quick] [--dir DIR] [--list]
// Runs the registered benchmarks (bench_registry.h; one file per area) and prints one JSON object
// per line (bench_report.h). Every figure comes with a baseline measured in the same run.
// --dir: where the scratch databases go (default: a new directory under $TMPDIR or /tmp); pick a
// directory on the disk you care about, since durable writes are fsync-bound.
// Internal: `gridwork-bench --child ENTRY ARGS...` runs one child entry (bench_child.h).
#include "bench_registry.h"

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
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w == "--quick") {
            ctx.quick = true;
        } else if (w == "--list") {
            for (const auto& b : benchmarks())
                std::printf("%-20s %s\n", std::string(b.name).c_str(), std::string(b.summary).c_str());
            return 0;
        } else if ((w == "--only" || w == "--dir") && i + 1 < words.size()) {
            std::string v = words[++i];
            if (w == "--dir") {
                dir = v;
                continue;
            }
            std::size_t start = 0;
            while (start <= v.size()) {
                auto comma = v.find(',', start);
                std::string name = v.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
                if (!name.empty()) only.insert(name);
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
        } else if (w == "--help" || w == "-h") {
            std::printf("usage: gridwork-bench [--only NAME,...] [--quick] [--dir DIR] [--list]\n");
            return 0;
        } else {
            return usage(("unknown argument " + w).c_str());
        }
    }
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
