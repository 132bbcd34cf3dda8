// track_retention.h — patrol tracks (行踪轨迹, sensitive personal information) are kept only as
// long as needed (issue 14, data minimisation; core/docs/privacy.md).
//
// expireTrackPoints deletes the patrol_points recorded before cutoffMs that the server already
// holds — on a device, those with no unsent outbox entry; a point still waiting for push is kept
// however old it is — together with their row and column clocks, without journaling anything
// (the deletion is local: it never deletes the points on the server or on other devices). The
// patrols themselves (start, stop, distance, findings) stay. Runs inside the caller's WriteTxn.
// The sync engine calls it after every successful sync with SyncOptions::trackRetentionMs
// (default 30 days); the server calls it with the township's period (SyncService).
// Thread-safety: as WriteTxn.
#pragma once

#include "gridwork/core/base/error.h"

#include <cstdint>

namespace gridwork {
class WriteTxn;

constexpr std::int64_t kDefaultDeviceTrackRetentionMs = 30LL * 24 * 3600 * 1000;

// The number of points deleted.
Result<std::uint64_t> expireTrackPoints(WriteTxn& txn, std::uint64_t cutoffMs);

// The SQL predicate (over patrol_points) of the points expireTrackPoints deletes; ?1 = cutoffMs.
// For the server, which deletes its log entries of the same points first.
const char* expiredTrackPointsSql();

}  // namespace gridwork
