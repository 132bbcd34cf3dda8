// patrol start|point|checkpoint|pause|resume|stop|show — grid patrols (日巡查) with their track.
// Every subcommand but start takes the patrol id, or finds the worker's unstopped patrol (so a
// script, like the app after a kill, continues the same track).
#include "device_context.h"
#include "domain_records.h"
#include "invocation.h"
#include "location_option.h"

#include "gridwork/core/domain/patrol_repo.h"

namespace gridwork::device {

namespace {
using namespace gridwork::domain;

// The PATROL_ID positional, else the worker's active or paused patrol.
Result<Uuid> patrolId(Invocation& inv, Store& store) {
    GW_ASSIGN_OR_RETURN(auto given, inv.optionalPositionalUuid(0, "patrol"));
    if (given) return *given;
    GW_ASSIGN_OR_RETURN(Uuid worker, workerOrDefault(inv, store));
    if (worker.isNil()) return Status(ErrorCode::InvalidArgument, "give PATROL_ID, or --worker (or init --worker)");
    auto active = PatrolRepo(store).activeFor(worker);
    if (!active) return Status(ErrorCode::NotFound, "巡查：没有进行中的巡查 (no active patrol for this worker)");
    return active->id;
}

#define GW_PATROL_ID(inv, store, lhs)                                                                                  \
    auto gw_pid_ = patrolId(inv, store);                                                                               \
    if (!gw_pid_.isOk())                                                                                               \
        return gw_pid_.status().code() == ErrorCode::NotFound ? (inv).fail(gw_pid_.status())                           \
                                                              : (inv).usage(gw_pid_.status());                         \
    lhs = gw_pid_.value()

int runStart(Invocation& inv) {
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_USAGE(inv, Uuid worker, workerOrDefault(inv, *store));
    GW_USAGE(inv, Uuid grid, gridOrDefault(inv, *store));
    if (worker.isNil()) return inv.usage("missing --worker (or init --worker)");
    GW_REFUSE(inv, auto p, PatrolRepo(*store).start(worker, grid, at.value_or(0)));
    inv.printCreated("patrol", p.id);
    return 0;
}

int runPoint(Invocation& inv) {
    GW_USAGE(inv, auto where, locationOption(inv));
    if (!where) return inv.usage("missing --lat and --lon");
    GW_USAGE(inv, auto accuracy, inv.real("accuracy"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_USAGE(inv, auto seq, inv.integer("seq"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    GW_REFUSE(inv, auto point, PatrolRepo(*store).addPoint(id, *where, accuracy, at.value_or(0), seq.value_or(0)));
    if (inv.json())
        inv.print(trackPointRecord(point));
    else
        std::printf("%s %lld\n", point.id.toString().c_str(), static_cast<long long>(point.seq));
    return 0;
}

int runCheckpoint(Invocation& inv) {
    GW_USAGE(inv, Uuid checkpoint, inv.requireUuid("checkpoint"));
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    GW_REFUSE(inv, auto pass,
              PatrolRepo(*store).passCheckpoint(id, checkpoint, inv.text("note").value_or(""), at.value_or(0)));
    inv.printCreated("patrol_checkpoint", pass.id);
    return 0;
}

int printState(Invocation& inv, Store& store, const Uuid& id) {
    if (!inv.json()) return 0;
    GW_REFUSE(inv, auto p, PatrolRepo(store).get(id));
    inv.print(patrolRecord(p));
    return 0;
}

int runPause(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    GW_REFUSE_STATUS(inv, PatrolRepo(*store).pause(id));
    return printState(inv, *store, id);
}

int runResume(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    GW_REFUSE_STATUS(inv, PatrolRepo(*store).resume(id));
    return printState(inv, *store, id);
}

int runStop(Invocation& inv) {
    GW_USAGE(inv, auto at, inv.timeMs("at"));
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    PatrolRepo repo(*store);
    GW_REFUSE_STATUS(inv, repo.stop(id, inv.text("findings").value_or(""), at.value_or(0)));
    GW_REFUSE(inv, auto p, repo.get(id));
    if (inv.json())
        inv.print(patrolRecord(p));
    else
        std::printf("stopped %s, %.0f m\n", p.id.toString().c_str(), p.distanceM);
    return 0;
}

int runShow(Invocation& inv) {
    GW_REFUSE(inv, Store * store, inv.store());
    GW_PATROL_ID(inv, *store, Uuid id);
    PatrolRepo repo(*store);
    GW_REFUSE(inv, auto p, repo.get(id));
    Record out = patrolRecord(p);
    out.add("distance_now_m", Value::real(repo.distance(id)));
    std::vector<Record> points, passes;
    for (const auto& t : repo.track(id)) points.push_back(trackPointRecord(t));
    for (const auto& c : repo.passes(id)) passes.push_back(checkpointPassRecord(c));
    out.add("track", points).add("checkpoints", passes);
    inv.print(out);
    return 0;
}

const OptionSpec kWorker{"worker", "ID", "find the patrol of this worker (default: the device's worker)"};
}  // namespace

CommandGroup patrolCommands() {
    return {
        "patrol",
        "grid patrols (日巡查): start, track points, checkpoints, pause/resume, stop",
        {{"start",
          "Starts a patrol and prints its id (one unstopped patrol per worker).",
          {{"worker", "ID", "the patrolling worker (default: the device's worker)"},
           {"grid", "ID", "the grid patrolled (default: the worker's grid)"},
           {"at", "TIME", "start time (Unix ms or ISO UTC; default now)"}},
          {},
          0,
          0,
          runStart},
         {"point",
          "Adds a track point; prints its id and sequence number.",
          {{"lat", "DEG", "latitude", true},
           {"lon", "DEG", "longitude", true},
           {"accuracy", "M", "fix accuracy in metres (points worse than 100 m do not count for distance)"},
           {"at", "TIME", "when recorded (default now)"},
           {"seq", "N", "sequence number (default: next); a repeated seq is an idempotent replay"},
           kWorker},
          "[PATROL_ID]",
          0,
          1,
          runPoint},
         {"checkpoint",
          "Records passing a checkpoint (the worker's word; no location check).",
          {{"checkpoint", "ID", "the checkpoint passed", true},
           {"note", "TEXT", "what was seen, e.g. 水位正常"},
           {"at", "TIME", "when (default now)"},
           kWorker},
          "[PATROL_ID]",
          0,
          1,
          runCheckpoint},
         {"pause", "Pauses an active patrol.", {kWorker}, "[PATROL_ID]", 0, 1, runPause},
         {"resume", "Resumes a paused patrol.", {kWorker}, "[PATROL_ID]", 0, 1, runResume},
         {"stop",
          "Stops a patrol; prints its distance.",
          {{"findings", "TEXT", "what the patrol found"}, {"at", "TIME", "stop time (default now)"}, kWorker},
          "[PATROL_ID]",
          0,
          1,
          runStop},
         {"show", "Shows a patrol with its track and checkpoints passed.", {kWorker}, "[PATROL_ID]", 0, 1, runShow}}};
}

}  // namespace gridwork::device
