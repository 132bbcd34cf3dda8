#include "invocation.h"

#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <iostream>

namespace gridwork::device {

namespace {
Status usageStatus(std::string message) {
    return {ErrorCode::InvalidArgument, std::move(message)};
}

bool parseIsoDate(std::string_view s, int& y, unsigned& m, unsigned& d) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    auto num = [&](std::size_t pos, std::size_t len, auto& out) {
        auto r = std::from_chars(s.data() + pos, s.data() + pos + len, out);
        return r.ec == std::errc() && r.ptr == s.data() + pos + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
    return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)).ok();
}
}  // namespace

Invocation::Invocation(std::string dbPath, const CommandGroup& group, const Subcommand& sub, Args args)
    : m_dbPath(std::move(dbPath)), m_group(group), m_sub(sub), m_args(std::move(args)) {}

std::string Invocation::commandName() const {
    std::string name(m_group.name);
    if (!m_sub.name.empty()) name += " " + std::string(m_sub.name);
    return name;
}

Status Invocation::checkOptions() const {
    for (const auto& [name, value] : m_args.options()) {
        if (name == "json" || name == "help") continue;
        const OptionSpec* spec = nullptr;
        for (const auto& o : m_sub.options)
            if (o.name == name) spec = &o;
        if (!spec) return usageStatus("unknown option --" + name);
        if (spec->valueName.empty() && value) return usageStatus("--" + name + " takes no value");
        if (!spec->valueName.empty() && !value) return usageStatus("--" + name + " needs a value");
        if (!spec->repeatable && m_args.values(name).size() > 1) return usageStatus("--" + name + " given twice");
    }
    for (const auto& o : m_sub.options)
        if (o.required && !m_args.has(std::string(o.name))) return usageStatus("missing --" + std::string(o.name));
    std::size_t n = m_args.positionals().size();
    if (n < m_sub.minPositionals || n > m_sub.maxPositionals) {
        if (m_sub.maxPositionals == 0) return usageStatus("unexpected argument '" + m_args.positionals()[0] + "'");
        return usageStatus("expected " + std::string(m_sub.positionalUsage));
    }
    return Status::ok();
}

Result<Store*> Invocation::store(std::optional<Uuid> siteId) {
    if (m_store) return m_store.get();
    if (!m_sub.createsStore && !std::filesystem::exists(m_dbPath))
        return Status(ErrorCode::NotFound,
                      "no database at " + m_dbPath + " (create it with: gridwork-device --db " + m_dbPath + " init)");
    // Encrypted at rest under the device's key (store.h: deviceStoreOptions).
    GW_ASSIGN_OR_RETURN(StoreOptions options, deviceStoreOptions(m_dbPath));
    options.durable = true;
    options.siteId = siteId;
    GW_ASSIGN_OR_RETURN(m_store, Store::open(m_dbPath, options));
    return m_store.get();
}

std::optional<std::string> Invocation::text(const std::string& name) const {
    return m_args.value(name);
}

Result<std::string> Invocation::requireText(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return usageStatus("missing --" + name);
    return *v;
}

Result<std::optional<Uuid>> Invocation::uuid(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return std::optional<Uuid>{};
    auto id = Uuid::parse(*v);
    if (!id) return usageStatus("--" + name + ": '" + *v + "' is not an id (expected a UUID)");
    return std::optional<Uuid>{*id};
}

Result<Uuid> Invocation::requireUuid(const std::string& name) const {
    GW_ASSIGN_OR_RETURN(auto id, uuid(name));
    if (!id) return usageStatus("missing --" + name);
    return *id;
}

Result<Uuid> Invocation::positionalUuid(std::size_t index, const std::string& what) const {
    if (index >= positionals().size()) return usageStatus("missing " + what + " id");
    auto id = Uuid::parse(positionals()[index]);
    if (!id) return usageStatus(what + " '" + positionals()[index] + "' is not an id (expected a UUID)");
    return *id;
}

Result<std::optional<Uuid>> Invocation::optionalPositionalUuid(std::size_t index, const std::string& what) const {
    if (index >= positionals().size()) return std::optional<Uuid>{};
    GW_ASSIGN_OR_RETURN(Uuid id, positionalUuid(index, what));
    return std::optional<Uuid>{id};
}

