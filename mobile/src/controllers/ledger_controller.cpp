#include "controllers/ledger_controller.h"

#include "base/address_order.h"
#include "base/qt_convert.h"
#include "gridwork/core/domain/ledger_repo.h"
#include "gridwork/core/domain/validation.h"

namespace gridwork::mobile {

namespace {
struct ListResult {
    QVector<domain::LedgerHit> hits;
    int households = 0;
    int residents = 0;
};
struct HouseholdDetail {
    std::optional<domain::Household> household;
    QVector<domain::Resident> residents;
};

std::optional<std::string> changed(const QVariantMap& fields, const char* key, const QVariantMap& before) {
    const QString k = QString::fromLatin1(key);
    if (!fields.contains(k)) return std::nullopt;
    const QString v = fields.value(k).toString().trimmed();
    if (before.contains(k) && before.value(k).toString() == v) return std::nullopt;
    return ss(v);
}
}  // namespace

LedgerController::LedgerController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("ledger")}, parent) {}

QVariantList LedgerController::kinds() {
    QVariantList list;
    for (auto k : domain::enumValues<domain::HouseholdKind>())
        list << QVariantMap{{QStringLiteral("name"), qs(domain::enumName(k))},
                            {QStringLiteral("label"), qs(domain::enumLabelZh(k))}};
    return list;
}

void LedgerController::setShowMovedOut(bool on) {
    if (on == m_showMovedOut) return;
    m_showMovedOut = on;
    emit queryChanged();
    loadList();
}

void LedgerController::refresh() {
    loadList();
    if (!m_householdId.isEmpty()) loadHousehold();
}

void LedgerController::search(const QString& text) {
    m_query = text.trimmed();
    emit queryChanged();
    loadList();
}

void LedgerController::loadList() {
    const Session s = session();
    if (!s.hasWorker()) return;
    const QString query = m_query;
    const bool movedOut = m_showMovedOut;
    const quint64 serial = ++m_serial;
    db().run<ListResult>(
        this,
        [s, query, movedOut](Store& store) {
            domain::LedgerRepo ledger(store);
            ListResult r;
            if (query.isEmpty()) {
                for (const auto& grid : s.grids())
                    for (auto& h : ledger.householdsOfGrid(grid, movedOut))
                        r.hits.push_back({std::move(h), std::nullopt});
                sortByAddress(r.hits);
            } else {
                for (auto& h : ledger.search(s.grids(), ss(query), 200)) r.hits.push_back(std::move(h));
            }
            for (const auto& grid : s.grids()) {
                r.households += static_cast<int>(ledger.householdCount(grid));
                r.residents += static_cast<int>(ledger.residentCount(grid));
            }
            return r;
        },
        [this, serial](ListResult r) {
            if (serial != m_serial) return;
            m_households.setRows(std::move(r.hits));
            m_householdCount = r.households;
            m_residentCount = r.residents;
            emit countsChanged();
        });
}

void LedgerController::openHousehold(const QString& householdId) {
    m_householdId = householdId;
    m_household.clear();
    m_residents.setRows({});
    setLastError({});
    emit householdChanged();
    loadHousehold();
}

void LedgerController::loadHousehold() {
    const Uuid id = idFrom(m_householdId);
    db().run<HouseholdDetail>(
        this,
        [id](Store& store) {
            domain::LedgerRepo ledger(store);
            HouseholdDetail d;
            if (auto h = ledger.getHousehold(id)) d.household = *h;
            for (auto& r : ledger.residentsOf(id, true)) d.residents.push_back(std::move(r));
            return d;
        },
        [this, id](HouseholdDetail d) {
            if (idFrom(m_householdId) != id) return;
            if (d.household) {
                const auto& h = *d.household;
                m_household = {{QStringLiteral("address"), qs(h.address)},
                               {QStringLiteral("headName"), qs(h.headName)},
                               {QStringLiteral("phone"), qs(h.phone)},
                               {QStringLiteral("phoneMasked"), qs(domain::maskPhone(h.phone))},
                               {QStringLiteral("kind"), qs(domain::enumName(h.kind))},
                               {QStringLiteral("kindLabel"), qs(domain::enumLabelZh(h.kind))},
                               {QStringLiteral("status"), qs(domain::enumName(h.status))},
                               {QStringLiteral("statusLabel"), qs(domain::enumLabelZh(h.status))},
                               {QStringLiteral("note"), qs(h.note)},
                               {QStringLiteral("movedOut"), h.status == domain::HouseholdStatus::MovedOut}};
            }
            m_residents.setRows(std::move(d.residents));
            emit householdChanged();
        });
}

