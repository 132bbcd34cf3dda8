// emergency_repo.h — emergency mode (平战转换, core/docs/emergency.md): declarations, the
// evacuation risk list, 人员转移 records and the township's live totals.
//
// Declarations (declare/end) are township org data: the server's CLI writes them; a device only
// reads them (its pushes of them are refused). An evacuation record is ONE row per (emergency,
// household) with the id evacuationRowId(emergency, household), and record() writes EVERY column
// with one stamp, so two workers recording the same household offline write the same row and the
// later record wins as a whole (per-column LWW where all columns share a stamp): the household is
// counted once, with one consistent record. Contract: validated writes, one transaction per
// call, Chinese errors that name the field; borrows the Store; one thread at a time.
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

// The evacuation row id of a household in an emergency: the first 16 bytes of
// SHA-256("gridwork.evacuation" || emergency || household), marked as a UUIDv8 (RFC 9562).
Uuid evacuationRowId(const Uuid& emergencyId, const Uuid& householdId);

// A household on the risk list, with its record in the emergency if it has one.
struct RiskHousehold {
    Household household;
    std::optional<Evacuation> evacuation;
};

// Totals of one grid, or of the township (gridId nil) — the contract fields of
// `gridwork-server emergency stats`.
struct EmergencyTotals {
    Uuid gridId;
    std::string gridName;
    std::int64_t householdsListed = 0;  // live, not moved-out households on the risk list
    std::int64_t householdsDone = 0;    // households with an evacuation record (listed or not)
    std::int64_t peopleEvacuated = 0;
    std::int64_t peopleStayed = 0;
    std::int64_t disasterReportsOpen = 0;  // disaster-category reports filed since the start, not handled/closed

    // Adds the other's counts (id and name stay): a township's or a device's several grids.
    EmergencyTotals& operator+=(const EmergencyTotals& o);
};

struct EmergencyStats {
    Emergency emergency;
    std::vector<EmergencyTotals> grids;  // the emergency's grids (every live grid when township-wide), by name
    EmergencyTotals township;            // the sums
};

class EmergencyRepo {
public:
    explicit EmergencyRepo(Store& store) : m_store(store) {}

    // Declares an emergency (server side). Each grid must be a live grid (NotFound); startedAt
    // 0 = now. InvalidState when an emergency still lasts for one of its grids.
    Result<Emergency> declare(Emergency e);
    // Ends it (endedAt 0 = now); InvalidState when it already ended, NotFound when missing.
    Status end(const Uuid& emergencyId, std::int64_t endedAt = 0);
    Result<Emergency> get(const Uuid& emergencyId);
    // Emergencies that still last, newest first.
    std::vector<Emergency> active();
    // The newest lasting emergency, else the one started last (its totals stay readable after
    // the end); nullopt when none was ever declared.
    std::optional<Emergency> latest();
    // The newest lasting emergency that covers one of `grids` (a device: its grids).
    std::optional<Emergency> activeFor(const std::vector<Uuid>& grids);

    // The risk list flag of a household (风险摸排: 危旧房, 低洼地, 地质灾害点 …); LWW like any ledger field.
    Status setRisk(const Uuid& householdId, bool onList);
    // The risk list of the emergency in `grids` (only the grids it covers), by address, each
    // with its record; households recorded without being listed are included after them.
    Result<std::vector<RiskHousehold>> riskList(const Uuid& emergencyId, const std::vector<Uuid>& grids);

    // Records (or replaces) the household's evacuation. evacuated, stayed 0..999; a reason is
    // required when stayed > 0; the household must be live and in a grid the emergency covers
    // (InvalidArgument); the emergency must still last (InvalidState).
    Result<Evacuation> record(Evacuation ev);
    std::optional<Evacuation> evacuationOf(const Uuid& emergencyId, const Uuid& householdId);

    // Live totals per grid and for the township. Only rows whose id is evacuationRowId of their
    // (emergency, household) count, so no household is counted twice even if a buggy peer wrote
    // one under another id.
    Result<EmergencyStats> stats(const Uuid& emergencyId);
    // The reports counted in disasterReportsOpen (the same predicate), grid by grid of the
    // emergency's grids, newest first in each: the console lists them beside the totals.
    Result<std::vector<Uuid>> openDisasterReports(const Uuid& emergencyId);

private:
    Store& m_store;
};

}  // namespace gridwork::domain
