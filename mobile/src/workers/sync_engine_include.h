// sync_engine_include.h — includes the core's sync_engine.h in Qt translation units. The engine
// has a private member function named `emit`, which Qt defines as a macro; the macro is set
// aside around the include (no change to the core needed).
#pragma once

#pragma push_macro("emit")
#undef emit
#include "gridwork/core/sync/sync_engine.h"
#pragma pop_macro("emit")
