// process.h — the one way tests, benchmarks and the load driver start child processes: spawn a
// program with arguments (and extra environment), capture its stdout/stderr, wait with a
// timeout, signal or kill it, read its pid and its peak memory.
//
// Contract: stdout/stderr go to files (never pipes, so a chatty child cannot deadlock): either
// files the caller names (appended to; "/dev/null" discards) or private temp files that
// out()/err() read at any time, also while the child runs, and that are removed with the
// Process. stdin is /dev/null. Nothing here throws. A Process still running when destroyed is
// SIGKILLed and reaped. Not thread-safe: one Process belongs to one thread; run() may be called
// from several threads at once.
#pragma once

#include <string>
#include <vector>

namespace gridwork::testing {

struct ProcessOptions {
    std::vector<std::string> env;  // "NAME=value" added to (or replacing in) this process's environment
    std::string outFile;           // empty: capture stdout in a temp file (out())
    std::string errFile;           // empty: capture stderr in a temp file (err())
    std::string tempDir;           // where captured streams go (default $TMPDIR or /tmp)
};

class Process {
public:
    Process() = default;
    ~Process();
    Process(const Process&) = delete;
    Process& operator=(const Process&) = delete;

    // Starts argv[0] (searched on PATH when it has no '/'); false when it could not be started.
    bool start(const std::vector<std::string>& argv, const ProcessOptions& options = {});
    // The legacy form: stdout/stderr appended to the given files.
    bool start(const std::vector<std::string>& argv, const std::string& outFile, const std::string& errFile);

    bool running();
    void signal(int sig);
    void kill();  // SIGKILL
    // Waits up to timeoutMs (< 0: forever); returns the exit code, -1 when it ended by a signal
    // or never started, -2 on timeout (still running).
    int wait(int timeoutMs = -1);
    int pid() const { return m_pid; }
    // After it ended: the signal that ended it (0 when it exited), its peak resident set (MB).
    int termSignal() const { return m_termSignal; }
    double peakRssMb() const { return m_peakRssMb; }

    // What the child wrote so far to a captured stream ("" when it goes to a named file).
    std::string out() const;
    std::string err() const;

private:
    bool reap(bool block);

    int m_pid = -1;
    int m_status = 0;
    bool m_reaped = true;
    int m_termSignal = 0;
    double m_peakRssMb = 0;
    std::string m_tempOut, m_tempErr;
};

struct RunResult {
    int exitCode = -1;  // -1: ended by a signal, not started, or killed at the timeout
    std::string out;
    std::string err;
};

// Runs argv to completion (killed after timeoutMs, < 0: no limit) and returns what it printed.
RunResult runProcess(const std::vector<std::string>& argv, const ProcessOptions& options = {}, int timeoutMs = -1);
// The same, the captured streams in scratchDir.
RunResult runProcess(const std::vector<std::string>& argv, const std::string& scratchDir);

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& bytes);
void sleepMs(int ms);

}  // namespace gridwork::testing
