// gridwork-crash-writer DB HOUSEHOLD_ID GENERATION SEED — the child of the crash-safety test.
//
// Writes in a loop until killed, through the same typed API the app uses (VisitRepo, LedgerRepo,
// ReportRepo), each write its own durable transaction (stamped, journaled to the outbox), and after
// each call returns prints one line on stdout (flushed) saying what is now committed:
//   visit <id> <gen>-<n>              a new visit (note "<gen>-<n>")
//   household <id> <gen>-<n>          an edit of the household's address and note
//   report <id> <gen>-<n>             a new report with its first event (one transaction)
//   event <report-id> <event-id>      an "accept" event on a report filed earlier by this process
// The parent (test_crash_safety.cpp) kills it with SIGKILL at a random moment and checks that
// every line it read is in the database with its outbox entries.
//
// gridwork-crash-writer import DB CSV GRID_ID — imports a ledger CSV all-or-nothing (one
// transaction) and prints "imported <residents> <households>" when it committed; the parent kills
// it mid-import and checks that the import is there entirely or not at all.
#include "gridwork/core/domain/derived_columns.h"
#include "gridwork/core/domain/ledger_import.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/store/store.h"

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

using namespace gridwork;
using namespace gridwork::domain;

namespace {
int importMode(int argc, char** argv) {
    if (argc != 5) return 2;
    auto grid = Uuid::parse(argv[4]);
    auto opened = domain::openStore(argv[2]);
    if (!grid || !opened.isOk()) return 2;
    ImportOptions options;
    options.mode = ImportMode::AllOrNothing;
    options.gridId = *grid;
    std::printf("ready\n");
    std::fflush(stdout);
    auto r = importLedgerCsvFile(**opened, argv[3], options);
    if (!r.isOk() || !r->committed) {
        std::fprintf(stderr, "import failed: %s\n", r.isOk() ? "bad lines" : r.status().toString().c_str());
        return 1;
    }
    std::printf("imported %lld %lld\n", static_cast<long long>(r->residents), static_cast<long long>(r->households));
    std::fflush(stdout);
    for (;;) pause();  // wait for the kill, like the loop writer
}
}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && std::string(argv[1]) == "import") return importMode(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: gridwork-crash-writer DB HOUSEHOLD_ID GENERATION SEED\n");
        return 2;
    }
    auto household = Uuid::parse(argv[2]);
    if (!household) return 2;
    std::string gen = argv[3];
    std::mt19937_64 rng(std::strtoull(argv[4], nullptr, 10));
    auto opened = domain::openStore(argv[1]);
    if (!opened.isOk()) {
        std::fprintf(stderr, "%s\n", opened.status().toString().c_str());
        return 1;
    }
    Store& store = **opened;
    VisitRepo visits(store);
    LedgerRepo ledger(store);
    ReportRepo reports(store);
    std::vector<Uuid> unaccepted;
    std::printf("ready\n");
    std::fflush(stdout);
    for (long n = 1; n < 1000000; ++n) {
        std::string tag = gen + "-" + std::to_string(n);
        Status s;
        switch (rng() % 4) {
        case 0: {
            Visit v;
            v.householdId = *household;
            v.note = tag;
            v.location = GeoPoint{30.27, 120.15};
            auto r = visits.record(v);
            s = r.status();
            if (r.isOk()) std::printf("visit %s %s\n", r->id.toString().c_str(), tag.c_str());
            break;
        }
        case 1: {
            HouseholdPatch p;
            p.address = tag;
            p.note = tag;
            s = ledger.editHousehold(*household, p);
            if (s.isOk()) std::printf("household %s %s\n", household->toString().c_str(), tag.c_str());
            break;
        }
        case 2: {
            Report rep;
            rep.householdId = *household;
            rep.category = ReportCategory::SafetyHazard;
            rep.text = tag;
            auto r = reports.file(rep);
            s = r.status();
            if (r.isOk()) {
                unaccepted.push_back(r->id);
                std::printf("report %s %s\n", r->id.toString().c_str(), tag.c_str());
            }
            break;
        }
        default: {
            if (unaccepted.empty()) continue;
            Uuid report = unaccepted.back();
            unaccepted.pop_back();
            auto e = reports.addEvent(report, ReportEventKind::Accept, tag);
            s = e.status();
            if (e.isOk()) std::printf("event %s %s\n", report.toString().c_str(), e->id.toString().c_str());
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
