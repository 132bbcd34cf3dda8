// patrol_repo.h — grid patrols (日巡查): start/pause/resume/stop, track points, checkpoints passed.
//
// Lifecycle: start -> active; pause: active -> paused; resume: paused -> active; stop: active or
// paused -> stopped (final). A wrong transition returns InvalidState and changes nothing. A worker
// has at most one unstopped patrol: start() refuses a second (InvalidState) and activeFor() finds
// it again after the app was killed, so the track continues. Track points are accepted while
// active; seq 0 means "next" (max + 1); a point whose seq already exists is an idempotent replay and
// returns the stored point without writing. distance() sums great-circle distances between
// successive points (seq order), ignoring points with accuracy worse than kMaxAccuracyM; it is
// stored in patrols.distance_m at pause and stop.
// Contract: one Store::transaction per call; borrows the Store; one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

inline constexpr double kMaxAccuracyM = 100.0;

// Great-circle distance in metres (haversine, mean Earth radius 6371008.8 m).
double distanceMeters(const GeoPoint& a, const GeoPoint& b);

class PatrolRepo {
public:
    explicit PatrolRepo(Store& store) : m_store(store) {}

    // at = 0: now (corrected clock). gridId nil: the worker's grid.
    Result<Patrol> start(const Uuid& workerId, const Uuid& gridId = {}, std::int64_t at = 0);
    Status pause(const Uuid& patrolId);
    Status resume(const Uuid& patrolId);
    Status stop(const Uuid& patrolId, const std::string& findings = "", std::int64_t at = 0);
    Status setFindings(const Uuid& patrolId, const std::string& findings);

    Result<TrackPoint> addPoint(const Uuid& patrolId, const GeoPoint& where, std::optional<double> accuracyM = {},
                                std::int64_t recordedAt = 0, std::int64_t seq = 0);
    // The patrol must be active or paused; the checkpoint must exist. No location check: a pass
    // is the worker's word (no forced check-ins, DESIGN §1).
    Result<CheckpointPass> passCheckpoint(const Uuid& patrolId, const Uuid& checkpointId, const std::string& note = "",
                                          std::int64_t at = 0);

    Result<Patrol> get(const Uuid& patrolId);
    // The worker's active or paused patrol, if any (newest).
    std::optional<Patrol> activeFor(const Uuid& workerId);
    std::vector<Patrol> ofWorker(const Uuid& workerId);
    std::vector<TrackPoint> track(const Uuid& patrolId);  // seq order
    std::vector<CheckpointPass> passes(const Uuid& patrolId);
    double distance(const Uuid& patrolId);

    // Checkpoints (mutable, e.g. reservoirs on the route).
    Result<Checkpoint> addCheckpoint(Checkpoint c);
    Result<Checkpoint> getCheckpoint(const Uuid& id);
    std::vector<Checkpoint> checkpoints(const Uuid& gridId);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
