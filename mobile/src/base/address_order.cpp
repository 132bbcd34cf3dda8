#include "base/address_order.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace gridwork::mobile {

void sortByAddress(QVector<domain::LedgerHit>& hits) {
    QCollator collator{QLocale(QLocale::Chinese, QLocale::China)};
    collator.setNumericMode(true);
    std::stable_sort(hits.begin(), hits.end(), [&](const domain::LedgerHit& a, const domain::LedgerHit& b) {
        return collator.compare(QString::fromStdString(a.household.address),
                                QString::fromStdString(b.household.address)) < 0;
    });
}

}  // namespace gridwork::mobile
