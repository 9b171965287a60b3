#include "core/services/ImportRejectedRows.h"

#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace invitedesk {

QString ImportRejectedRows::errorText(const QList<ImportError>& errors)
{
    QStringList parts;
    for (const ImportError& e : errors)
        parts << (e.column.isEmpty() ? e.message
                                     : tr("%1: %2", "column: message").arg(e.column, e.message));
    return parts.join(QStringLiteral("; "));
}

Result<qint64> ImportRejectedRows::write(QIODevice* source, const ImportReport& report,
                                         QIODevice* out)
{
    CsvReader reader(source);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    QStringList columns = header.value();
    const qsizetype fileColumns = columns.size();
    qsizetype errorIndex = -1;
    for (qsizetype i = 0; i < columns.size() && errorIndex < 0; ++i) {
        if (CsvReader::headerKey(columns.at(i)) == errorColumn())
            errorIndex = i;
    }
    const bool appended = errorIndex < 0;
    if (appended) {
        errorIndex = columns.size();
        columns << errorColumn();
    }

    QHash<qint64, QList<ImportError>> byRow;
    for (const ImportError& e : report.errors) {
        if (e.row > 0)
            byRow[e.row].append(e);
    }
    const QSet<qint64> rejected(report.rejectedRows.cbegin(), report.rejectedRows.cend());

    CsvWriter writer(out, reader.separator());
    if (auto r = writer.writeRow(columns); !r)
        return r.error();
    qint64 written = 0;
    CsvRecord record;
    while (written < rejected.size()) {
        auto next = reader.readRecord(record);
        if (!next)
            return next.error();
        if (!next.value())
            break;
        if (!rejected.contains(record.row))
            continue;
        QStringList fields;
        fields.reserve(std::max(record.fields.size(), columns.size()));
        for (const QString& f : std::as_const(record.fields))
            fields << CsvWriter::restore(f);
        while (fields.size() < fileColumns)
            fields << QString();
        const auto listed = byRow.constFind(record.row);
        const QString error =
            listed != byRow.cend()
                ? errorText(*listed)
                : tr("not listed: the check lists the first %1 problems; check the file again "
                     "to see this row's")
                      .arg(ImportValidation::kErrorsKept);
        if (appended)
            fields.insert(errorIndex, error); // a ragged row's extra cells stay after it
        else
            fields[errorIndex] = error;
        if (auto r = writer.writeRow(fields); !r)
            return r.error();
        ++written;
    }
    return written;
}

Result<qint64> ImportRejectedRows::save(const QString& sourcePath, const ImportReport& report,
                                        const QString& path)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Environment,
                           tr("%1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(sourcePath), source.errorString()));
    QSaveFile file(path);
    auto failed = [&] {
        return Error::make(
            Error::Code::Environment,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!PrivateFiles::openForWriting(file))
        return failed();
    auto written = write(&source, report, &file);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!PrivateFiles::commit(file))
        return failed();
    return written.value();
}

} // namespace invitedesk