Result<std::optional<std::int64_t>> Invocation::integer(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return std::optional<std::int64_t>{};
    std::int64_t n = 0;
    auto r = std::from_chars(v->data(), v->data() + v->size(), n);
    if (r.ec != std::errc() || r.ptr != v->data() + v->size())
        return usageStatus("--" + name + ": '" + *v + "' is not a whole number");
    return std::optional<std::int64_t>{n};
}

Result<std::optional<double>> Invocation::real(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return std::optional<double>{};
    try {
        std::size_t used = 0;
        double d = std::stod(*v, &used);
        if (used == v->size()) return std::optional<double>{d};
    } catch (...) {}
    return usageStatus("--" + name + ": '" + *v + "' is not a number");
}

Result<std::optional<std::string>> Invocation::date(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return std::optional<std::string>{};
    int y;
    unsigned m, d;
    if (!parseIsoDate(*v, y, m, d)) return usageStatus("--" + name + ": '" + *v + "' is not a date (YYYY-MM-DD)");
    return std::optional<std::string>{*v};
}

Result<std::optional<std::int64_t>> Invocation::timeMs(const std::string& name) const {
    auto v = m_args.value(name);
    if (!v) return std::optional<std::int64_t>{};
    std::int64_t n = 0;
    auto r = std::from_chars(v->data(), v->data() + v->size(), n);
    if (r.ec == std::errc() && r.ptr == v->data() + v->size()) return std::optional<std::int64_t>{n};
    std::string s = *v;
    if (!s.empty() && s.back() == 'Z') s.pop_back();
    int y;
    unsigned mo, d;
    int hh = 0, mm = 0, ss = 0;
    bool ok = s.size() >= 16 && s[10] == 'T' && parseIsoDate(std::string_view(s).substr(0, 10), y, mo, d) &&
              std::sscanf(s.c_str() + 11, "%2d:%2d", &hh, &mm) == 2 && hh < 24 && mm < 60 &&
              (s.size() == 16 || (s.size() == 19 && std::sscanf(s.c_str() + 17, "%2d", &ss) == 1 && ss < 60));
    if (!ok) return usageStatus("--" + name + ": '" + *v + "' is not a time (Unix ms or YYYY-MM-DDTHH:MM[:SS])");
    using namespace std::chrono;
    auto days = sys_days(year_month_day(year(y), month(mo), day(d)));
    auto t = days + hours(hh) + minutes(mm) + seconds(ss);
    return std::optional<std::int64_t>{duration_cast<milliseconds>(t.time_since_epoch()).count()};
}

Result<std::optional<bool>> Invocation::boolean(const std::string& name) const {
    if (!m_args.has(name)) return std::optional<bool>{};
    auto v = m_args.value(name);
    if (!v || *v == "yes" || *v == "true" || *v == "1") return std::optional<bool>{true};
    if (*v == "no" || *v == "false" || *v == "0") return std::optional<bool>{false};
    return usageStatus("--" + name + ": '" + *v + "' is not yes/no");
}

void Invocation::print(const Record& r) const {
    std::cout << (json() ? r.toJson() + "\n" : r.toText());
}

void Invocation::printCreated(std::string_view what, const Uuid& id) const {
    if (json())
        std::cout << Record().add("created", what).add("id", id).toJson() << "\n";
    else
        std::cout << id.toString() << "\n";
}

void Invocation::printList(const std::string& key, const std::vector<Record>& items,
                           const std::vector<std::string>& columns, const std::string& emptyText) const {
    if (json()) {
        std::cout << Record().add(key, items).toJson() << "\n";
        return;
    }
    if (items.empty()) std::cout << emptyText << "\n";
    for (const auto& item : items) std::cout << item.toLine(columns) << "\n";
}

int Invocation::fail(const Status& s) const {
    std::cerr << "gridwork-device " << commandName() << ": error: " << s.toString() << "\n";
    return 1;
}

int Invocation::usage(const Status& s) const {
    std::cerr << "gridwork-device " << commandName() << ": " << s.message() << "\n"
              << "Try `gridwork-device " << commandName() << " --help`.\n";
    return 2;
}

std::int64_t nowMs(Store& store) {
    return static_cast<std::int64_t>(store.clock().correctedNowMs());
}

}  // namespace gridwork::device
