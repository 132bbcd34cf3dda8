// diary_controller.h — the `Diary` singleton: the worker's 民情日记 (what residents said, what he
// noticed), newest first; add an entry with a topic (DiaryRepo).
// Thread-safety: GUI thread only; store access is queued to the DB worker.
#pragma once

#include "controllers/controller_base.h"
#include "models/diary_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace gridwork::mobile {

class DiaryController : public ControllerBase {
    Q_OBJECT
    QML_NAMED_ELEMENT(Diary)
    QML_SINGLETON
    Q_PROPERTY(DiaryListModel* entries READ entries CONSTANT)
    Q_PROPERTY(QStringList topics READ topics CONSTANT)
public:
    DiaryController(AppCore& core, QObject* parent = nullptr);
    static DiaryController* create(QQmlEngine* qml, QJSEngine*) {
        return AppCore::toQml(AppCore::instance()->diary(), qml);
    }

    DiaryListModel* entries() { return &m_entries; }
    static QStringList topics();
    Q_INVOKABLE void add(const QString& topic, const QString& text);
    void refresh() override;

signals:
    void added(const QString& entryId);

private:
    DiaryListModel m_entries;
};

}  // namespace gridwork::mobile
