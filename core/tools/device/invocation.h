// invocation.h — one run of one gridwork-device subcommand: its parsed options, the store it
// works on, typed option getters, and the one way to print results and errors.
//
// Contract:
//  - Option getters return Result<...>; a malformed value (not a UUID, not a number, not a
//    YYYY-MM-DD date) is a usage error: pass its status to usage() (exit 2).
//  - fail(status) prints "error: <CodeName>: <message>" on stderr and returns 1 (input refused or
//    storage error); usage(status) prints the message and a --help hint and returns 2.
//  - store() opens the database on first use; the file must exist unless the subcommand
//    createsStore (init). The store lives as long as the Invocation.
// Not thread-safe: one Invocation per process run.
#pragma once

#include "args.h"
#include "command.h"
#include "record.h"

#include "gridwork/core/base/error.h"
#include "gridwork/core/store/store.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace gridwork::device {

class Invocation {
public:
    Invocation(std::string dbPath, const CommandGroup& group, const Subcommand& sub, Args args);

    const Args& args() const { return m_args; }
    const std::string& dbPath() const { return m_dbPath; }
    const CommandGroup& group() const { return m_group; }
    const Subcommand& subcommand() const { return m_sub; }
    bool json() const { return m_args.has("json"); }

    // Unknown options, missing required ones, wrong number of positionals: a usage error.
    Status checkOptions() const;

    // siteId: for a new database, its site id; an existing file of another site is refused.
    Result<Store*> store(std::optional<Uuid> siteId = std::nullopt);

    // Typed option getters (absent → nullopt; required → usage error when absent).
    std::optional<std::string> text(const std::string& name) const;
    Result<std::string> requireText(const std::string& name) const;
    Result<std::optional<Uuid>> uuid(const std::string& name) const;
    Result<Uuid> requireUuid(const std::string& name) const;
    Result<std::optional<std::int64_t>> integer(const std::string& name) const;
    Result<std::optional<double>> real(const std::string& name) const;
    Result<std::optional<std::string>> date(const std::string& name) const;  // YYYY-MM-DD
    // A time option: Unix milliseconds or an ISO "YYYY-MM-DDTHH:MM[:SS]" (UTC; "Z" optional).
    Result<std::optional<std::int64_t>> timeMs(const std::string& name) const;
    // A yes/no option: "yes|no|true|false|1|0", or a bare switch = yes.
    Result<std::optional<bool>> boolean(const std::string& name) const;
    bool flag(const std::string& name) const { return m_args.has(name); }
    std::vector<std::string> all(const std::string& name) const { return m_args.values(name); }
    const std::vector<std::string>& positionals() const { return m_args.positionals(); }
    // Positional argument `index` as an id; `what` names it in the message ("household").
    Result<Uuid> positionalUuid(std::size_t index, const std::string& what) const;
    // As positionalUuid when present; nullopt when there are fewer positionals.
    Result<std::optional<Uuid>> optionalPositionalUuid(std::size_t index, const std::string& what) const;

    // Output.
    void print(const Record& r) const;                               // one object
    void printCreated(std::string_view what, const Uuid& id) const;  // the new id on stdout
    // A list: JSON array under `key`, or one line per item with the given columns.
    void printList(const std::string& key, const std::vector<Record>& items, const std::vector<std::string>& columns,
                   const std::string& emptyText) const;
    int fail(const Status& s) const;
    int usage(const Status& s) const;
    int usage(const std::string& message) const { return usage(Status(ErrorCode::InvalidArgument, message)); }

private:
    std::string commandName() const;

    std::string m_dbPath;
    const CommandGroup& m_group;
    const Subcommand& m_sub;
    Args m_args;
    std::unique_ptr<Store> m_store;
};

// Now on the store's corrected clock (the server's offset): what dates shown and counted use.
std::int64_t nowMs(Store& store);

}  // namespace gridwork::device

// Early returns inside handlers (which return an exit code).
#define GW_CLI_CONCAT_INNER(a, b) a##b
#define GW_CLI_CONCAT(a, b) GW_CLI_CONCAT_INNER(a, b)
// A usage-level value: malformed → exit 2.
#define GW_USAGE(inv, lhs, expr) GW_CLI_IMPL(usage, inv, GW_CLI_CONCAT(gw_cli_, __LINE__), lhs, expr)
// A refused or failed operation → exit 1.
#define GW_REFUSE(inv, lhs, expr) GW_CLI_IMPL(fail, inv, GW_CLI_CONCAT(gw_cli_, __LINE__), lhs, expr)
#define GW_CLI_IMPL(how, inv, tmp, lhs, expr)                                                                          \
    auto tmp = (expr);                                                                                                 \
    if (!tmp.isOk()) return (inv).how(tmp.status());                                                                   \
    lhs = std::move(tmp).value()
#define GW_REFUSE_STATUS(inv, expr)                                                                                    \
    do {                                                                                                               \
        ::gridwork::Status gw_cli_s_ = (expr);                                                                         \
        if (!gw_cli_s_.isOk()) return (inv).fail(gw_cli_s_);                                                           \
    } while (0)
