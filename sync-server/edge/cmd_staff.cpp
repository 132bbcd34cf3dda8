// staff add | passwd | disable | list — the command centre's console accounts (issue 11; the
// accounts themselves live in the service: staff_directory.h). Passwords are read from standard
// input (first line), never from the command line, so they are not in the shell history or ps.
#include "commands.h"
#include "server_context.h"

#include "gridwork/core/base/value.h"
#include "gridwork/core/store/store.h"
#include "gridwork/server/staff_directory.h"

#include <chrono>
#include <iostream>

namespace gridwork::server {

namespace {

std::int64_t nowMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Result<std::string> readPassword() {
    std::string line;
    if (!std::getline(std::cin, line)) return Status(ErrorCode::InvalidArgument, "密码从标准输入读取（第一行）");
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

Status withStaff(SyncService& service, const std::function<Status(StaffDirectory&)>& fn) {
    return service.withStore([&](Store& store) -> Status {
        StaffDirectory dir(store);
        GW_TRY(dir.init());
        return fn(dir);
    });
}

}  // namespace

int runStaffAdd(const Args& args) {
    const std::string cmd = "staff add";
    if (auto st =
            args.check({"data", "login", "name", "role", "department", "grid"}, {"data", "login", "name", "role"});
        !st)
        return usageError(cmd, st.message());
    auto role = parseStaffRole(*args.value("role"));
    if (!role) return usageError(cmd, "--role must be dispatcher, department, leader or admin");
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    StaffMember m;
    m.login = *args.value("login");
    m.name = *args.value("name");
    m.role = *role;
    m.department = args.value("department").value_or("");
    if (auto g = args.value("grid")) {
        auto grids = resolveGrids(**service, {*g});
        if (!grids) return fail(cmd, grids.status());
        m.gridId = grids->front();
    }
    auto password = readPassword();
    if (!password) return usageError(cmd, password.status().message());
    if (auto st = withStaff(**service, [&](StaffDirectory& d) { return d.add(m, *password, nowMs()); }); !st)
        return fail(cmd, st);
    std::cout << "staff " << m.login << " (" << m.name << ", " << staffRoleLabelZh(m.role) << ") added\n";
    return 0;
}

int runStaffPasswd(const Args& args) {
    const std::string cmd = "staff passwd";
    if (auto st = args.check({"data", "login"}, {"data", "login"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    auto password = readPassword();
    if (!password) return usageError(cmd, password.status().message());
    if (auto st =
            withStaff(**service, [&](StaffDirectory& d) { return d.setPassword(*args.value("login"), *password); });
        !st)
        return fail(cmd, st);
    std::cout << "password of " << *args.value("login") << " changed; its sessions were ended\n";
    return 0;
}

int runStaffDisable(const Args& args) {
    const std::string cmd = "staff disable";
    if (auto st = args.check({"data", "login", "enable"}, {"data", "login"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    bool enable = args.has("enable");
    if (auto st = withStaff(**service, [&](StaffDirectory& d) { return d.setDisabled(*args.value("login"), !enable); });
        !st)
        return fail(cmd, st);
    std::cout << "staff " << *args.value("login") << (enable ? " enabled\n" : " disabled; its sessions were ended\n");
    return 0;
}

int runStaffList(const Args& args) {
    const std::string cmd = "staff list";
    if (auto st = args.check({"data", "json"}, {"data"}); !st) return usageError(cmd, st.message());
    auto service = openService(*args.value("data"));
    if (!service) return fail(cmd, service.status());
    std::vector<StaffMember> list;
    if (auto st = withStaff(**service,
                            [&](StaffDirectory& d) {
                                list = d.list();
                                return Status::ok();
                            });
        !st)
        return fail(cmd, st);
    bool json = args.has("json");
    if (json) std::cout << "{\"staff\":[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& m = list[i];
        std::string grid = m.gridId.isNil() ? "" : gridName(**service, m.gridId);
        if (json) {
            std::cout << (i ? "," : "") << "{\"login\":" << jsonQuote(m.login) << ",\"name\":" << jsonQuote(m.name)
                      << ",\"role\":" << jsonQuote(std::string(staffRoleName(m.role)))
                      << ",\"department\":" << jsonQuote(m.department) << ",\"grid\":" << jsonQuote(grid)
                      << ",\"disabled\":" << (m.disabled ? "true" : "false") << "}";
        } else {
            std::cout << m.login << "  " << m.name << "  " << staffRoleLabelZh(m.role)
                      << (m.department.empty() ? "" : "  " + m.department) << (grid.empty() ? "" : "  " + grid)
                      << (m.disabled ? "  (已停用)" : "") << "\n";
        }
    }
    if (json)
        std::cout << "]}\n";
    else if (list.empty())
        std::cout << "no staff accounts\n";
    return 0;
}

}  // namespace gridwork::server
