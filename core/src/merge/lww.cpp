#include "gridwork/core/merge/lww.h"

namespace gridwork::merge {

Verdict decide(const std::optional<Stamp>& current, const Stamp& incoming) {
    if (!current) return Verdict::IncomingWins;
    if (*current == incoming) return Verdict::Duplicate;
    return *current < incoming ? Verdict::IncomingWins : Verdict::CurrentWins;
}

}  // namespace gridwork::merge
