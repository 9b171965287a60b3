#pragma once

#include "core/services/ImportPreview.h"
#include "core/services/ImportService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace invitedesk::ui {

// The first records of an import file as the file has them: its header names as column
// titles, the spreadsheet row number in the vertical header. Cells the check found a problem
// in are tinted and carry the message as a tooltip; columns import does not know are marked.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ImportPreviewModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setPreview(const QStringList& header, const QList<CsvRecord>& records);
    // Marks the cells of the shown rows that `errors` name.
    void setErrors(const QList<ImportError>& errors);
    void clear();

    const QStringList& header() const { return m_header; }
    // Header names import does not know (reported, never silently dropped).
    QStringList unknownColumns() const;
    qint64 spreadsheetRow(int row) const { return m_records.at(row).row; }
    // The messages for a shown row (empty when it passed).
    QStringList messagesFor(int row) const;

private:
    bool isUnknown(int column) const;
    bool columnMatches(int column, const QString& errorColumn) const;
    QStringList messagesAt(int row, int column) const;

    QStringList m_header;
    QList<CsvRecord> m_records;
    QHash<qint64, QList<ImportError>> m_errors; // spreadsheet row -> its errors
};

} // namespace invitedesk::ui
