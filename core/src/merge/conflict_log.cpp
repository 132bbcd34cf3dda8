#include "gridwork/core/merge/conflict_log.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/store.h"

namespace gridwork {

namespace {
std::uint64_t fnv1a(std::uint64_t h, const void* data, std::size_t n) {
    auto* p = static_cast<const std::uint8_t*>(data);
    for (std::size_t i = 0; i < n; ++i) {
        h ^= p[i];
        h *= 0x100000001b3ull;
    }
    return h;
}

std::uint64_t hashChangeKey(std::uint64_t seed, const Change& loser, const Change& winner) {
    std::uint64_t h = seed;
    h = fnv1a(h, loser.table.data(), loser.table.size());
    h = fnv1a(h, loser.rowId.bytes.data(), 16);
    h = fnv1a(h, loser.column.data(), loser.column.size());
    for (const Change* c : {&loser, &winner}) {
        h = fnv1a(h, &c->hlc, sizeof c->hlc);
        h = fnv1a(h, c->site.bytes.data(), 16);
    }
    return h;
}
}  // namespace

Uuid conflictId(const Change& loser, const Change& winner) {
    std::uint64_t a = hashChangeKey(0xcbf29ce484222325ull, loser, winner);
    std::uint64_t b = hashChangeKey(0x84222325cbf29ce4ull, loser, winner);
    Uuid id;
    for (int i = 0; i < 8; ++i) {
        id.bytes[i] = static_cast<std::uint8_t>(a >> (8 * i));
        id.bytes[8 + i] = static_cast<std::uint8_t>(b >> (8 * i));
    }
    id.bytes[6] = static_cast<std::uint8_t>(0x80 | (id.bytes[6] & 0x0f));  // version 8: name-derived
    id.bytes[8] = static_cast<std::uint8_t>(0x80 | (id.bytes[8] & 0x3f));
    return id;
}

Status logConflict(WriteTxn& txn, const Change& loser, const Change& winner) {
    Uuid id = conflictId(loser, winner);
    {
        GW_ASSIGN_OR_RETURN(db::Query exists, txn.database().prepare("SELECT 1 FROM conflicts WHERE id=?1"));
        exists->bind(1, id);
        GW_ASSIGN_OR_RETURN(bool found, exists->next());
        if (found) return Status::ok();
    }
    const Uuid& grid = winner.gridId.isNil() ? loser.gridId : winner.gridId;
    RowWrite w{std::string(tables::kConflicts), id, {}};
    w.set("grid_id", grid.isNil() ? Value::null() : grid.toValue())
        .set("tbl", Value::text(loser.table))
        .set("row_ref", loser.rowId.toValue())
        .set("col", Value::text(loser.column))
        .set("loser_value", Value::text(loser.value.toJson()))
        .set("winner_value", Value::text(winner.value.toJson()))
        .set("loser_hlc", Value::integer(static_cast<std::int64_t>(loser.hlc)))
        .set("winner_hlc", Value::integer(static_cast<std::int64_t>(winner.hlc)))
        .set("loser_site", loser.site.toValue())
        .set("winner_site", winner.site.toValue())
        .set("detected_at", Value::integer(static_cast<std::int64_t>(txn.store().clock().correctedNowMs())))
        .set("detected_by", txn.store().siteId().toValue());
    return txn.write(w);
}

std::vector<ConflictRecord> listConflicts(Store& store, std::size_t limit) {
    std::vector<ConflictRecord> out;
    auto prepared = store.database().prepare(
        "SELECT c.id, c.grid_id, c.tbl, c.row_ref, c.col, c.loser_value, c.winner_value, c.loser_hlc, c.loser_site, "
        "c.winner_hlc, c.winner_site, c.detected_at, c.detected_by, lw.name, ww.name FROM conflicts c "
        "LEFT JOIN devices ld ON ld.id = c.loser_site LEFT JOIN workers lw ON lw.id = ld.worker_id "
        "LEFT JOIN devices wd ON wd.id = c.winner_site LEFT JOIN workers ww ON ww.id = wd.worker_id "
        "ORDER BY c.detected_at DESC, c.id LIMIT ?1");
    if (!prepared.isOk()) return out;  // conflict_log.h: a failed read lists nothing (to move to Result)
    db::Query& q = *prepared;
    q->bind(1, static_cast<std::int64_t>(limit));
    while (q->step()) {
        ConflictRecord r;
        r.id = q->getUuid(0);
        r.gridId = q->getUuid(1);
        r.table = q->getText(2);
        r.row = q->getUuid(3);
        r.column = q->getText(4);
        r.loserValue = Value::text(q->getText(5));
        r.winnerValue = Value::text(q->getText(6));
        r.loser = {static_cast<Hlc>(q->getInt(7)), q->getUuid(8)};
        r.winner = {static_cast<Hlc>(q->getInt(9)), q->getUuid(10)};
        r.detectedAtMs = static_cast<std::uint64_t>(q->getInt(11));
        r.detectedBy = q->getUuid(12);
        r.loserName = q->getText(13);
        r.winnerName = q->getText(14);
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace gridwork
