// ledger_csv_gen.h — writes a realistic household/resident ledger CSV (the format of
// core/docs/ledger-sample.csv): Chinese names from common surnames, valid and unique 18-digit ID
// numbers (the core's own GB 11643 check character), mobiles and landlines, relations, tags,
// 2-5 residents per household. Deterministic for a seed. Fields never contain commas or quotes,
// so the baseline can split lines naively.
// Contract: returns false if the file cannot be written. Single-threaded.
#pragma once

#include <cstdint>
#include <string>

namespace gridwork::bench {

struct LedgerCsvStats {
    std::int64_t residents = 0;
    std::int64_t households = 0;
    std::int64_t bytes = 0;
};

bool writeLedgerCsv(const std::string& path, std::int64_t residents, std::uint64_t seed, LedgerCsvStats& stats);

}  // namespace gridwork::bench
