#include "ui/models/ImportPreviewModel.h"

#include "core/io/InvitationCsvColumns.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace invitedesk::ui {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const CsvRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // One line per cell: a multi-line message shows its first line and the rest on hover.
        QString text = record.value(index.column());
        const qsizetype newline = text.indexOf(QLatin1Char('\n'));
        if (newline >= 0)
            text = text.left(newline).trimmed() + QStringLiteral(" …");
        return text;
    }
    case Qt::ToolTipRole: {
        QStringList lines = messagesAt(index.row(), index.column());
        const QString value = record.value(index.column());
        if (value.contains(QLatin1Char('\n')))
            lines.prepend(value);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        // Translucent, so it reads on light and dark palettes alike.
        if (!messagesAt(index.row(), index.column()).isEmpty())
            return QBrush(QColor(220, 40, 40, 56));
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_records.size())
            return {};
        if (role == Qt::DisplayRole)
            return QLocale().toString(m_records.at(section).row);
        if (role == Qt::ToolTipRole) {
            const QStringList messages = messagesFor(section);
            return messages.isEmpty() ? tr("Spreadsheet row %1").arg(m_records.at(section).row)
                                      : messages.join(QLatin1Char('\n'));
        }
        if (role == Qt::FontRole && !messagesFor(section).isEmpty()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (section < 0 || section >= m_header.size())
        return {};
    if (role == Qt::DisplayRole)
        return isUnknown(section) ? tr("%1 (unknown)").arg(m_header.at(section))
                                  : m_header.at(section);
    if (role == Qt::ToolTipRole && isUnknown(section))
        return tr("Import does not know the column \"%1\".").arg(m_header.at(section));
    return {};
}

void ImportPreviewModel::setPreview(const QStringList& header, const QList<CsvRecord>& records)
{
    beginResetModel();
    m_header = header;
    m_records = records;
    m_errors.clear();
    endResetModel();
}

void ImportPreviewModel::setErrors(const QList<ImportError>& errors)
{
    m_errors.clear();
    for (const ImportError& e : errors)
        m_errors[e.row].append(e);
    if (!m_records.isEmpty() && !m_header.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    if (!m_records.isEmpty())
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void ImportPreviewModel::clear()
{
    setPreview({}, {});
}

QStringList ImportPreviewModel::unknownColumns() const
{
    QStringList names;
    for (int i = 0; i < m_header.size(); ++i)
        if (isUnknown(i))
            names << m_header.at(i);
    return names;
}

QStringList ImportPreviewModel::messagesFor(int row) const
{
    QStringList lines;
    if (row < 0 || row >= m_records.size())
        return lines;
    for (const ImportError& e : m_errors.value(m_records.at(row).row))
        lines << (e.column.isEmpty() ? e.message : tr("%1: %2").arg(e.column, e.message));
    return lines;
}

bool ImportPreviewModel::isUnknown(int column) const
{
    const QString& name = m_header.at(column);
    return !name.trimmed().isEmpty() && !csv_columns::fromHeader(name) &&
           !csv_columns::isExportOnly(name);
}

bool ImportPreviewModel::columnMatches(int column, const QString& errorColumn) const
{
    if (errorColumn.isEmpty())
        return true; // a problem with the whole row
    const QString& name = m_header.at(column);
    if (name == errorColumn)
        return true;
    const auto known = csv_columns::fromHeader(name);
    return known && csv_columns::name(*known) == errorColumn;
}

QStringList ImportPreviewModel::messagesAt(int row, int column) const
{
    QStringList lines;
    if (column < 0 || column >= m_header.size())
        return lines;
    for (const ImportError& e : m_errors.value(m_records.at(row).row))
        if (columnMatches(column, e.column))
            lines << e.message;
    return lines;
}

} // namespace invitedesk::ui
