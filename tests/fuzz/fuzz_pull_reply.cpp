// fuzz_pull_reply — the device side: a PullResponse body from the network (a hostile or broken
// server) decoded and applied by the sync engine to an enrolled device store. The engine must
// answer with a typed error or apply the batch; never crash.
#include "fuzz_township.h"
#include "gridwork/core/store/store.h"
#include "gridwork/core/sync/sync_engine.h"
#include "gridwork/core/wire/codec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
// Answers a push with an empty acknowledgement and every pull with the fuzzer's bytes.
class ReplayTransport final : public gridwork::Transport {
public:
    std::string pullBody;
    gridwork::Result<gridwork::TransportReply> post(gridwork::Endpoint endpoint, const std::string&,
                                                    const std::string&) override {
        if (endpoint == gridwork::Endpoint::Pull) {
            if (m_served++) {  // a second page: end of the stream
                gridwork::wire::pb::PullResponse end;
                end.set_has_more(false);
                return gridwork::TransportReply{200, end.SerializeAsString()};
            }
            return gridwork::TransportReply{200, pullBody};
        }
        return gridwork::TransportReply{200, gridwork::wire::pb::PushResponse().SerializeAsString()};
    }
    void reset() { m_served = 0; }

private:
    int m_served = 0;
};

struct Device {
    std::unique_ptr<gridwork::Store> store;
    ReplayTransport transport;
    std::unique_ptr<gridwork::SyncEngine> engine;
};

Device& device() {
    static auto* d = [] {
        auto* dev = new Device;
        auto opened = gridwork::Store::open(gridwork::fuzz::scratchDir("device") + "/device.db",
                                            gridwork::StoreOptions{.durable = false});
        if (!opened) std::abort();
        dev->store = std::move(opened).value();
        (void)dev->store->setMeta("sync.token", "fuzz-token");
        (void)dev->store->setMeta("sync.grids", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
        gridwork::SyncOptions o;
        o.maxAttempts = 1;
        o.sleep = [](std::chrono::milliseconds) {};
        dev->engine = std::make_unique<gridwork::SyncEngine>(*dev->store, dev->transport, o);
        return dev;
    }();
    return *d;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& d = device();
    d.transport.pullBody.assign(reinterpret_cast<const char*>(data), size);
    d.transport.reset();
    (void)d.engine->sync();
    return 0;
}
