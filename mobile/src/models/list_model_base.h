// list_model_base.h — the common base of the app's list models: a QAbstractListModel holding a
// vector of plain rows, replaced wholesale when the DB worker posts a fresh query result.
//
// Contract: setRows() runs on the GUI thread only (rows arrive through DbWorker's queued
// delivery); it resets the model and emits countChanged. Concrete models declare their Role enum
// (from Qt::UserRole) and roleNames(), and map a row to role values in data().
// Thread-safety: GUI thread only, like every QAbstractItemModel.
#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace gridwork::mobile {

class ListModelBase : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    virtual int count() const = 0;
    // The value of `role` (by name, as in roleNames()) at `row`, for QML that needs one cell.
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

signals:
    void countChanged();
};

template <typename Row> class RowListModel : public ListModelBase {
public:
    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex& parent = {}) const override {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int count() const override { return static_cast<int>(m_rows.size()); }

    void setRows(QVector<Row> rows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit countChanged();
    }
    const QVector<Row>& rows() const { return m_rows; }
    const Row* rowAt(const QModelIndex& index) const {
        if (!index.isValid() || index.parent().isValid() || index.row() < 0 || index.row() >= m_rows.size())
            return nullptr;
        return &m_rows[index.row()];
    }

private:
    QVector<Row> m_rows;
};

}  // namespace gridwork::mobile
