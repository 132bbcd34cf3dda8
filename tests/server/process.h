// process.h — child processes for the integration tests: run to completion and capture output,
// or start in the background and stop with a signal.
// Contract: stdout/stderr go to files (no pipe deadlocks); nothing here throws; a Process left
// running is SIGKILLed and reaped by its destructor. Not thread-safe.
#pragma once

#include <string>
#include <vector>

namespace gridwork::testing {

struct RunResult {
    int exitCode = -1;  // -1: killed by a signal or not started
    std::string out;
    std::string err;
};

RunResult runProcess(const std::vector<std::string>& argv, const std::string& scratchDir);

class Process {
public:
    Process() = default;
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    // outFile/errFile receive the child's stdout/stderr (appended).
    bool start(const std::vector<std::string>& argv, const std::string& outFile, const std::string& errFile);
    bool running();
    void signal(int sig);
    // Waits up to timeoutMs; returns the exit code, -1 when killed by a signal, -2 on timeout.
    int wait(int timeoutMs);
    int pid() const { return m_pid; }

private:
    int m_pid = -1;
    int m_status = 0;
    bool m_reaped = true;
};

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);
void sleepMs(int ms);

}  // namespace gridwork::testing
