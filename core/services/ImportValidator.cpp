#include "core/services/ImportValidator.h"

#include "core/io/ChunkPipeline.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/services/InvitationTypeText.h"
#include "core/services/InvitationValidator.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtConcurrent>

namespace invitedesk {

namespace {
// The column of a refusal that names a field of the invitation ("" for the whole row).
QString columnOf(const QString& field)
{
    if (field == QLatin1String("email"))
        return csv_columns::name(ImportColumn::Email);
    if (field == QLatin1String("type"))
        return csv_columns::name(ImportColumn::InvitationType);
    if (field == QLatin1String("parent"))
        return csv_columns::name(ImportColumn::ParentEmail);
    return {};
}

QString knownColumns()
{
    QStringList names;
    for (ImportColumn c : csv_columns::importable())
        names << csv_columns::name(c);
    return names.join(QStringLiteral(", "));
}
} // namespace

void ImportValidation::addErrors(const QList<ImportError>& more, qint64 notKept)
{
    const qsizetype room = std::max<qsizetype>(0, kErrorsKept - errors.size());
    const qsizetype taken = std::min(room, more.size());
    errors.append(more.first(taken));
    moreErrors += more.size() - taken + notKept;
}

struct ImportValidator::Candidate {
    ImportRow row;
    QList<ImportError> errors;
    qint64 errorsNotKept = 0; // counted only: the chunk had kErrorsKept before them
    bool emailOk = false;
    bool typeOk = false;
    bool typePermitted = false;
    bool parentOk = true; // no upline named, or one of a valid shape

    void fail(const QString& column, const QString& message)
    {
        errors.append({row.row, column, message});
    }
    void fail(ImportColumn column, const QString& message)
    {
        fail(csv_columns::name(column), message);
    }
    void fail(const Error& refusal)
    {
        errors.append({row.row, columnOf(refusal.field), refusal.message, refusal.code});
    }
    bool invalid() const { return !errors.isEmpty() || errorsNotKept > 0; }
};

ImportValidator::ImportValidator(Database& database, QSqlDatabase db, const Actor& actor,
                                 const Organization& organization, const QDateTime& now)
    : m_database(database), m_db(std::move(db)),
      m_actor(actor), m_quota{organization.dailyInviteQuota, now}
{}

void ImportValidator::mapHeader(const QStringList& header, qint64 headerRow, ImportValidation& out)
{
    m_header = header;
    m_index.clear();
    m_unnamed.clear();
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header.at(i);
        if (name.isEmpty()) {
            m_unnamed << i;
            continue;
        }
        const auto column = csv_columns::fromHeader(name);
        if (column) {
            if (m_index.contains(*column)) {
                out.errors.append({headerRow, name,
                                   tr("the column \"%1\" appears twice (columns %2 and %3)")
                                       .arg(csv_columns::name(*column))
                                       .arg(m_index.value(*column) + 1)
                                       .arg(i + 1)});
                out.fileError = true;
            } else {
                m_index.insert(*column, i);
            }
        } else if (!csv_columns::isExportOnly(name)) {
            out.errors.append({headerRow, name,
                               tr("unknown column \"%1\"; the columns are: %2")
                                   .arg(name.left(60), knownColumns())});
            out.fileError = true;
        }
    }
    for (ImportColumn c : csv_columns::importable()) {
        if (csv_columns::isRequired(c) && !m_index.contains(c)) {
            out.errors.append(
                {headerRow, csv_columns::name(c),
                 tr("the required column \"%1\" is missing").arg(csv_columns::name(c))});
            out.fileError = true;
        }
    }
}

