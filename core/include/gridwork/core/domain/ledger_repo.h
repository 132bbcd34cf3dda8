// ledger_repo.h — the household/resident ledger (台账): add, partial edit, move in/out, queries.
//
// Contract: every call that writes validates first (validation.h; InvalidArgument with a Chinese
// message, NotFound for a missing household) and then writes in ONE Store::transaction, so a
// refused call changes nothing. Edits write only the fields given in the patch (per-column LWW:
// two workers editing different fields both keep their edits). "Moved out" is a status, never a
// delete; remove() is a tombstone. Lists never include tombstoned rows.
// The repo borrows the Store. Thread-safety: as the Store (one thread at a time).
#pragma once

#include "gridwork/core/base/error.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace gridwork::domain {

struct HouseholdPatch {
    std::optional<Uuid> microGridId;
    std::optional<std::string> address;
    std::optional<HouseholdKind> kind;
    std::optional<HouseholdStatus> status;
    std::optional<std::string> headName;
    std::optional<std::string> phone;  // "" clears
    std::optional<std::string> note;
};

// A corrected ID number also sets birth year and gender from it unless the patch gives them (then
// they must agree with it).
struct ResidentPatch {
    std::optional<std::string> name;
    std::optional<std::string> idNumber;  // "" clears
    std::optional<std::string> phone;     // "" clears
    std::optional<std::optional<int>> birthYear;
    std::optional<std::optional<Gender>> gender;
    std::optional<std::string> relation;
    std::optional<std::vector<ResidentTag>> tags;
    std::optional<ResidentStatus> status;
    std::optional<Uuid> householdId;  // moves the person to another household of the same grid
};

// One search result: the household, and the resident whose name matched (if it was a person).
struct LedgerHit {
    Household household;
    std::optional<Resident> resident;
};

class LedgerRepo {
public:
    explicit LedgerRepo(Store& store) : m_store(store) {}

    // Households. A nil id gets a new UUIDv7; gridId may be nil when microGridId names a known
    // micro-grid (its grid is used). Address required; phone validated if given.
    Result<Household> addHousehold(Household h);
    Status editHousehold(const Uuid& id, const HouseholdPatch& patch);
    Status moveOutHousehold(const Uuid& id) { return setHouseholdStatus(id, HouseholdStatus::MovedOut); }
    Status moveInHousehold(const Uuid& id) { return setHouseholdStatus(id, HouseholdStatus::Active); }
    Status setHouseholdStatus(const Uuid& id, HouseholdStatus status);
    Status removeHousehold(const Uuid& id);  // tombstone (a data-entry mistake), not "moved out"
    Result<Household> getHousehold(const Uuid& id);
    // Sorted by address. includeMovedOut=false hides moved-out households.
    std::vector<Household> householdsOfMicroGrid(const Uuid& microGridId, bool includeMovedOut = false);
    std::vector<Household> householdsOfGrid(const Uuid& gridId, bool includeMovedOut = false);

    // Residents. The household must exist; the resident takes its grid. Name required; ID number
    // (validated, normalised; birth year/gender filled from it when not given) and phone optional.
    Result<Resident> addResident(Resident r);
    Status editResident(const Uuid& id, const ResidentPatch& patch);
    Status moveOutResident(const Uuid& id) { return setResidentStatus(id, ResidentStatus::MovedOut); }
    Status moveInResident(const Uuid& id) { return setResidentStatus(id, ResidentStatus::Present); }
    Status setResidentStatus(const Uuid& id, ResidentStatus status);
    Status removeResident(const Uuid& id);
    Result<Resident> getResident(const Uuid& id);
    // Head of household first (relation 户主), then by name.
    std::vector<Resident> residentsOf(const Uuid& householdId, bool includeGone = false);
    // Residents of a grid carrying a tag (e.g. every elderly_alone person).
    std::vector<Resident> residentsWithTag(const Uuid& gridId, ResidentTag tag);

    // Search the grids' ledgers: a query of Chinese text matches household address/head name and
    // resident names (substring); a query of ASCII letters also matches pinyin initials of names
    // ("zs" finds 张三, "lt" 李婷; any reading of a polyphone: "zs" finds 曾单) for every CJK
    // Unified Ideograph (core/docs/pinyin.md); digits match phone/ID-number endings.
    // At most `limit` hits, households first ordered by address.
    std::vector<LedgerHit> search(const std::vector<Uuid>& grids, const std::string& query, std::size_t limit = 50);

    // The number of live households / residents of a grid.
    std::int64_t householdCount(const Uuid& gridId);
    std::int64_t residentCount(const Uuid& gridId);

private:
    Store& m_store;
};

// Pinyin initials of a UTF-8 string: Latin letters lower-cased and kept, Chinese characters
// (U+4E00-U+9FFF, U+3400-U+4DBF) mapped to the initial of their main reading (a polyphone's
// surname reading: 单 -> s), anything else dropped. "张三" -> "zs". Exposed for tests and the app.
std::string pinyinInitials(std::string_view utf8);
// True when `initials` (ASCII letters, any case) is a prefix of the name's initials, where each
// polyphone may stand for any of its readings: ("曾单", "zs"), ("曾单", "cd") and ("李婷", "lt").
bool pinyinInitialsMatch(std::string_view utf8, std::string_view initials);

}  // namespace gridwork::domain
