// gridwork-crash-writer DB HOUSEHOLD_ID GENERATION SEED — the child of the crash-safety test.
//
// Writes in a loop until killed, each write its own durable transaction through the store's
// local-write path (stamped, journaled to the outbox), and after each COMMIT returns prints one
// line on stdout (flushed) saying what is now committed:
//   visit <id> <gen>-<n>            a new visit row (note "<gen>-<n>")
//   household <id> <gen>-<n>        an edit of the household's address and note
//   report <id> <event-id> <gen>-<n>  a new report with its first event, in one transaction
// The parent (test_crash_safety.cpp) kills it with SIGKILL at a random moment and checks that
// every line it read is in the database with its outbox entries.
#include "gridwork/core/store.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

using namespace gridwork;

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: gridwork-crash-writer DB HOUSEHOLD_ID GENERATION SEED\n");
        return 2;
    }
    auto household = Uuid::parse(argv[2]);
    if (!household) return 2;
    std::string gen = argv[3];
    std::mt19937_64 rng(std::strtoull(argv[4], nullptr, 10));
    auto opened = Store::open(argv[1]);
    if (!opened.isOk()) {
        std::fprintf(stderr, "%s\n", opened.status().toString().c_str());
        return 1;
    }
    Store& store = **opened;
    auto grid = Uuid::parse("018f0000-0000-7000-8000-00000000a001").value();
    std::printf("ready\n");
    std::fflush(stdout);
    for (long n = 1; n < 1000000; ++n) {
        std::string tag = gen + "-" + std::to_string(n);
        Status s;
        switch (rng() % 3) {
        case 0: {
            Uuid id = newUuidV7();
            RowWrite v{"visits", id, {}};
            v.set("grid_id", grid.toValue()).set("household_id", household->toValue());
            v.set("kind", Value::text("routine")).set("outcome", Value::text("normal"));
            v.set("note", Value::text(tag)).set("visited_at", Value::integer(static_cast<std::int64_t>(n)));
            v.set("visit_date", Value::text("2026-12-01"));
            s = store.write(v);
            if (s.isOk()) std::printf("visit %s %s\n", id.toString().c_str(), tag.c_str());
            break;
        }
        case 1: {
            RowWrite h{"households", *household, {}};
            h.set("address", Value::text(tag)).set("note", Value::text(tag));
            s = store.write(h);
            if (s.isOk()) std::printf("household %s %s\n", household->toString().c_str(), tag.c_str());
            break;
        }
        default: {
            Uuid report = newUuidV7(), event = newUuidV7();
            s = store.transaction([&](WriteTxn& txn) {
                RowWrite r{"reports", report, {}};
                r.set("grid_id", grid.toValue()).set("household_id", household->toValue());
                r.set("category", Value::text("safety_hazard")).set("text", Value::text(tag));
                r.set("severity", Value::text("low")).set("reported_at", Value::integer(n));
                GW_TRY(txn.write(r));
                RowWrite e{"report_events", event, {}};
                e.set("grid_id", grid.toValue()).set("report_id", report.toValue());
                e.set("kind", Value::text("report")).set("note", Value::text(tag)).set("at", Value::integer(n));
                return txn.write(e);
            });
            if (s.isOk()) std::printf("report %s %s %s\n", report.toString().c_str(), event.toString().c_str(), tag.c_str());
            break;
        }
        }
        if (!s.isOk()) {
            std::fprintf(stderr, "write failed: %s\n", s.toString().c_str());
            return 1;
        }
        std::fflush(stdout);
    }
    return 0;
}