void ImportValidator::checkRecord(const CsvRecord& record, Candidate& c) const
{
    c.row.row = record.row;
    auto columnName = [&](int index) {
        for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
            if (it.value() == index)
                return csv_columns::name(it.key());
        }
        if (index >= 0 && index < m_header.size() && !m_header.at(index).isEmpty())
            return m_header.at(index);
        return index >= 0 ? tr("column %1").arg(index + 1) : QString();
    };
    for (const CsvIssue& issue : record.issues)
        c.fail(columnName(issue.column), issue.message);
    for (const int i : std::as_const(m_unnamed)) {
        if (!record.value(i).trimmed().isEmpty())
            c.fail(QString(),
                   tr("a value in column %1, which has no name in the header").arg(i + 1));
    }

    // Values are trimmed; an export's formula guard (a leading apostrophe) is undone.
    auto value = [&](ImportColumn column) {
        const int i = m_index.value(column, -1);
        return i < 0 ? QString() : CsvWriter::restore(record.value(i)).trimmed();
    };
    NewInvitation& in = c.row.input;
    in.email = value(ImportColumn::Email).toLower();
    in.firstName = value(ImportColumn::FirstName);
    in.lastName = value(ImportColumn::LastName);
    // A code or a label the desk shows, in any of its languages ("Representante de ventas").
    const QString typeText = value(ImportColumn::InvitationType);
    const auto named = invitation_type_text::fromText(typeText);
    in.type = named ? invitation_types::name(*named) : typeText;
    // The batch's defaults fill the cells left empty; they are checked like any cell.
    auto orDefault = [](const QString& cell, const QString& fallback) {
        return cell.isEmpty() ? fallback.trimmed() : cell;
    };
    in.parentEmail = orDefault(value(ImportColumn::ParentEmail), m_defaults.parentEmail).toLower();
    in.message = orDefault(value(ImportColumn::Message), m_defaults.message);
    in.language = orDefault(value(ImportColumn::Language), m_defaults.language).toLower();
    in.details.npi = value(ImportColumn::Npi);
    in.details.specialty = value(ImportColumn::Specialty);
    in.details.territory = value(ImportColumn::Territory);
    in.details.practiceName = value(ImportColumn::PracticeName);
    in.details.companyName = value(ImportColumn::CompanyName);

    // Missing required columns are reported once, at the header, not on every row.
    if (m_index.contains(ImportColumn::Email)) {
        if (auto r = invitation_validation::checkEmail(in.email); !r)
            c.fail(ImportColumn::Email, r.error().message);
        else
            c.emailOk = true;
    }
    for (const ImportColumn col : {ImportColumn::FirstName, ImportColumn::LastName}) {
        if (!m_index.contains(col))
            continue;
        const QString& v = col == ImportColumn::FirstName ? in.firstName : in.lastName;
        if (auto r = invitation_validation::checkName(v, csv_columns::name(col)); !r)
            c.fail(col, r.error().message);
    }
    if (m_index.contains(ImportColumn::InvitationType)) {
        if (const auto type = invitation_validation::checkType(in.type); !type) {
            c.fail(ImportColumn::InvitationType, type.error().message);
        } else {
            c.typeOk = true;
            c.row.type = type.value();
            in.type = invitation_types::name(type.value());
            if (auto r = m_planner->checkType(type.value()); !r)
                c.fail(r.error());
            else
                c.typePermitted = true;
        }
    }
    if (!in.parentEmail.isEmpty()) {
        if (auto r = invitation_validation::checkEmail(in.parentEmail, QStringLiteral("parent"));
            !r) {
            c.fail(ImportColumn::ParentEmail, r.error().message);
            c.parentOk = false;
        }
    }
    if (auto r = invitation_validation::checkMessage(in.message); !r)
        c.fail(ImportColumn::Message, r.error().message);
    const QString days =
        orDefault(value(ImportColumn::ExpiresDays),
                  m_defaults.expiresDays ? QString::number(*m_defaults.expiresDays) : QString());
    if (!days.isEmpty()) {
        bool ok = false;
        const int n = days.toInt(&ok);
        if (!ok)
            c.fail(ImportColumn::ExpiresDays, tr("The expiry must be a whole number of days."));
        else if (auto r = invitation_validation::checkExpiresDays(n); !r)
            c.fail(ImportColumn::ExpiresDays, r.error().message);
        else
            in.expiresDays = n;
    }
    if (!in.language.isEmpty()) {
        if (auto r = invitation_validation::checkLanguage(in.language); !r)
            c.fail(ImportColumn::Language, r.error().message);
    }
    // Each type field on its own, so the error names its column.
    const QList<QPair<ImportColumn, InvitationDetails>> details = {
        {ImportColumn::Npi, InvitationDetails{in.details.npi, {}, {}, {}, {}}},
        {ImportColumn::Specialty, InvitationDetails{{}, in.details.specialty, {}, {}, {}}},
        {ImportColumn::Territory, InvitationDetails{{}, {}, in.details.territory, {}, {}}},
        {ImportColumn::PracticeName, InvitationDetails{{}, {}, {}, in.details.practiceName, {}}},
        {ImportColumn::CompanyName, InvitationDetails{{}, {}, {}, {}, in.details.companyName}},
    };
    for (const auto& [column, single] : details) {
        if (auto r = invitation_validation::checkDetails(single); !r)
            c.fail(column, r.error().message);
        else if (auto t = invitation_validation::checkFieldsOfType(c.row.type, single);
                 c.typeOk && !t)
            c.fail(column, t.error().message);
    }
}

