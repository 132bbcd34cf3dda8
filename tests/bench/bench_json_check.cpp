// gridwork-bench-json-check PROGRAM ARGS... — runs PROGRAM (gridwork-bench) and checks that its
// stdout is one JSON object per line, each with "name" (string), "value", "baseline", "ratio"
// (numbers) and "unit" (string). Parses with protobuf's JSON parser into google.protobuf.Struct.
// Exit 0 when at least one line was printed and every line is valid; 1 otherwise.
#include <google/protobuf/struct.pb.h>
#include <google/protobuf/util/json_util.h>

#include <cstdio>
#include <iostream>
#include <string>

namespace {
std::string shellQuote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

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
    std::string cmd;
    for (int i = 1; i < argc; ++i) cmd += (i > 1 ? " " : "") + shellQuote(argv[i]);
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return 1;
    std::string out;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    int rc = pclose(p);
    if (rc != 0) {
        std::cerr << "the benchmark failed (status " << rc << ")\n";
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
