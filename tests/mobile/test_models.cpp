// Model tests: every list model passes QAbstractItemModelTester through resets, exposes its
// roles by name, and announces count changes (QSignalSpy).
#include "models/checkpoint_list_model.h"
#include "models/household_list_model.h"
#include "models/report_list_model.h"
#include "models/resident_list_model.h"
#include "models/task_list_model.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <doctest/doctest.h>

using namespace gridwork;
using namespace gridwork::mobile;

namespace {
void app() {
    if (QCoreApplication::instance()) return;
    static int argc = 1;
    static char name[] = "mobile_model_tests";
    static char* argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);  // lives for the whole test run
}

domain::LedgerHit hit(const char* address, const char* head) {
    domain::LedgerHit h;
    h.household.id = newUuidV7();
    h.household.address = address;
    h.household.headName = head;
    h.household.phone = "13812345678";
    return h;
}
}  // namespace

TEST_CASE("HouseholdListModel: tester, roles, masking and count signal") {
    app();
    HouseholdListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy countSpy(&model, &ListModelBase::countChanged);
    CHECK(model.rowCount() == 0);
    model.setRows({hit("东溪路1号", "张三"), hit("东溪路3号", "李四")});
    CHECK(model.rowCount() == 2);
    CHECK(model.count() == 2);
    CHECK(countSpy.count() == 1);
    CHECK(model.get(0, QStringLiteral("address")).toString() == QStringLiteral("东溪路1号"));
    CHECK(model.get(1, QStringLiteral("headName")).toString() == QStringLiteral("李四"));
    CHECK(model.get(0, QStringLiteral("phoneMasked")).toString() == QStringLiteral("138****5678"));
    CHECK(model.get(0, QStringLiteral("householdId")).toString().size() == 36);
    CHECK_FALSE(model.data(model.index(5, 0), HouseholdListModel::AddressRole).isValid());
    model.setRows({});
    CHECK(model.rowCount() == 0);
    CHECK(countSpy.count() == 2);
}

TEST_CASE("ResidentListModel: ID numbers masked, special populations not named") {
    app();
    ResidentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    domain::Resident r;
    r.id = newUuidV7();
    r.name = "王秀英";
    r.idNumber = "330106195001011234";
    r.tags = {domain::ResidentTag::ElderlyAlone, domain::ResidentTag::CommunityCorrection};
    model.setRows({r});
    CHECK(model.get(0, QStringLiteral("idMasked")).toString() == QStringLiteral("330106********1234"));
    const QString tags = model.get(0, QStringLiteral("tagsLabel")).toString();
    CHECK(tags.contains(QStringLiteral("独居老人")));
    CHECK_FALSE(tags.contains(QStringLiteral("社区矫正")));
    CHECK(model.roleNames().values().contains("idMasked"));
}

TEST_CASE("ReportListModel and TaskListModel: status labels and overdue") {
    app();
    ReportListModel reports;
    QAbstractItemModelTester t1(&reports, QAbstractItemModelTester::FailureReportingMode::Fatal);
    domain::Report r;
    r.id = newUuidV7();
    r.category = domain::ReportCategory::SafetyHazard;
    r.text = "楼道堆放杂物";
    r.status = ReportStatus::Dispatched;
    reports.setRows({r});
    CHECK(reports.get(0, QStringLiteral("category")).toString() == QStringLiteral("safety_hazard"));
    CHECK(reports.get(0, QStringLiteral("categoryLabel")).toString() == QStringLiteral("安全隐患"));
    CHECK(reports.get(0, QStringLiteral("status")).toString() == QStringLiteral("dispatched"));
    CHECK(reports.get(0, QStringLiteral("reportText")).toString() == QStringLiteral("楼道堆放杂物"));
    // Not acknowledged by the server yet: 待发送, whatever the local status says.
    reports.setRows({r}, {QString::fromStdString(r.id.toString())});
    CHECK(reports.get(0, QStringLiteral("status")).toString() == QStringLiteral("unsent"));
    CHECK(reports.get(0, QStringLiteral("statusLabel")).toString() == QStringLiteral("待发送"));

    TaskListModel tasks;
    QAbstractItemModelTester t2(&tasks, QAbstractItemModelTester::FailureReportingMode::Fatal);
    domain::Task late, soon;
    late.title = "核查";
    late.dueDate = "2026-01-01";
    soon.title = "排查";
    soon.dueDate = "2026-12-31";
    tasks.setRows({late, soon});
    QSignalSpy changed(&tasks, &QAbstractItemModel::dataChanged);
    tasks.setToday(QStringLiteral("2026-06-01"));
    CHECK(changed.count() == 1);
    CHECK(tasks.get(0, QStringLiteral("overdue")).toBool());
    CHECK_FALSE(tasks.get(1, QStringLiteral("overdue")).toBool());
}

TEST_CASE("CheckpointListModel: passed flag") {
    app();
    CheckpointListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CheckpointRow a, b;
    a.checkpoint.name = "东溪水库大坝";
    a.passedAt = 1700000000000;
    b.checkpoint.name = "村口防汛点";
    model.setRows({a, b});
    CHECK(model.get(0, QStringLiteral("passed")).toBool());
    CHECK_FALSE(model.get(1, QStringLiteral("passed")).toBool());
    CHECK(model.get(1, QStringLiteral("name")).toString() == QStringLiteral("村口防汛点"));
}
