// sync_fixture.h — a township in a temp dir for the sync tests: a SyncService on a manual
// clock, and devices (real Stores, loopback transports, engines) enrolled into it.
#pragma once

#include "db_check.h"
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/store/db.h"
#include "gridwork/core/store/dump.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/replica_maintenance.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/server/loopback_transport.h"
#include "gridwork/server/sync_service.h"
#include "temp_dir.h"

#include <doctest/doctest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

namespace gridwork::testing {

constexpr std::uint64_t kT0 = 1'780'000'000'000ull;  // 2026-05-28, a Thursday
constexpr std::int64_t kDayMs = 86'400'000;

// The township's clock plus a fixed skew: a phone whose clock is wrong.
class SkewedClock final : public Clock {
public:
    SkewedClock(std::shared_ptr<Clock> base, std::int64_t skewMs) : m_base(std::move(base)), m_skew(skewMs) {}
    std::uint64_t nowMs() override {
        return static_cast<std::uint64_t>(static_cast<std::int64_t>(m_base->nowMs()) + m_skew);
    }
    void setSkew(std::int64_t s) { m_skew = s; }

private:
    std::shared_ptr<Clock> m_base;
    std::int64_t m_skew;
};

struct Device {
    std::string path;
    std::shared_ptr<SkewedClock> clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<server::LoopbackTransport> transport;
    std::unique_ptr<SyncEngine> engine;
    Uuid worker;
    std::vector<Uuid> grids;

    SyncReport sync() {
        auto r = engine->sync();
        REQUIRE_MESSAGE(r.isOk(), r.status().toString());
        return *r;
    }
    std::string dump() { return dumpJson(*store, grids); }
};

struct Township {
    TempDir dir;
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(kT0);
    std::unique_ptr<server::SyncService> service;
    Uuid gridA = newUuidV7(), gridB = newUuidV7(), gridC = newUuidV7();
    int devices = 0;
    int workers = 0;
    std::set<std::string> phones;  // every worker's phone, so a collision fails the test that made it

    Township() {
        server::SyncServiceOptions o;
        o.dbPath = dir.file("server.db");
        o.clock = clock;
        o.durable = false;
        auto s = server::SyncService::open(o);
        REQUIRE_MESSAGE(s.isOk(), s.status().toString());
        service = std::move(s).value();
    }

    void openStore(Device& d) {
        StoreOptions so;
        so.clock = d.clock;
        so.durable = false;
        auto st = domain::openStore(d.path, so);
        REQUIRE_MESSAGE(st.isOk(), st.status().toString());
        d.store = std::move(st).value();
        SyncOptions eo;
        eo.sleep = [](std::chrono::milliseconds) {};
        d.engine = std::make_unique<SyncEngine>(*d.store, *d.transport, eo);
    }

    // A new worker for `grids` with one enrolled device.
    std::unique_ptr<Device> device(const std::vector<Uuid>& grids, std::int64_t skewMs = 0,
                                   server::LoopbackFaults faults = {}) {
        ++devices;
        auto w = service->createWorker("网格员" + std::to_string(devices), nextPhone(), grids);
        REQUIRE(w.isOk());
        return deviceFor(*w, grids, skewMs, faults);
    }

    std::unique_ptr<Device> deviceFor(const Uuid& worker, const std::vector<Uuid>& grids, std::int64_t skewMs = 0,
                                      server::LoopbackFaults faults = {}) {
        auto d = std::make_unique<Device>();
        d->path = dir.file("device" + std::to_string(++devices) + ".db");
        d->clock = std::make_shared<SkewedClock>(clock, skewMs);
        d->transport = std::make_unique<server::LoopbackTransport>(*service, faults);
        d->worker = worker;
        d->grids = grids;
        openStore(*d);
        auto code = service->issueEnrollmentCode(worker);
        REQUIRE(code.isOk());
        Status st = d->engine->enroll(*code, "test phone");
        REQUIRE_MESSAGE(st.isOk(), st.toString());
        return d;
    }

    // A mobile number no other fixture worker has: 139 and the worker's number in 8 digits.
    std::string nextPhone() {
        std::string n = std::to_string(++workers);
        std::string phone = "139" + std::string(8 - n.size(), '0') + n;
        REQUIRE_MESSAGE(phones.insert(phone).second, "fixture phone number used twice: " << phone);
        return phone;
    }

    std::string dump(const std::vector<Uuid>& grids) { return service->dump(grids); }
};

inline RowWrite household(const Uuid& id, const Uuid& grid, const std::string& address) {
    RowWrite w{"households", id, {}};
    w.set("grid_id", grid.toValue()).set("address", Value::text(address)).set("kind", Value::text("own"));
    w.set("status", Value::text("living")).set("deleted", Value::boolean(false));
    return w;
}

inline RowWrite edit(const std::string& table, const Uuid& id, const std::string& col, Value v) {
    RowWrite w{table, id, {}};
    w.set(col, std::move(v));
    return w;
}

inline RowWrite report(const Uuid& id, const Uuid& grid, const std::string& text) {
    RowWrite w{"reports", id, {}};
    w.set("grid_id", grid.toValue()).set("category", Value::text("safety")).set("text", Value::text(text));
    w.set("severity", Value::text("normal")).set("deleted", Value::boolean(false));
    return w;
}

inline RowWrite reportEvent(const Uuid& report, const Uuid& grid, const std::string& kind) {
    RowWrite w{"report_events", newUuidV7(), {}};
    w.set("grid_id", grid.toValue()).set("report_id", report.toValue()).set("kind", Value::text(kind));
    return w;
}

inline std::string textOf(Store& s, const std::string& sql) {
    auto q = gridwork::testing::mustPrepare(s.database(), sql);
    std::string out = q->step() ? (q->isNull(0) ? "<null>" : q->getText(0)) : "<none>";
    q->reset();
    return out;
}

inline std::int64_t countOf(Store& s, const std::string& sql) {
    return gridwork::testing::mustQueryInt(s.database(), sql).value_or(-1);
}

// How many columns of all replicated rows carry a stamp (a column clock or the row clock), read
// through the store's own stamp rule: the number of distinct column changes a replica holds.
inline std::int64_t stampedColumns(Store& s) {
    std::int64_t n = 0;
    for (const auto& table : replicatedTables()) {
        std::vector<Uuid> ids;
        auto q = gridwork::testing::mustPrepare(s.database(), "SELECT id FROM " + std::string(table.name));
        while (q->step()) ids.push_back(q->getUuid(0));
        for (const auto& id : ids)
            for (const auto& col : table.columns)
                if (col.synced && s.columnState(table.name, id, col.name)) ++n;
    }
    return n;
}

inline std::string hexId(const Uuid& id) {
    return "x'" + toHex(id.bytes.data(), 16) + "'";
}

}  // namespace gridwork::testing