QList<ImportValidator::Candidate>
ImportValidator::checkRecords(const QList<CsvRecord>& records) const
{
    QList<Candidate> out;
    out.reserve(records.size());
    qsizetype kept = 0;
    for (const CsvRecord& r : records) {
        Candidate c;
        checkRecord(r, c);
        // The report keeps the first kErrorsKept errors of the file: after as many in this
        // chunk, a row's errors are only counted (a hostile file has dozens on every row, and
        // the chunks in flight would hold them all).
        if (kept >= ImportValidation::kErrorsKept) {
            c.errorsNotKept = c.errors.size();
            c.errors = {};
        }
        kept += c.errors.size();
        out.append(std::move(c));
    }
    return out;
}

Result<void> ImportValidator::checkAgainstDatabase(QList<Candidate>& candidates)
{
    QStringList emails;
    QStringList parentEmails;
    for (const Candidate& c : std::as_const(candidates)) {
        if (c.emailOk)
            emails << c.row.input.email;
        if (c.typePermitted && c.parentOk && !c.row.input.parentEmail.isEmpty())
            parentEmails << c.row.input.parentEmail;
    }
    emails.removeDuplicates();
    parentEmails.removeDuplicates();
    if (auto r = m_lookup->prefetch(emails, parentEmails); !r)
        return r;

    // A refusal is the row's; a failed look-up stops the validation.
    auto check = [](Candidate& c, const Result<void>& r) -> Result<void> {
        if (r.ok())
            return {};
        if (!InvitationPlanner::isRefusal(r.error()))
            return r.error();
        c.fail(r.error());
        return {};
    };
    for (Candidate& c : candidates) {
        const NewInvitation& in = c.row.input;
        if (c.emailOk) {
            if (auto r = check(c, m_planner->checkAccount(in.email)); !r)
                return r;
            if (auto r = check(c, m_planner->checkOpenInvitation(in.email)); !r)
                return r;
        }
        // A malformed upline was reported with the fields.
        if (!c.typePermitted || !c.parentOk)
            continue;
        auto upline = m_planner->upline(c.row.type, {}, in.parentEmail);
        if (!upline) {
            if (auto r = check(c, upline.error()); !r)
                return r;
            continue;
        }
        c.row.parentUserId = upline.value();
    }
    return {};
}

Result<void> ImportValidator::checkQuota(QList<Candidate>& candidates)
{
    // As for a single invite, counted once, before this import wrote anything.
    for (Candidate& c : candidates) {
        if (c.invalid())
            continue;
        auto r = m_planner->checkQuota();
        if (!r && !InvitationPlanner::isRefusal(r.error()))
            return r.error();
        if (!r)
            c.fail(r.error());
        else
            m_planner->countPlanned();
    }
    return {};
}

Result<void> ImportValidator::checkChunk(QList<Candidate>& candidates)
{
    // A repeated e-mail is an error on each later occurrence, naming the first.
    for (Candidate& c : candidates) {
        const QString& email = c.row.input.email;
        if (email.isEmpty())
            continue;
        const auto first = m_firstRowOf.constFind(email);
        if (first != m_firstRowOf.cend())
            c.fail(ImportColumn::Email, tr("same e-mail as row %1").arg(*first));
        else
            m_firstRowOf.insert(email, c.row.row);
    }
    if (auto r = checkAgainstDatabase(candidates); !r)
        return r;
    return checkQuota(candidates);
}

