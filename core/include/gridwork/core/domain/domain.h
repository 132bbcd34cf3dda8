// domain.h — the whole typed domain API of the core in one include (see core/docs/domain.md).
#pragma once

#include "gridwork/core/domain/attachment_repo.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/diary_repo.h"
#include "gridwork/core/domain/emergency_repo.h"
#include "gridwork/core/domain/enums.h"
#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/ledger_import.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/patrol_repo.h"
#include "gridwork/core/domain/records.h"
#include "gridwork/core/domain/report_repo.h"
#include "gridwork/core/domain/task_repo.h"
#include "gridwork/core/domain/validation.h"
#include "gridwork/core/domain/visit_repo.h"
#include "gridwork/core/domain/worker_repo.h"
