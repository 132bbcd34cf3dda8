// simulator.h — gridwork-sim's world: a township server, N devices on temp files, random domain
// work, faulty links, crashes, skewed clocks, phones restored from backups and workers reassigned,
// an emergency with households' evacuations recorded on several phones (ended late in the day),
// then sync to quiescence and compare; every visit written on a phone (and not destroyed by the
// restore itself, i.e. synced before it or written after it) must be on the server or kept in its
// conflict log: zero lost writes.
//
// Contract: run() never throws; it returns the outcome and writes diagnostics to stderr.
// Deterministic for a seed, except for UUIDv7 row ids (their randomness does not steer choices).
// Thread-safety: single-threaded.
#pragma once

#include <cstdint>
#include <string>

namespace gridwork::sim {

struct SimOptions {
    int devices = 6;
    int ops = 300;
    std::uint64_t seed = 1;
    double drop = 0;  // request and response drop probability each
    double dup = 0;   // duplicate delivery probability
    bool reorder = false;
    double crash = 0;  // probability of closing/reopening a device after an op, and mid-sync
    std::int64_t skewMs = 0;
    // Protocol each device speaks: V2, V1, or Mixed (odd-numbered devices on v1, a v2 server).
    enum class Wire { V2, V1, Mixed } wire = Wire::V2;
    double restore = 0;   // per device op: back the phone's file up, or put an older backup back
    double reassign = 0;  // per op: the township moves a worker to another grid
};

struct SimOutcome {
    bool converged = false;
    bool invariantsHeld = false;
    std::uint64_t conflictsLogged = 0;
    std::uint64_t changes = 0;
    std::uint64_t visits = 0;      // visits written on devices and not destroyed by a restore
    std::uint64_t lostWrites = 0;  // ... of them, neither on the server nor kept in its conflict log
    std::uint64_t restores = 0, reassignments = 0;
    // Emergency mode: households with an evacuation record on the server, and their people out.
    std::uint64_t evacuatedHouseholds = 0, peopleEvacuated = 0;
    std::string failure;  // first problem found, for stderr
};

SimOutcome runSimulation(const SimOptions& options);

}  // namespace gridwork::sim
