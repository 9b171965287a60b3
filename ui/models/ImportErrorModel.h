#pragma once

#include "core/services/ImportService.h"

#include <QAbstractTableModel>

namespace invitedesk::ui {

// The problems an import check found: spreadsheet row, column, message. Sorts through
// SortRole (rows numerically; the file as a whole, row 0, first).
class ImportErrorModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RowColumn, ColumnColumn, MessageColumn, ColumnCount };

    explicit ImportErrorModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setErrors(const QList<ImportError>& errors);
    const QList<ImportError>& errors() const { return m_errors; }
    const ImportError& errorAt(int row) const { return m_errors.at(row); }
    void retranslate();

private:
    QList<ImportError> m_errors;
};

} // namespace invitedesk::ui
