// Protocol v2's change block and compression: random change sets round-trip exactly (many
// seeds, GRIDWORK_SEED picks the first), every truncated or corrupted block is a typed error and
// never a crash, the schema codes are pinned, and a store merges the same whether its changes came
// as v1 protobuf or as a v2 block.
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/batch_apply.h"
#include "gridwork/core/wire/change_block.h"
#include "gridwork/core/wire/codec.h"
#include "gridwork/core/wire/compress.h"
#include "gridwork/core/wire/wire_schema.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <random>

using namespace gridwork;
using namespace gridwork::testing;

namespace {
constexpr std::uint64_t kT0 = 1'780'000'000'000ull;

Value randomValue(std::mt19937_64& rng, const std::vector<Uuid>& ids) {
    switch (rng() % 9) {
    case 0: return Value::null();
    case 1: return Value::integer(static_cast<std::int64_t>(rng()));
    case 2: return Value::integer(static_cast<std::int64_t>(rng() % 200) - 100);
    case 3: return Value::real(30.2741 + 0.00001 * static_cast<double>(rng() % 1000));
    case 4: {
        double d = std::bit_cast<double>(rng());
        return Value::real(std::isnan(d) ? -0.0 : d);
    }
    case 5: return Value::text(rng() % 2 ? "resident" : "幸福村" + std::to_string(rng() % 50) + "组");
    case 6: return Value::text(std::string(rng() % 80, static_cast<char>('a' + rng() % 26)));
    case 7: {
        Blob b(rng() % 40);
        for (auto& x : b) x = static_cast<std::uint8_t>(rng());
        return Value::blob(b);
    }
    default: return ids[rng() % ids.size()].toValue();
    }
}

// Rows written column by column, runs of one row, stamps mostly shared, some odd names.
std::vector<Change> randomChanges(std::mt19937_64& rng) {
    std::vector<Uuid> rows, sites, grids{Uuid::nil()};
    for (int i = 0; i < 30; ++i) rows.push_back(uuidV7At(kT0 + rng() % 100000, rng()));
    for (int i = 0; i < 3; ++i) {
        Uuid raw;
        for (auto& b : raw.bytes) b = static_cast<std::uint8_t>(rng());
        rows.push_back(raw);
    }
    for (int i = 0; i < 4; ++i) sites.push_back(uuidV7At(kT0 - 1000 * i, rng()));
    for (int i = 0; i < 3; ++i) grids.push_back(uuidV7At(kT0 - 5000 * i, rng()));
    const auto& tables = replicatedTables();
    std::vector<Change> out;
    std::size_t n = rng() % 300;
    while (out.size() < n) {
        const TableSpec& t = tables[rng() % tables.size()];
        Uuid row = rows[rng() % rows.size()];
        Uuid grid = grids[rng() % grids.size()];
        Uuid site = sites[rng() % sites.size()];
        Hlc hlc = makeHlc(kT0 + rng() % 10'000'000, static_cast<std::uint16_t>(rng() % 4));
        std::size_t cols = 1 + rng() % 8;
        bool odd = rng() % 20 == 0;
        for (std::size_t k = 0; k < cols; ++k) {
            Change c{std::string(odd ? "no_such_table" : t.name), row, "", randomValue(rng, rows), hlc, site, grid};
            c.column = rng() % 15 == 0 ? "no_such_column" : std::string(t.columns[rng() % t.columns.size()].name);
            if (rng() % 6 == 0) c.hlc = rng() % 2 ? hlc + 1 : rng();
            if (rng() % 8 == 0) c.site = sites[rng() % sites.size()];
            out.push_back(std::move(c));
        }
    }
    return out;
}
}  // namespace

