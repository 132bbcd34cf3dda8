#include "bench_child.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gridwork::bench {

ChildOutcome runChild(const BenchContext& ctx, const std::string& entry, const std::vector<std::string>& args) {
    ChildOutcome r;
    int fds[2];
    if (pipe(fds) != 0) return r;
    std::vector<std::string> words = {ctx.selfPath, "--child", entry};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        close(fds[1]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(fds[1]);
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) r.out.append(buf, static_cast<std::size_t>(n));
    close(fds[0]);
    int status = 0;
    rusage usage{};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid) {
        if (WIFEXITED(status)) r.exitCode = WEXITSTATUS(status);
        r.peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
    }
    return r;
}

}  // namespace gridwork::bench
