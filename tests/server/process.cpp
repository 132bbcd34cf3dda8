#include "process.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace gridwork::testing {

namespace {

int spawn(const std::vector<std::string>& argv, const std::string& out, const std::string& err) {
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    return rc == 0 ? pid : -1;
}

int exitCodeOf(int status) {
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

void sleepMs(int ms) {
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

RunResult runProcess(const std::vector<std::string>& argv, const std::string& scratchDir) {
    static std::atomic<int> counter{0};
    int n = counter++;
    std::string out = scratchDir + "/run" + std::to_string(n) + ".out";
    std::string err = scratchDir + "/run" + std::to_string(n) + ".err";
    RunResult r;
    int pid = spawn(argv, out, err);
    if (pid > 0) {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
        r.exitCode = exitCodeOf(status);
    }
    r.out = readFile(out);
    r.err = readFile(err);
    ::unlink(out.c_str());
    ::unlink(err.c_str());
    return r;
}

Process::~Process() {
    if (running()) {
        signal(SIGKILL);
        wait(5000);
    }
}

bool Process::start(const std::vector<std::string>& argv, const std::string& outFile, const std::string& errFile) {
    m_pid = spawn(argv, outFile, errFile);
    m_reaped = m_pid <= 0;
    return m_pid > 0;
}

bool Process::running() {
    if (m_reaped) return false;
    int status = 0;
    int rc = waitpid(m_pid, &status, WNOHANG);
    if (rc == m_pid) {
        m_status = status;
        m_reaped = true;
        return false;
    }
    return true;
}

void Process::signal(int sig) {
    if (!m_reaped) ::kill(m_pid, sig);
}

int Process::wait(int timeoutMs) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (running()) {
        if (std::chrono::steady_clock::now() > deadline) return -2;
        sleepMs(10);
    }
    return exitCodeOf(m_status);
}

}  // namespace gridwork::testing