TEST_CASE("v2 change block: random change sets round-trip exactly") {
    std::uint64_t seed = testSeed(9);
    for (std::uint64_t round = 0; round < 200; ++round) {
        INFO("GRIDWORK_SEED=" << seed + round);
        std::mt19937_64 rng(seed + round);
        auto changes = randomChanges(rng);
        wire::BlockStats stats;
        std::string block = wire::encodeChangeBlock(changes, &stats);
        CHECK(stats.changes == changes.size());
        auto back = wire::decodeChangeBlock(block);
        REQUIRE_MESSAGE(back.isOk(), back.status().toString());
        REQUIRE(back->size() == changes.size());
        for (std::size_t i = 0; i < changes.size(); ++i) {
            CHECK((*back)[i] == changes[i]);
            if (changes[i].value.kind() == Value::Kind::Real)
                CHECK(std::bit_cast<std::uint64_t>((*back)[i].value.asReal()) ==
                      std::bit_cast<std::uint64_t>(changes[i].value.asReal()));
        }
        for (auto codec : {wire::Codec::Identity, wire::Codec::Gzip, wire::Codec::Zstd, wire::Codec::ZstdDict}) {
            auto raw = wire::unpack(wire::pack(block, {codec, codec == wire::Codec::Gzip ? 6 : 3}));
            REQUIRE(raw.isOk());
            CHECK(*raw == block);
        }
    }
}

TEST_CASE("v2 change block: every truncation and corruption is a typed error, never a crash") {
    std::uint64_t seed = testSeed(11);
    for (std::uint64_t round = 0; round < 30; ++round) {
        INFO("GRIDWORK_SEED=" << seed + round);
        std::mt19937_64 rng(seed + round);
        auto changes = randomChanges(rng);
        std::string block = wire::encodeChangeBlock(changes);
        for (std::size_t cut = 0; cut < block.size(); ++cut) {
            auto r = wire::decodeChangeBlock(std::string_view(block).substr(0, cut));
            REQUIRE_FALSE(r.isOk());
            CHECK(r.status().code() == ErrorCode::Malformed);
        }
        CHECK_FALSE(wire::decodeChangeBlock(block + "x").isOk());
        for (int flip = 0; flip < 300 && !block.empty(); ++flip) {
            std::string bad = block;
            bad[rng() % bad.size()] ^= static_cast<char>(1 + rng() % 255);
            auto r = wire::decodeChangeBlock(bad);  // may decode to other changes; must not crash
            if (!r.isOk())
                CHECK((r.status().code() == ErrorCode::Malformed || r.status().code() == ErrorCode::InvalidState ||
                       r.status().code() == ErrorCode::TooLarge));
        }
        std::string packed = wire::pack(block);
        for (std::size_t cut = 0; cut < packed.size(); cut += 1 + packed.size() / 50) {
            auto r = wire::unpack(std::string_view(packed).substr(0, cut));
            CHECK_FALSE(r.isOk());
        }
    }
    CHECK(wire::decodeChangeBlock("").status().code() == ErrorCode::Malformed);
    CHECK(wire::unpack(std::string("\x09zz", 3)).status().code() == ErrorCode::Malformed);
    CHECK(wire::decodeChangeBlock(std::string("GW\x02\x07", 4)).status().code() == ErrorCode::InvalidState);
    wire::BlockLimits tight;
    tight.maxChanges = 3;
    std::mt19937_64 rng(1);
    std::vector<Change> many;
    while (many.size() < 10) many = randomChanges(rng);
    CHECK(wire::decodeChangeBlock(wire::encodeChangeBlock(many), tight).status().code() == ErrorCode::TooLarge);
    CHECK(wire::unpack(wire::pack(std::string(1000, 'a')), 100).status().code() == ErrorCode::TooLarge);
}

TEST_CASE("v2 wire schema: codes are positions, pinned by the fingerprint") {
    for (const TableSpec& t : replicatedTables()) {
        std::uint32_t code = wire::tableCode(t.name);
        REQUIRE_MESSAGE(code != 0, "table without a wire code: " << t.name);
        CHECK(wire::tableByCode(code) == &t);
        for (std::size_t i = 0; i < t.columns.size(); ++i) CHECK(wire::columnCode(t, t.columns[i].name) == i + 1);
    }
    CHECK(wire::tableCode("no_such_table") == 0);
    CHECK(wire::tableByCode(0) == nullptr);
    // A table or column added to schema.h changes this: bump kWireSchemaVersion and pin anew.
    CHECK(wire::kWireSchemaVersion == 2);
    CHECK(wire::wireSchemaFingerprint() == 4527734244202026448ull);  // 2: emergency mode
}