Result<ImportValidation> ImportValidator::validate(QIODevice* device, const Progress& progress,
                                                   const RowSink& sink)
{
    ImportValidation out;
    CsvReader reader(device);
    auto header = reader.readHeader();
    if (!header) {
        if (header.error().code == Error::Code::Environment)
            return header.error();
        out.fileError = true;
        out.errors.append({reader.errorRow(), QString(), reader.errorText()});
        return out;
    }
    out.header = header.value();
    out.separator = reader.separator();
    mapHeader(header.value(), reader.headerRow(), out);
    m_firstRowOf.clear();
    m_planner.reset();
    m_lookup.emplace(m_database, m_db, m_actor);
    m_planner.emplace(m_actor, *m_lookup, m_quota);

    // The reader's thread parses the file and starts the per-record checks of each chunk on
    // the global pool (checkRecord is const); this thread takes the chunks in order. A chunk
    // is kChunk records or kChunkBytes of the file, whichever comes first (a real file's
    // rows are far shorter, so only wide or long rows make smaller chunks), and at most
    // kAhead chunks or kAhead * kChunkBytes wait: what a file costs in flight is bounded
    // whatever its rows look like.
    constexpr qsizetype kChunk = 4096;
    constexpr qint64 kChunkBytes = 1024 * 1024;
    constexpr int kAhead = 4;
    std::optional<Error> readError;   // written by the reader's thread before close()
    std::optional<ImportError> fatal; // likewise
    ChunkPipeline<QList<Candidate>> pipeline(kAhead, kAhead * kChunkBytes);
    pipeline.start([&] {
        QList<CsvRecord> chunk;
        chunk.reserve(kChunk);
        qint64 chunkStart = reader.bytesRead();
        auto dispatch = [&] {
            auto future = QtConcurrent::run(
                [this, records = std::move(chunk)] { return checkRecords(records); });
            chunk = QList<CsvRecord>();
            chunk.reserve(kChunk);
            const qint64 end = reader.bytesRead();
            const qint64 bytes = end - chunkStart;
            chunkStart = end;
            return pipeline.push(std::move(future), end, bytes);
        };
        CsvRecord record;
        for (;;) {
            auto next = reader.readRecord(record);
            if (!next) {
                if (next.error().code == Error::Code::Environment)
                    readError = next.error();
                else
                    fatal = ImportError{reader.errorRow(), QString(), reader.errorText()};
                break;
            }
            if (!next.value())
                break;
            chunk.append(record);
            const bool full =
                chunk.size() == kChunk || reader.bytesRead() - chunkStart >= kChunkBytes;
            if (full && !dispatch()) {
                chunk.clear();
                break;
            }
        }
        if (!chunk.isEmpty() && !readError)
            dispatch();
        pipeline.close();
    });

    std::optional<Error> failure;
    while (auto item = pipeline.pop()) {
        QList<Candidate> candidates = item->future.takeResult();
        if (auto r = checkChunk(candidates); !r) {
            failure = r.error();
            break;
        }
        QList<ImportRow> passed;
        passed.reserve(candidates.size());
        for (Candidate& c : candidates) {
            ++out.totalRows;
            if (!c.invalid()) {
                ++out.validCount;
                passed.append(std::move(c.row));
            } else {
                ++out.invalidRows;
                out.rejectedRows.append(c.row.row);
                out.addErrors(c.errors, c.errorsNotKept);
            }
        }
        if (progress)
            progress(item->position);
        if (!sink) {
            out.rows.append(std::move(passed));
            continue;
        }
        auto more = sink(passed, out);
        if (!more) {
            failure = more.error();
            break;
        }
        if (!more.value()) {
            out.stopped = true;
            break;
        }
    }
    pipeline.stop();
    pipeline.join(); // after this the reader's results may be read
    if (failure)
        return *failure;
    if (readError && !out.stopped)
        return *readError;
    if (fatal && !out.stopped) {
        out.fileError = true;
        out.errors.append(*fatal);
    }
    return out;
}

} // namespace invitedesk
