#include "process.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace gridwork::testing {

namespace {

// A private temp file for a captured stream; "" when none could be made.
std::string tempFile(std::string dir, const char* what) {
    if (dir.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        dir = tmp && *tmp ? tmp : "/tmp";
    }
    std::string path = dir + "/gridwork-proc-" + what + "-XXXXXX";
    int fd = ::mkstemp(path.data());
    if (fd < 0) return "";
    ::close(fd);
    return path;
}

// environ with `extra` ("NAME=value") added, each replacing a variable of the same name.
std::vector<std::string> environmentWith(const std::vector<std::string>& extra) {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        std::string var(*e);
        std::string name = var.substr(0, var.find('='));
        bool replaced = false;
        for (const auto& x : extra) replaced = replaced || x.substr(0, x.find('=')) == name;
        if (!replaced) env.push_back(std::move(var));
    }
    env.insert(env.end(), extra.begin(), extra.end());
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& words) {
    std::vector<char*> p;
    for (auto& w : words) p.push_back(w.data());
    p.push_back(nullptr);
    return p;
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

Process::~Process() {
    if (running()) {
        kill();
        wait(5000);
    }
    if (!m_tempOut.empty()) ::unlink(m_tempOut.c_str());
    if (!m_tempErr.empty()) ::unlink(m_tempErr.c_str());
}

bool Process::start(const std::vector<std::string>& argv, const ProcessOptions& options) {
    if (argv.empty() || !m_reaped) return false;
    std::string out = options.outFile, err = options.errFile;
    if (out.empty()) out = m_tempOut = tempFile(options.tempDir, "out");
    if (err.empty()) err = m_tempErr = tempFile(options.tempDir, "err");
    if (out.empty() || err.empty()) return false;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, out.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    std::vector<std::string> words = argv;
    std::vector<std::string> env = environmentWith(options.env);
    std::vector<char*> args = pointers(words), envp = pointers(env);
    pid_t pid = -1;
    int rc = ::posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    m_pid = rc == 0 ? pid : -1;
    m_reaped = m_pid <= 0;
    m_termSignal = 0;
    m_peakRssMb = 0;
    return m_pid > 0;
}

bool Process::start(const std::vector<std::string>& argv, const std::string& outFile, const std::string& errFile) {
    ProcessOptions o;
    o.outFile = outFile;
    o.errFile = errFile;
    return start(argv, o);
}

bool Process::reap(bool block) {
    if (m_reaped) return true;
    int status = 0;
    rusage usage{};
    pid_t rc;
    while ((rc = ::wait4(m_pid, &status, block ? 0 : WNOHANG, &usage)) < 0 && errno == EINTR) {}
    if (rc != m_pid) return false;
    m_status = status;
    m_reaped = true;
    m_termSignal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    m_peakRssMb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux: kilobytes
    return true;
}

bool Process::running() {
    return !reap(false);
}

void Process::signal(int sig) {
    if (!m_reaped) ::kill(m_pid, sig);
}

void Process::kill() {
    signal(SIGKILL);
}

int Process::wait(int timeoutMs) {
    if (m_pid <= 0) return -1;
    if (timeoutMs < 0) {
        reap(true);
    } else {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (running()) {
            if (std::chrono::steady_clock::now() > deadline) return -2;
            sleepMs(10);
        }
    }
    return WIFEXITED(m_status) ? WEXITSTATUS(m_status) : -1;
}

std::string Process::out() const {
    return m_tempOut.empty() ? "" : readFile(m_tempOut);
}

std::string Process::err() const {
    return m_tempErr.empty() ? "" : readFile(m_tempErr);
}

RunResult runProcess(const std::vector<std::string>& argv, const ProcessOptions& options, int timeoutMs) {
    Process p;
    RunResult r;
    if (!p.start(argv, options)) return r;
    r.exitCode = p.wait(timeoutMs);
    if (r.exitCode == -2) {
        p.kill();
        p.wait();
        r.exitCode = -1;
    }
    r.out = p.out();
    r.err = p.err();
    return r;
}

RunResult runProcess(const std::vector<std::string>& argv, const std::string& scratchDir) {
    ProcessOptions o;
    o.tempDir = scratchDir;
    return runProcess(argv, o);
}

}  // namespace gridwork::testing
