#include "bench_report.h"

#include <cmath>
#include <cstdio>

namespace gridwork::bench {

std::string jsonNumber(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string toJsonLine(const BenchResult& r) {
    std::string out = "{\"name\":" + jsonQuote(r.name) + ",\"value\":" + jsonNumber(r.value) +
                      ",\"unit\":" + jsonQuote(r.unit) + ",\"baseline\":" + jsonNumber(r.baseline) +
                      ",\"ratio\":" + jsonNumber(r.ratio());
    for (const auto& [key, v] : r.extra)
        out += "," + jsonQuote(key) + ":" + (v.kind() == Value::Kind::Real ? jsonNumber(v.asReal()) : v.toJson());
    return out + "}";
}

void Reporter::report(const BenchResult& r) {
    std::fputs((toJsonLine(r) + "\n").c_str(), stdout);
    std::fflush(stdout);
}

}  // namespace gridwork::bench
