// gridwork-bench-json-check PROGRAM ARGS... — runs PROGRAM (gridwork-bench) and checks that its
// stdout is one JSON object per line, each with "name" (string), "value", "baseline", "ratio"
// (numbers) and "unit" (string). Parses with protobuf's JSON parser into google.protobuf.Struct.
// Exit 0 when at least one line was printed and every line is valid; 1 otherwise.
#include "process.h"

#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <iostream>
#include <string>
#include <vector>

namespace {
bool checkLine(const std::string& line) {
    google::protobuf::Struct obj;
    auto status = google::protobuf::util::JsonStringToMessage(line, &obj);
    if (!status.ok()) {
        std::cerr << "not JSON: " << line << "\n";
        return false;
    }
    const auto& f = obj.fields();
    auto has = [&](const char* key, google::protobuf::Value::KindCase kind) {
        auto it = f.find(key);
        if (it != f.end() && it->second.kind_case() == kind) return true;
        std::cerr << "field \"" << key << "\" missing or of the wrong type in: " << line << "\n";
        return false;
    };
    using V = google::protobuf::Value;
    return has("name", V::kStringValue) && has("value", V::kNumberValue) && has("unit", V::kStringValue) &&
           has("baseline", V::kNumberValue) && has("ratio", V::kNumberValue);
}
}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: gridwork-bench-json-check PROGRAM ARGS...\n";
        return 2;
    }
    gridwork::testing::ProcessOptions options;
    options.errFile = "/dev/stderr";
    auto run = gridwork::testing::runProcess(std::vector<std::string>(argv + 1, argv + argc), options);
    const std::string& out = run.out;
    if (run.exitCode != 0) {
        std::cerr << "the benchmark failed (exit " << run.exitCode << ")\n";
        return 1;
    }
    int lines = 0;
    bool ok = true;
    std::size_t start = 0;
    while (start < out.size()) {
        auto nl = out.find('\n', start);
        std::string line = out.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        start = nl == std::string::npos ? out.size() : nl + 1;
        if (line.empty()) continue;
        ++lines;
        ok = checkLine(line) && ok;
        std::cout << line << "\n";
    }
    if (lines == 0) std::cerr << "no output\n";
    return ok && lines > 0 ? 0 : 1;
}
