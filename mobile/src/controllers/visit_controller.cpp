#include "controllers/visit_controller.h"

#include "base/address_order.h"
#include "base/photo_import.h"
#include "base/position_service.h"
#include "base/qt_convert.h"
#include "gridwork/core/domain/dates.h"
#include "gridwork/core/domain/followup_repo.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/org_repo.h"
#include "gridwork/core/domain/visit_repo.h"

#include <QVariantMap>

namespace gridwork::mobile {

namespace {
struct HouseholdDetail {
    std::optional<domain::Household> household;
    QVector<domain::Resident> residents;
    std::string lastVisit;
};
}  // namespace

VisitController::VisitController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("ledger"), QStringLiteral("visits"), QStringLiteral("followups")}, parent) {}

QVariantList VisitController::outcomes() {
    QVariantList list;
    for (auto o : domain::enumValues<domain::VisitOutcome>()) {
        QVariantMap m;
        m[QStringLiteral("name")] = qs(domain::enumName(o));
        m[QStringLiteral("label")] = qs(domain::enumLabelZh(o));
        m[QStringLiteral("attention")] =
            o != domain::VisitOutcome::Normal && o != domain::VisitOutcome::NotHome && o != domain::VisitOutcome::Other;
        list << m;
    }
    return list;
}

void VisitController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    const std::string today = domain::localDateFromMs(nowMs());
    struct Day {
        QVector<OrgUnitRow> microGrids;
        QVector<domain::DueFollowup> due;
        int visitsToday = 0;
        QString error;
    };
    db().run<Day>(
        this,
        [s, today](Store& store) {
            Day d;
            domain::OrgRepo org(store);
            domain::LedgerRepo ledger(store);
            for (auto& u : org.microGrids(s.gridId)) {
                OrgUnitRow row{u, static_cast<std::int64_t>(ledger.householdsOfMicroGrid(u.id).size())};
                d.microGrids.push_back(std::move(row));
            }
            auto due = domain::FollowupRepo(store).dueOn(today, s.grids());
            if (due)
                d.due = QVector<domain::DueFollowup>(due->begin(), due->end());
            else
                d.error = errorText(due.status());
            d.visitsToday = static_cast<int>(domain::VisitRepo(store).ofWorkerOn(s.workerId, today).size());
            return d;
        },
        [this](Day d) {
            m_microGrids.setRows(std::move(d.microGrids));
            int overdue = 0;
            for (const auto& f : d.due) overdue += f.daysOverdue > 0 ? 1 : 0;
            m_due.setRows(std::move(d.due));
            m_overdueCount = overdue;
            emit dueChanged();
            if (d.visitsToday != m_visitsToday) {
                m_visitsToday = d.visitsToday;
                emit visitsTodayChanged();
            }
            if (!d.error.isEmpty()) setLastError(d.error);
            if (m_microGridId.isEmpty() && m_microGrids.count() > 0 && m_query.isEmpty())
                selectMicroGrid(m_microGrids.get(0, QStringLiteral("unitId")).toString());
            else
                loadHouseholds();
            if (!m_householdId.isEmpty()) loadHousehold();
        });
}

void VisitController::selectMicroGrid(const QString& microGridId) {
    m_microGridId = microGridId;
    m_query.clear();
    emit filterChanged();
    loadHouseholds();
}

void VisitController::search(const QString& text) {
    m_query = text.trimmed();
    emit filterChanged();
    loadHouseholds();
}

void VisitController::loadHouseholds() {
    const Session s = session();
    const QString query = m_query;
    const Uuid micro = idFrom(m_microGridId);
    const quint64 serial = ++m_searchSerial;
    db().run<QVector<domain::LedgerHit>>(
        this,
        [s, query, micro](Store& store) {
            domain::LedgerRepo ledger(store);
            QVector<domain::LedgerHit> hits;
            if (!query.isEmpty()) {
                for (auto& h : ledger.search(s.grids(), ss(query), 100)) hits.push_back(std::move(h));
            } else if (!micro.isNil()) {
                for (auto& h : ledger.householdsOfMicroGrid(micro)) hits.push_back({std::move(h), std::nullopt});
                sortByAddress(hits);
            }
            return hits;
        },
        [this, serial](QVector<domain::LedgerHit> hits) {
            if (serial != m_searchSerial) return;  // a newer keystroke's search is on its way
            m_households.setRows(std::move(hits));
        });
}

void VisitController::openHousehold(const QString& householdId, const QString& scheduleId) {
    m_householdId = householdId;
    m_scheduleId = scheduleId;
    m_householdAddress.clear();
    m_householdHead.clear();
    m_lastVisitText.clear();
    m_residents.setRows({});
    emit householdChanged();
    loadHousehold();
}

void VisitController::loadHousehold() {
    const Uuid id = idFrom(m_householdId);
    db().run<HouseholdDetail>(
        this,
        [id](Store& store) {
            HouseholdDetail d;
            domain::LedgerRepo ledger(store);
            if (auto h = ledger.getHousehold(id)) d.household = *h;
            for (auto& r : ledger.residentsOf(id)) d.residents.push_back(std::move(r));
            auto visits = domain::VisitRepo(store).ofHousehold(id);
            if (!visits.empty()) d.lastVisit = visits.front().visitDate;
            return d;
        },
        [this, id](HouseholdDetail d) {
            if (idFrom(m_householdId) != id) return;
            if (d.household) {
                m_householdAddress = qs(d.household->address);
                m_householdHead = qs(d.household->headName);
            }
            m_lastVisitText = qs(d.lastVisit);
            m_residents.setRows(std::move(d.residents));
            emit householdChanged();
        });
}

void VisitController::recordVisit(const QString& outcome, const QString& note, const QString& photoPath) {
    const Session s = session();
    auto parsed = domain::parseEnum<domain::VisitOutcome>(ss(outcome));
    if (!parsed) {
        setLastError(tr("Please choose how the visit went"));
        return;
    }
    if (m_householdId.isEmpty()) {
        setLastError(tr("Please choose a household first"));
        return;
    }
    setLastError({});
    domain::Visit v;
    v.householdId = idFrom(m_householdId);
    v.workerId = s.workerId;
    v.scheduleId = idFrom(m_scheduleId);
    v.kind = v.scheduleId.isNil() ? domain::VisitKind::Routine : domain::VisitKind::FollowUp;
    v.outcome = *parsed;
    v.note = ss(note.trimmed());
    if (auto fix = core().position().lastFix())
        v.location = domain::GeoPoint{fix->coordinate().latitude(), fix->coordinate().longitude()};
    const QString storePath = db().path();
    struct Outcome {
        QString id;
        QString error;
    };
    db().run<Outcome>(
        this,
        [this, v, photoPath, storePath](Store& store) mutable {
            auto saved =
                saveWithPhoto<domain::Visit>(store, photoPath, storePath, "visits", [&](const std::string& sha) {
                    v.photoSha256 = sha;
                    return domain::VisitRepo(store).record(v);
                });
            if (!saved) return Outcome{{}, errorText(saved.status())};
            db().notifyChanged(QStringLiteral("visits"));
            return Outcome{idString(saved->id), {}};
        },
        [this](Outcome o) {
            if (!o.error.isEmpty()) {
                setLastError(o.error);
                emit visitFailed(o.error);
                return;
            }
            m_scheduleId.clear();
            emit visitRecorded(o.id);
        });
}

}  // namespace gridwork::mobile
