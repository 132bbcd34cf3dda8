#include "gridwork/core/sync/track_retention.h"

#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

#include <string>

namespace gridwork {

const char* expiredTrackPointsSql() {
    return "SELECT id FROM patrol_points WHERE recorded_at IS NOT NULL AND recorded_at < ?1 "
           "AND id NOT IN (SELECT row_id FROM outbox WHERE tbl='patrol_points')";
}

Result<std::uint64_t> expireTrackPoints(WriteTxn& txn, std::uint64_t cutoffMs) {
    auto& db = txn.database();
    const std::string expired = expiredTrackPointsSql();
    for (const char* clocks : {"column_clocks", "row_clocks"}) {
        GW_ASSIGN_OR_RETURN(db::Statement * del,
                            db.prepareChecked(std::string("DELETE FROM ") + clocks +
                                              " WHERE tbl='patrol_points' AND row_id IN (" + expired + ")"));
        del->bind(1, static_cast<std::int64_t>(cutoffMs));
        GW_TRY(del->run());
    }
    GW_ASSIGN_OR_RETURN(db::Statement * rows,
                        db.prepareChecked("DELETE FROM patrol_points WHERE id IN (" + expired + ")"));
    rows->bind(1, static_cast<std::int64_t>(cutoffMs));
    GW_TRY(rows->run());
    return static_cast<std::uint64_t>(db.changes());
}

}  // namespace gridwork
