#include "controllers/emergency_controller.h"

#include "base/qt_convert.h"

#include <algorithm>

namespace gridwork::mobile {

namespace {
// What one refresh reads from the store.
struct State {
    std::optional<domain::Emergency> emergency;
    domain::EmergencyTotals totals;  // of the worker's grids
    QVector<domain::RiskHousehold> households;
};
}  // namespace

EmergencyController::EmergencyController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("emergency"), QStringLiteral("reports"), QStringLiteral("ledger")}, parent) {
}

void EmergencyController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    db().run<State>(
        this,
        [grids = s.grids()](Store& store) {
            domain::EmergencyRepo repo(store);
            State st;
            st.emergency = repo.activeFor(grids);
            if (!st.emergency) return st;
            if (auto list = repo.riskList(st.emergency->id, grids))
                for (auto& h : *list) st.households.push_back(std::move(h));
            if (auto stats = repo.stats(st.emergency->id))
                for (const auto& t : stats->grids)
                    if (std::find(grids.begin(), grids.end(), t.gridId) != grids.end()) st.totals += t;
            return st;
        },
        [this](State st) {
            m_active = st.emergency.has_value();
            const domain::Emergency e = st.emergency.value_or(domain::Emergency{});
            m_emergencyId = m_active ? idString(e.id) : QString();
            m_kind = m_active ? qs(domain::enumName(e.kind)) : QString();
            m_kindLabel = m_active ? qs(domain::enumLabelZh(e.kind)) : QString();
            m_note = qs(e.note);
            m_duty = qs(e.duty).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString& line : m_duty) line = line.trimmed();
            m_started = m_active ? dateTimeText(e.startedAt) : QString();
            m_done = static_cast<int>(st.totals.householdsDone);
            m_listed = static_cast<int>(st.totals.householdsListed);
            m_evacuated = static_cast<int>(st.totals.peopleEvacuated);
            m_stayed = static_cast<int>(st.totals.peopleStayed);
            m_disasterOpen = static_cast<int>(st.totals.disasterReportsOpen);
            m_households.setRows(std::move(st.households));
            emit changed();
            emit selectedChanged();
        });
}

const domain::RiskHousehold* EmergencyController::selected() const {
    for (const auto& h : m_households.rows())
        if (idString(h.household.id) == m_selectedId) return &h;
    return nullptr;
}

QString EmergencyController::selectedAddress() const {
    const auto* h = selected();
    return h ? qs(h->household.address) : QString();
}
QString EmergencyController::selectedHead() const {
    const auto* h = selected();
    return h ? qs(h->household.headName) : QString();
}
bool EmergencyController::selectedDone() const {
    const auto* h = selected();
    return h && h->evacuation;
}
int EmergencyController::selectedEvacuated() const {
    const auto* h = selected();
    return h && h->evacuation ? h->evacuation->evacuated : 0;
}
QString EmergencyController::selectedDestination() const {
    const auto* h = selected();
    return h && h->evacuation ? qs(h->evacuation->destination) : QString();
}
int EmergencyController::selectedStayed() const {
    const auto* h = selected();
    return h && h->evacuation ? h->evacuation->stayed : 0;
}
QString EmergencyController::selectedReason() const {
    const auto* h = selected();
    return h && h->evacuation ? qs(h->evacuation->stayedReason) : QString();
}

void EmergencyController::openHousehold(const QString& householdId) {
    m_selectedId = householdId;
    setLastError({});
    emit selectedChanged();
}

void EmergencyController::record(const QString& householdId, int evacuated, const QString& destination, int stayed,
                                 const QString& stayedReason) {
    if (!m_active) {
        setLastError(tr("The emergency has ended; nothing to record"));
        return;
    }
    domain::Evacuation v;
    v.emergencyId = idFrom(m_emergencyId);
    v.householdId = idFrom(householdId);
    v.evacuated = evacuated;
    v.destination = ss(destination);
    v.stayed = stayed;
    v.stayedReason = ss(stayedReason);
    v.workerId = session().workerId;
    setLastError({});
    db().run<QString>(
        this,
        [this, v](Store& store) {
            auto saved = domain::EmergencyRepo(store).record(v);
            if (saved) db().notifyChanged(QStringLiteral("emergency"));
            return saved ? QString() : errorText(saved.status());
        },
        [this, householdId](QString error) {
            if (error.isEmpty())
                emit recorded(householdId);
            else
                setLastError(error);
        });
}

}  // namespace gridwork::mobile
