// retention.cpp — the server's side of track retention: patrol points older than the township's
// period are deleted with their change-log entries (track_retention.h; core/docs/privacy.md).
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/track_retention.h"
#include "gridwork/server/sync_service.h"

#include <charconv>
#include <string>

namespace gridwork::server {

namespace {
constexpr const char* kRetentionKey = "privacy.track_retention_days";
constexpr std::uint64_t kDayMs = 24ull * 3600 * 1000;
constexpr std::uint64_t kCheckEveryMs = 3600 * 1000;
}  // namespace

Status SyncService::setTrackRetentionDays(std::uint32_t days) {
    if (days == 0 || days > 3650) return {ErrorCode::InvalidArgument, "轨迹保存期限应为 1 到 3650 天"};
    std::lock_guard lock(m_mutex);
    GW_TRY(m_store->setMeta(kRetentionKey, std::to_string(days)));
    m_lastTrackExpiryMs = 0;  // apply the new period at the next request
    return Status::ok();
}

std::uint32_t SyncService::trackRetentionDays() {
    std::lock_guard lock(m_mutex);
    return trackRetentionDaysLocked();
}

std::uint32_t SyncService::trackRetentionDaysLocked() {
    auto text = m_store->meta(kRetentionKey);
    std::uint32_t days = 0;
    if (text && std::from_chars(text->data(), text->data() + text->size(), days).ec == std::errc() && days > 0)
        return days;
    return m_options.trackRetentionDays;
}

Result<std::uint64_t> SyncService::expireTracks() {
    std::lock_guard lock(m_mutex);
    return expireTracksLocked(m_store->clock().correctedNowMs());
}

Result<std::uint64_t> SyncService::expireTracksLocked(std::uint64_t nowMs) {
    m_lastTrackExpiryMs = nowMs;
    const std::uint64_t keep = std::uint64_t{trackRetentionDaysLocked()} * kDayMs;
    if (nowMs <= keep) return std::uint64_t{0};
    const std::uint64_t cutoff = nowMs - keep;
    std::uint64_t deleted = 0;
    GW_TRY(m_store->transaction([&](WriteTxn& txn) -> Status {
        auto& db = txn.database();
        GW_ASSIGN_OR_RETURN(db::Statement * log,
                            db.prepareChecked(std::string("DELETE FROM server_log WHERE tbl='patrol_points' AND "
                                                          "row_id IN (") +
                                              expiredTrackPointsSql() + ")"));
        log->bind(1, static_cast<std::int64_t>(cutoff));
        GW_TRY(log->run());
        GW_ASSIGN_OR_RETURN(deleted, expireTrackPoints(txn, cutoff));
        return Status::ok();
    }));
    return deleted;
}

void SyncService::expireTracksIfDueLocked() {
    std::uint64_t now = m_store->clock().correctedNowMs();
    if (m_lastTrackExpiryMs != 0 && now < m_lastTrackExpiryMs + kCheckEveryMs) return;
    (void)expireTracksLocked(now);  // a failure is retried at the next check
}

}  // namespace gridwork::server
