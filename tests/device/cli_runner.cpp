#include "cli_runner.h"

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace gridwork::testing {

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

CliResult runDevice(const std::string& db, const std::vector<std::string>& args) {
    char outPath[] = "/tmp/gridwork-cli-out-XXXXXX";
    char errPath[] = "/tmp/gridwork-cli-err-XXXXXX";
    int outFd = mkstemp(outPath), errFd = mkstemp(errPath);
    CliResult r;
    if (outFd < 0 || errFd < 0) return r;
    std::vector<std::string> words = {GRIDWORK_DEVICE_BIN, "--db", db};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(outFd, 1);
        dup2(errFd, 2);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    if (pid > 0) waitpid(pid, &status, 0);
    close(outFd);
    close(errFd);
    r.out = slurp(outPath);
    r.err = slurp(errPath);
    std::remove(outPath);
    std::remove(errPath);
    if (pid > 0 && WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
    return r;
}

std::string firstLine(const std::string& text) {
    return text.substr(0, text.find('\n'));
}

}  // namespace gridwork::testing
