#include "controllers/report_controller.h"

#include "base/photo_import.h"
#include "base/position_service.h"
#include "base/qt_convert.h"
#include "gridwork/core/domain/report_repo.h"

#include <QVariantMap>

namespace gridwork::mobile {

namespace {
// Every value of E that `keep` accepts, as {name, label}.
template <typename E> QVariantList choices(bool (*keep)(E) = nullptr) {
    QVariantList list;
    for (auto v : domain::enumValues<E>())
        if (!keep || keep(v))
            list << QVariantMap{{QStringLiteral("name"), qs(domain::enumName(v))},
                                {QStringLiteral("label"), qs(domain::enumLabelZh(v))}};
    return list;
}

struct Detail {
    std::optional<domain::Report> report;
    QVector<domain::ReportEvent> events;
};
}  // namespace

ReportController::ReportController(AppCore& core, QObject* parent)
    : ControllerBase(core, {QStringLiteral("reports")}, parent) {}

QVariantList ReportController::categories() {
    return choices<domain::ReportCategory>([](domain::ReportCategory c) { return !domain::isDisasterCategory(c); });
}
QVariantList ReportController::disasterCategories() {
    return choices<domain::ReportCategory>(&domain::isDisasterCategory);
}
QVariantList ReportController::severities() {
    return choices<domain::Severity>();
}

void ReportController::prepareDraft(const QString& patrolId, const QString& householdId) {
    m_draftPatrolId = patrolId;
    m_draftHouseholdId = householdId;
    emit draftChanged();
}

void ReportController::refresh() {
    const Session s = session();
    if (!s.hasWorker()) return;
    struct Lists {
        QVector<domain::Report> mine;
        QSet<QString> unsent;
        int open = 0;
    };
    db().run<Lists>(
        this,
        [s](Store& store) {
            domain::ReportRepo repo(store);
            Lists l;
            for (auto& r : repo.ofWorker(s.workerId)) l.mine.push_back(std::move(r));
            // Reports whose row still waits in the outbox: the server has not acknowledged them.
            for (const auto& e : store.outbox(0, 50000))
                if (e.change.table == "reports") l.unsent.insert(idString(e.change.rowId));
            l.open = static_cast<int>(repo.open(s.grids()).size());
            return l;
        },
        [this](Lists l) {
            m_recent.setRows(std::move(l.mine), std::move(l.unsent));
            m_openCount = l.open;
            emit countsChanged();
            if (!m_selectedId.isEmpty()) loadSelected();
        });
}

void ReportController::file(const QString& category, const QString& text, bool handledOnSite, const QString& photoPath,
                            const QString& severity) {
    const Session s = session();
    auto cat = domain::parseEnum<domain::ReportCategory>(ss(category));
    if (!cat) {
        setLastError(tr("Please choose what kind of problem it is"));
        return;
    }
    setLastError({});
    domain::Report r;
    r.gridId = s.gridId;
    r.workerId = s.workerId;
    r.category = *cat;
    r.text = ss(text.trimmed());
    r.severity = domain::parseEnum<domain::Severity>(ss(severity)).value_or(domain::Severity::Low);
    r.handledOnSite = handledOnSite;
    r.patrolId = idFrom(m_draftPatrolId);
    r.householdId = idFrom(m_draftHouseholdId);
    if (auto fix = core().position().lastFix())
        r.location = domain::GeoPoint{fix->coordinate().latitude(), fix->coordinate().longitude()};
    const QString storePath = db().path();
    struct Outcome {
        QString id;
        QString error;
    };
    db().run<Outcome>(
        this,
        [this, r, photoPath, storePath](Store& store) mutable {
            auto saved =
                saveWithPhoto<domain::Report>(store, photoPath, storePath, "reports", [&](const std::string& sha) {
                    r.photoSha256 = sha;
                    return domain::ReportRepo(store).file(r, r.handledOnSite ? "现场已处置" : "");
                });
            if (!saved) return Outcome{{}, errorText(saved.status())};
            db().notifyChanged(QStringLiteral("reports"));
            return Outcome{idString(saved->id), {}};
        },
        [this](Outcome o) {
            if (!o.error.isEmpty()) {
                setLastError(o.error);
                emit reportFailed(o.error);
                return;
            }
            prepareDraft({}, {});
            emit reportFiled(o.id);
        });
}

void ReportController::select(const QString& reportId) {
    m_selectedId = reportId;
    m_timeline.setRows({});
    emit selectedChanged();
    loadSelected();
}

void ReportController::loadSelected() {
    const Uuid id = idFrom(m_selectedId);
    db().run<Detail>(
        this,
        [id](Store& store) {
            domain::ReportRepo repo(store);
            Detail d;
            if (auto r = repo.get(id)) d.report = *r;
            for (auto& e : repo.history(id)) d.events.push_back(std::move(e));
            return d;
        },
        [this, id](Detail d) {
            if (idFrom(m_selectedId) != id) return;
            if (d.report) {
                m_selectedText = qs(d.report->text);
                m_selectedCategory = qs(domain::enumLabelZh(d.report->category));
                m_selectedStatus = qs(reportStatusLabelZh(d.report->status));
            }
            m_timeline.setRows(std::move(d.events));
            emit selectedChanged();
        });
}

}  // namespace gridwork::mobile
