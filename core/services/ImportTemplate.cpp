#include "core/services/ImportTemplate.h"

#include "core/domain/InvitationType.h"
#include "core/io/CsvWriter.h"
#include "core/io/InvitationCsvColumns.h"
#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QSaveFile>

namespace invitedesk {

QStringList ImportTemplate::header()
{
    QStringList names;
    for (const ImportColumn c : csv_columns::importable())
        names << csv_columns::name(c);
    return names;
}

QStringList ImportTemplate::exampleRow()
{
    QStringList row;
    for (const ImportColumn c : csv_columns::importable()) {
        switch (c) {
        case ImportColumn::Email:
            row << QStringLiteral("jane.doe@example.com");
            break;
        case ImportColumn::FirstName:
            row << QStringLiteral("Jane");
            break;
        case ImportColumn::LastName:
            row << QStringLiteral("Doe");
            break;
        case ImportColumn::InvitationType:
            row << invitation_types::name(InvitationType::Sales);
            break;
        case ImportColumn::ExpiresDays:
            row << QStringLiteral("14");
            break;
        case ImportColumn::Language:
            row << QStringLiteral("en");
            break;
        case ImportColumn::Territory:
            row << QStringLiteral("North");
            break;
        default:
            row << QString();
            break;
        }
    }
    return row;
}

Result<void> ImportTemplate::write(QIODevice* out)
{
    CsvWriter writer(out);
    if (auto r = writer.writeRow(header()); !r)
        return r;
    return writer.writeRow(exampleRow());
}

Result<void> ImportTemplate::save(const QString& path)
{
    QSaveFile file(path);
    auto failed = [&] {
        return Error::make(
            Error::Code::Environment,
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    };
    if (!PrivateFiles::openForWriting(file))
        return failed();
    if (auto r = write(&file); !r) {
        file.cancelWriting();
        return r;
    }
    if (!PrivateFiles::commit(file))
        return failed();
    return {};
}

} // namespace invitedesk
