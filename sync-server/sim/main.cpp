// gridwork-sim --devices N --ops M --seed S [--drop P] [--dup P] [--reorder] [--crash P] [--skew-ms X]
//                     [--restore P] [--reassign P] [--wire v1|v2|mixed]
// Last stdout line: {"seed":..,"devices":..,"ops":..,"converged":true|false,"conflicts_logged":..,"changes":..}
// Exit 0 only when every device's state equals the server's for its scope and every invariant held.
#include "simulator.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {
int usage(const char* why) {
    std::fprintf(stderr,
                 "gridwork-sim: %s\nusage: gridwork-sim --devices N --ops M --seed S [--drop P] [--dup P] "
                 "[--reorder] [--crash P] [--skew-ms X] [--restore P] [--reassign P] [--wire v1|v2|mixed]\n",
                 why);
    return 2;
}
}  // namespace

int main(int argc, char** argv) {
    gridwork::sim::SimOptions o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
        const char* v = nullptr;
        char* end = nullptr;
        if (a == "--reorder") {
            o.reorder = true;
            continue;
        }
        if (a == "--help" || a == "-h") return usage("convergence simulator") == 2 ? 0 : 0;
        if (!(v = next())) return usage(("missing value for " + a).c_str());
        if (a == "--wire") {
            std::string w = v;
            if (w == "v1")
                o.wire = gridwork::sim::SimOptions::Wire::V1;
            else if (w == "v2")
                o.wire = gridwork::sim::SimOptions::Wire::V2;
            else if (w == "mixed")
                o.wire = gridwork::sim::SimOptions::Wire::Mixed;
            else
                return usage("--wire is v1, v2 or mixed");
            continue;
        }
        if (a == "--devices")
            o.devices = static_cast<int>(std::strtol(v, &end, 10));
        else if (a == "--ops")
            o.ops = static_cast<int>(std::strtol(v, &end, 10));
        else if (a == "--seed")
            o.seed = std::strtoull(v, &end, 10);
        else if (a == "--drop")
            o.drop = std::strtod(v, &end);
        else if (a == "--dup")
            o.dup = std::strtod(v, &end);
        else if (a == "--crash")
            o.crash = std::strtod(v, &end);
        else if (a == "--restore")
            o.restore = std::strtod(v, &end);
        else if (a == "--reassign")
            o.reassign = std::strtod(v, &end);
        else if (a == "--skew-ms")
            o.skewMs = std::strtoll(v, &end, 10);
        else
            return usage(("unknown option " + a).c_str());
        if (!end || *end) return usage(("bad value for " + a).c_str());
    }
    if (o.devices < 1 || o.devices > 200 || o.ops < 0) return usage("--devices must be 1..200 and --ops >= 0");
    for (double p : {o.drop, o.dup, o.crash, o.restore, o.reassign})
        if (p < 0 || p > 0.9) return usage("probabilities must be within 0..0.9");

    auto out = gridwork::sim::runSimulation(o);
    if (!out.failure.empty()) std::fprintf(stderr, "gridwork-sim: %s\n", out.failure.c_str());
    std::printf("{\"seed\":%llu,\"devices\":%d,\"ops\":%d,\"converged\":%s,\"conflicts_logged\":%llu,\"changes\":%llu,"
                "\"visits\":%llu,\"lost_writes\":%llu,\"restores\":%llu,\"reassignments\":%llu,"
                "\"evacuated_households\":%llu,\"people_evacuated\":%llu}\n",
                static_cast<unsigned long long>(o.seed), o.devices, o.ops, out.converged ? "true" : "false",
                static_cast<unsigned long long>(out.conflictsLogged), static_cast<unsigned long long>(out.changes),
                static_cast<unsigned long long>(out.visits), static_cast<unsigned long long>(out.lostWrites),
                static_cast<unsigned long long>(out.restores), static_cast<unsigned long long>(out.reassignments),
                static_cast<unsigned long long>(out.evacuatedHouseholds),
                static_cast<unsigned long long>(out.peopleEvacuated));
    return out.converged && out.invariantsHeld && out.lostWrites == 0 ? 0 : 1;
}
