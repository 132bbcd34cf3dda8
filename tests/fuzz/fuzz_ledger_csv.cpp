// fuzz_ledger_csv — the ledger CSV importer (the township's spreadsheets), both modes, on a
// device store of its own. An import either commits or reports bad lines; it never crashes and
// AllOrNothing never leaves part of a bad file behind.
#include "fuzz_township.h"
#include "gridwork/core/domain/ledger_import.h"
#include "gridwork/core/store/db.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>

namespace {
gridwork::Store& store() {
    static auto* s = [] {
        auto opened = gridwork::Store::open(gridwork::fuzz::scratchDir("ledger") + "/ledger.db",
                                            gridwork::StoreOptions{.durable = false});
        if (!opened) std::abort();
        return opened->release();
    }();
    return *s;
}

std::int64_t residents(gridwork::Store& s) {
    return s.database().queryInt("SELECT count(*) FROM residents").value_or(-1);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    gridwork::domain::ImportOptions o;
    o.gridId = gridwork::Uuid::parse("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b").value();
    o.mode = (data[0] & 1) ? gridwork::domain::ImportMode::SkipBadLines : gridwork::domain::ImportMode::AllOrNothing;
    o.batchRows = 1 + (data[0] >> 1);
    std::istringstream in(std::string(reinterpret_cast<const char*>(data + 1), size - 1));
    auto& s = store();
    std::int64_t before = residents(s);
    auto r = gridwork::domain::importLedgerCsv(s, in, o);
    if (r && o.mode == gridwork::domain::ImportMode::AllOrNothing && !r->committed && residents(s) != before)
        __builtin_trap();
    return 0;
}
