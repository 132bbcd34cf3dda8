#include "gridwork/core/wire/wire_schema.h"

#include <array>

namespace gridwork::wire {

namespace {
// The wire order of tables. Append only: a code, once given, keeps its table forever.
constexpr std::array<std::string_view, 19> kWireTableOrder = {
    tables::kOrgUnits,         tables::kWorkers,   tables::kDevices,      tables::kHouseholds,  tables::kResidents,
    tables::kFollowups,        tables::kVisits,    tables::kCheckpoints,  tables::kPatrols,     tables::kTrackPoints,
    tables::kCheckpointPasses, tables::kReports,   tables::kReportEvents, tables::kTasks,       tables::kDiary,
    tables::kAttachments,      tables::kConflicts, tables::kEmergencies,  tables::kEvacuations,
};

const std::array<const TableSpec*, kWireTableOrder.size()>& specsByCode() {
    static const auto specs = [] {
        std::array<const TableSpec*, kWireTableOrder.size()> out{};
        for (std::size_t i = 0; i < kWireTableOrder.size(); ++i) out[i] = findTable(kWireTableOrder[i]);
        return out;
    }();
    return specs;
}
}  // namespace

std::uint32_t tableCode(std::string_view table) {
    const auto& specs = specsByCode();
    for (std::size_t i = 0; i < specs.size(); ++i)
        if (specs[i] && specs[i]->name == table) return static_cast<std::uint32_t>(i + 1);
    return 0;
}

const TableSpec* tableByCode(std::uint32_t code) {
    const auto& specs = specsByCode();
    if (code == 0 || code > specs.size()) return nullptr;
    return specs[code - 1];
}

std::uint32_t columnCode(const TableSpec& table, std::string_view column) {
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        if (table.columns[i].name == column) return static_cast<std::uint32_t>(i + 1);
    return 0;
}

std::uint32_t schemaVersionOf(std::string_view table, std::string_view column) {
    // Append one line per table or column added, with the version that added it.
    struct Added {
        std::string_view table, column;  // column "" = the whole table
        std::uint32_t version;
    };
    static constexpr Added kAdded[] = {
        {tables::kEmergencies, "", 2},
        {tables::kEvacuations, "", 2},
        {tables::kHouseholds, "evac_risk", 2},
    };
    for (const Added& a : kAdded)
        if (a.table == table && (a.column.empty() || a.column == column)) return a.version;
    return 1;
}

std::uint64_t wireSchemaFingerprint() {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::string_view s) {
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        h = (h ^ 0xff) * 1099511628211ull;
    };
    for (const TableSpec* t : specsByCode()) {
        if (!t) {
            mix("?");
            continue;
        }
        mix(t->name);
        for (const ColumnSpec& c : t->columns) {
            mix(c.name);
            const char type = static_cast<char>('0' + static_cast<int>(c.type));
            mix(std::string_view(&type, 1));
        }
    }
    return h;
}

}  // namespace gridwork::wire
