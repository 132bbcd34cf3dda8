// gridwork-sim --devices N --ops M --seed S [--drop P] [--dup P] [--reorder] [--crash P] [--skew-ms X]
// Last stdout line: {"seed":..,"devices":..,"ops":..,"converged":true|false,"conflicts_logged":..,"changes":..}
// Exit 0 only when every device's state equals the server's for its scope and every invariant held.
#include "simulator.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

namespace {
int usage(const char* why) {
    std::fprintf(stderr,
                 "gridwork-sim: %s\nusage: gridwork-sim --devices N --ops M --seed S [--drop P] [--dup P] "
                 "[--reorder] [--crash P] [--skew-ms X]\n",
                 why);
    return 2;
}
}  // namespace

int main(int argc, char** argv) {
    gridwork::sim::SimOptions o;
    CLI::App app("gridwork-sim");
    app.set_help_flag();  // the usage line below is the help
    bool help = false;
    app.add_flag("--help,-h", help);
    app.add_option("--devices", o.devices);
    app.add_option("--ops", o.ops);
    app.add_option("--seed", o.seed);
    app.add_option("--drop", o.drop);
    app.add_option("--dup", o.dup);
    app.add_flag("--reorder", o.reorder);
    app.add_option("--crash", o.crash);
    app.add_option("--skew-ms", o.skewMs);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return usage(e.what());
    }
    if (help) return usage("convergence simulator") == 2 ? 0 : 0;
    if (o.devices < 1 || o.devices > 200 || o.ops < 0) return usage("--devices must be 1..200 and --ops >= 0");
    for (double p : {o.drop, o.dup, o.crash})
        if (p < 0 || p > 0.9) return usage("probabilities must be within 0..0.9");

    auto out = gridwork::sim::runSimulation(o);
    if (!out.failure.empty()) std::fprintf(stderr, "gridwork-sim: %s\n", out.failure.c_str());
    std::printf(
        "{\"seed\":%llu,\"devices\":%d,\"ops\":%d,\"converged\":%s,\"conflicts_logged\":%llu,\"changes\":%llu}\n",
        static_cast<unsigned long long>(o.seed), o.devices, o.ops, out.converged ? "true" : "false",
        static_cast<unsigned long long>(out.conflictsLogged), static_cast<unsigned long long>(out.changes));
    return out.converged && out.invariantsHeld ? 0 : 1;
}
