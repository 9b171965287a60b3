#include "ui/models/ImportErrorModel.h"

#include "ui/models/ItemRoles.h"

#include <QLocale>

namespace invitedesk::ui {

ImportErrorModel::ImportErrorModel(QObject* parent) : QAbstractTableModel(parent) {}

int ImportErrorModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_errors.size());
}

int ImportErrorModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportErrorModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_errors.size())
        return {};
    const ImportError& e = m_errors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RowColumn:
            return e.row > 0 ? QLocale().toString(e.row) : tr("file");
        case ColumnColumn:
            return e.column.isEmpty() ? (role == Qt::DisplayRole ? tr("(whole row)") : QString())
                                      : e.column;
        case MessageColumn:
            return e.message;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RowColumn:
            return e.row;
        case ColumnColumn:
            return e.column.toLower();
        case MessageColumn:
            return e.message.toLower();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RowColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void ImportErrorModel::setErrors(const QList<ImportError>& errors)
{
    beginResetModel();
    m_errors = errors;
    endResetModel();
}

void ImportErrorModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_errors.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace invitedesk::ui
