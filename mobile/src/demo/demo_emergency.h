// demo_emergency.h — a typhoon for the demo grid (平战转换, core/docs/emergency.md), for the screen
// tour, screenshots and trying emergency mode without a township server: the first five
// households of the grid go on the risk list, the township declares a typhoon with its duty
// roster, and two families are already recorded (one with an elderly man who stayed).
//
// Contract: declareDemoEmergency() runs on a store seeded by seedDemo(); it ends nothing and is
// refused (InvalidState) while another emergency lasts. endDemoEmergencies() ends every lasting
// one. Both run on the thread that owns the Store (the DB worker in the app).
#pragma once

#include "gridwork/core/store/store.h"

namespace gridwork::mobile {

Status declareDemoEmergency(Store& store);
Status endDemoEmergencies(Store& store);

}  // namespace gridwork::mobile
