// address_order.h — households in the order a worker walks them: addresses compared as text but
// with house numbers as numbers (东溪路1号, 东溪路3号, 东溪路11号), using QCollator's numeric mode.
// Contract: pure; safe on any thread (a collator per call).
#pragma once

#include "gridwork/core/domain/ledger_repo.h"

#include <QVector>

namespace gridwork::mobile {

void sortByAddress(QVector<domain::LedgerHit>& hits);

}  // namespace gridwork::mobile