void LedgerController::write(std::function<Status(Store&)> fn) {
    setLastError({});
    db().run<QString>(
        this,
        [this, fn](Store& store) {
            Status st = fn(store);
            if (st.isOk()) db().notifyChanged(QStringLiteral("ledger"));
            return errorText(st);
        },
        [this](QString error) {
            if (error.isEmpty()) {
                emit saved();
            } else {
                setLastError(error);
                emit saveFailed(error);
            }
        });
}

void LedgerController::saveHousehold(const QVariantMap& fields) {
    const Uuid id = idFrom(m_householdId);
    domain::HouseholdPatch patch;
    patch.address = changed(fields, "address", m_household);
    patch.headName = changed(fields, "headName", m_household);
    patch.phone = changed(fields, "phone", m_household);
    patch.note = changed(fields, "note", m_household);
    if (auto k = changed(fields, "kind", m_household)) {
        auto kind = domain::parseEnum<domain::HouseholdKind>(*k);
        if (!kind) {
            setLastError(qs(domain::validateEnum<domain::HouseholdKind>(*k, "房屋类型").message()));
            return;
        }
        patch.kind = kind;
    }
    write([id, patch](Store& s) { return domain::LedgerRepo(s).editHousehold(id, patch); });
}

void LedgerController::saveResident(const QString& residentId, const QVariantMap& fields) {
    if (residentId.isEmpty()) {
        domain::Resident r;
        r.householdId = idFrom(m_householdId);
        r.name = ss(fields.value(QStringLiteral("name")).toString().trimmed());
        r.idNumber = ss(fields.value(QStringLiteral("idNumber")).toString().trimmed());
        r.phone = ss(fields.value(QStringLiteral("phone")).toString().trimmed());
        r.relation = ss(fields.value(QStringLiteral("relation")).toString().trimmed());
        write([r](Store& s) { return domain::LedgerRepo(s).addResident(r).status(); });
        return;
    }
    const Uuid id = idFrom(residentId);
    QVariantMap before;
    for (const auto& row : m_residents.rows()) {
        if (row.id != id) continue;
        before = {{QStringLiteral("name"), qs(row.name)},
                  {QStringLiteral("idNumber"), qs(row.idNumber)},
                  {QStringLiteral("phone"), qs(row.phone)},
                  {QStringLiteral("relation"), qs(row.relation)}};
    }
    domain::ResidentPatch patch;
    patch.name = changed(fields, "name", before);
    patch.idNumber = changed(fields, "idNumber", before);
    patch.phone = changed(fields, "phone", before);
    patch.relation = changed(fields, "relation", before);
    write([id, patch](Store& s) { return domain::LedgerRepo(s).editResident(id, patch); });
}

void LedgerController::moveOutResident(const QString& residentId) {
    const Uuid id = idFrom(residentId);
    write([id](Store& s) { return domain::LedgerRepo(s).moveOutResident(id); });
}

void LedgerController::moveInResident(const QString& residentId) {
    const Uuid id = idFrom(residentId);
    write([id](Store& s) { return domain::LedgerRepo(s).moveInResident(id); });
}

void LedgerController::moveOutHousehold() {
    const Uuid id = idFrom(m_householdId);
    write([id](Store& s) { return domain::LedgerRepo(s).moveOutHousehold(id); });
}

void LedgerController::moveInHousehold() {
    const Uuid id = idFrom(m_householdId);
    write([id](Store& s) { return domain::LedgerRepo(s).moveInHousehold(id); });
}

}  // namespace gridwork::mobile
