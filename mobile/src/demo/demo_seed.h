// demo_seed.h — a realistic demo grid written through the domain API, for screenshots, tests
// and trying the app without a township server: one township > community > grid with three
// micro-grids, a worker (the session), ~36 households with residents (valid ID numbers),
// follow-up schedules (some overdue), open tasks, reports at several workflow steps (the
// township's side simulated with its events), diary entries and three patrol checkpoints on the
// route of assets/demo-patrol.nmea.
//
// Contract: seedDemo() writes into an empty store and sets the app session meta; it returns the
// first failing Status (nothing is assumed about partial state after a failure). Runs on
// whatever thread owns the Store (the DB worker in the app).
#pragma once

#include "gridwork/core/domain/records.h"
#include "gridwork/core/store/store.h"

#include <vector>

namespace gridwork::mobile {

struct DemoIds {
    Uuid worker;
    Uuid grid;
    Uuid firstHousehold;
};

Result<DemoIds> seedDemo(Store& store);

// The fixes of the bundled demo route (assets/demo-patrol.nmea, GGA sentences), in order.
std::vector<domain::GeoPoint> demoRoute();

}  // namespace gridwork::mobile