TEST_CASE("v2 change block: the header names the oldest schema that knows its changes") {
    const Uuid row = uuidV7At(kT0, 1), site = uuidV7At(kT0, 2), grid = uuidV7At(kT0, 3);
    const Hlc hlc = makeHlc(kT0, 0);
    std::vector<Change> old{{"visits", row, "note", Value::text("走访"), hlc, site, grid},
                            {"households", row, "phone", Value::text("13800000000"), hlc, site, grid}};
    auto schemaOf = [](const std::string& block) { return static_cast<int>(static_cast<unsigned char>(block[3])); };
    // What the first schema knows travels as schema 1: a phone not yet updated still decodes it.
    CHECK(schemaOf(wire::encodeChangeBlock(old)) == 1);
    auto withRisk = old;
    withRisk.push_back({"households", row, "evac_risk", Value::boolean(true), hlc, site, grid});
    CHECK(schemaOf(wire::encodeChangeBlock(withRisk)) == 2);
    auto withEvacuation = old;
    withEvacuation.push_back({"evacuations", row, "evacuated", Value::integer(3), hlc, site, grid});
    std::string block = wire::encodeChangeBlock(withEvacuation);
    CHECK(schemaOf(block) == 2);
    // A block from a newer schema than this build's is refused in plain words, not misread.
    block[3] = static_cast<char>(wire::kWireSchemaVersion + 1);
    auto refused = wire::decodeChangeBlock(block);
    CHECK(refused.status().code() == ErrorCode::InvalidState);
    CHECK(refused.status().message().find("请先更新应用") != std::string::npos);
}

TEST_CASE("v2 change block: a store merges the same whether changes came as v1 or v2") {
    std::uint64_t seed = testSeed(13);
    for (std::uint64_t round = 0; round < 10; ++round) {
        INFO("GRIDWORK_SEED=" << seed + round);
        std::mt19937_64 rng(seed + round);
        // Valid changes only: known tables and columns, values of the column's type.
        Uuid grid = newUuidV7();
        std::vector<Uuid> sites{newUuidV7(), newUuidV7()};
        std::vector<Change> changes;
        for (int r = 0; r < 40; ++r) {
            Uuid row = uuidV7At(kT0 + static_cast<std::uint64_t>(r), rng());
            Hlc hlc = makeHlc(kT0 + rng() % 100000, 0);
            for (int w = 0; w < 1 + static_cast<int>(rng() % 3); ++w) {
                Uuid site = sites[rng() % 2];
                changes.push_back({"households", row, "grid_id", grid.toValue(), hlc, site, grid});
                changes.push_back({"households", row, "address", Value::text("幸福村" + std::to_string(rng() % 9)),
                                   hlc + rng() % 3, site, grid});
                changes.push_back(
                    {"households", row, "phone", Value::text(std::to_string(rng() % 1000)), hlc, site, grid});
                hlc += rng() % 5;
            }
        }
        std::shuffle(changes.begin(), changes.end(), rng);
        TempDir dir;
        std::string dumps[2];
        for (int way = 0; way < 2; ++way) {
            std::vector<Change> received;
            if (way == 0) {
                wire::pb::PullResponse resp;
                for (const auto& c : changes) wire::toProto(c, resp.add_changes());
                auto parsed = wire::parseMessage<wire::pb::PullResponse>(resp.SerializeAsString());
                REQUIRE(parsed.isOk());
                for (const auto& pc : parsed->changes()) received.push_back(wire::fromProto(pc).value());
            } else {
                auto raw = wire::unpack(wire::pack(wire::encodeChangeBlock(changes)));
                REQUIRE(raw.isOk());
                received = wire::decodeChangeBlock(*raw).value();
            }
            StoreOptions o;
            o.durable = false;
            auto store = Store::open(dir.file("way" + std::to_string(way) + ".db"), o).value();
            Status st = store->transaction([&](WriteTxn& txn) { return applyRemoteBatch(txn, received).status(); });
            REQUIRE_MESSAGE(st.isOk(), st.toString());
            dumps[way] = dumpJson(*store, std::vector<Uuid>{grid});
        }
        CHECK(dumps[0] == dumps[1]);
    }
}
