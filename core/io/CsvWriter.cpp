#include "core/io/CsvWriter.h"

#include <QIODevice>

namespace invitedesk {

namespace {

bool startsFormula(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Index of the first character after the leading apostrophes.
qsizetype afterApostrophes(const QString& cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == QLatin1Char('\''))
        ++i;
    return i;
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device, char separator) : m_device(device), m_separator(separator)
{}

QString CsvWriter::neutralize(const QString& cell)
{
    const qsizetype i = afterApostrophes(cell);
    if (i < cell.size() && startsFormula(cell[i]))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::restore(const QString& cell)
{
    const qsizetype i = afterApostrophes(cell);
    if (i > 0 && i < cell.size() && startsFormula(cell[i]))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::quote(const QString& cell)
{
    QString out = neutralize(cell);
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

Result<void> CsvWriter::writeRow(const QStringList& fields)
{
    if (!m_device || !m_device->isWritable())
        return Error::make(Error::Code::Environment,
                           QStringLiteral("the output is not open for writing"),
                           QStringLiteral("output"));
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(QLatin1Char(m_separator));
        line.append(quote(fields[i]));
    }
    line.append(QLatin1String("\r\n"));
    QByteArray bytes = line.toUtf8();
    if (!m_bomWritten) {
        bytes.prepend("\xEF\xBB\xBF");
        m_bomWritten = true;
    }
    if (m_device->write(bytes) != bytes.size())
        return Error::make(Error::Code::Environment,
                           QStringLiteral("could not write: %1").arg(m_device->errorString()),
                           QStringLiteral("output"));
    ++m_rows;
    return {};
}

} // namespace invitedesk
