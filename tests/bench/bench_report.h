// bench_report.h — gridwork-bench's output: one JSON object per line,
//   {"name":..,"value":..,"unit":..,"baseline":..,"ratio":..,<extra fields>}
// where ratio = value / baseline, both measured in the same run. Extra fields carry what a
// reader needs to judge the figure (the baseline's definition, sizes, the target, peak memory).
// Contract: each report() writes one complete line to stdout and flushes. Single-threaded.
#pragma once

#include "gridwork/core/base/value.h"

#include <string>
#include <utility>
#include <vector>

namespace gridwork::bench {

struct BenchResult {
    std::string name;
    double value = 0;
    std::string unit;
    double baseline = 0;
    std::vector<std::pair<std::string, Value>> extra;

    double ratio() const { return baseline > 0 ? value / baseline : 0; }
    BenchResult& add(std::string key, Value v) {
        extra.emplace_back(std::move(key), std::move(v));
        return *this;
    }
    BenchResult& add(std::string key, const std::string& text) { return add(std::move(key), Value::text(text)); }
    BenchResult& add(std::string key, const char* text) { return add(std::move(key), Value::text(text)); }
    BenchResult& add(std::string key, double v) { return add(std::move(key), Value::real(v)); }
    BenchResult& add(std::string key, std::int64_t v) { return add(std::move(key), Value::integer(v)); }
};

// A number rounded to 4 significant digits, as JSON.
std::string jsonNumber(double v);
std::string toJsonLine(const BenchResult& r);

class Reporter {
public:
    virtual ~Reporter() = default;
    virtual void report(const BenchResult& r);
};

}  // namespace gridwork::bench
