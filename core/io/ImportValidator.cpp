#include "core/io/ImportValidator.h"

#include "core/domain/InvitePolicy.h"
#include "core/domain/Npi.h"
#include "core/io/ChunkPipeline.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/services/InvitationValidator.h"
#include "core/storage/ImportRepository.h"
#include "core/storage/InvitationRepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtConcurrent>

namespace invitedesk {

namespace {
QString roleLabel(Role role)
{
    return roles::label(role).toLower();
}

// "Office Admin", "office-admin" and "OFFICE_ADMIN" all name office_admin.
QString typeName(const QString& value)
{
    QString t = value.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    return t;
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

    void fail(const QString& column, const QString& message)
    {
        errors.append({row.row, column, message});
    }
    void fail(ImportColumn column, const QString& message)
    {
        fail(csv_columns::name(column), message);
    }
    bool invalid() const { return !errors.isEmpty() || errorsNotKept > 0; }
};

ImportValidator::ImportValidator(Database& database, QSqlDatabase db, const Actor& actor,
                                 const Organization& organization, const QDateTime& now)
    : m_database(database), m_db(std::move(db)), m_actor(actor), m_organization(organization),
      m_now(now)
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
    in.type = typeName(value(ImportColumn::InvitationType));
    in.parentEmail = value(ImportColumn::ParentEmail).toLower();
    in.message = value(ImportColumn::Message);
    in.language = value(ImportColumn::Language).toLower();
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
        const auto type = invitation_types::fromName(in.type);
        if (in.type.isEmpty()) {
            c.fail(ImportColumn::InvitationType, tr("The invitation type is required."));
        } else if (!type) {
            c.fail(ImportColumn::InvitationType,
                   tr("Unknown invitation type \"%1\"; use one of: %2.")
                       .arg(in.type.left(40), roles::allNames().join(QStringLiteral(", "))));
        } else {
            c.typeOk = true;
            c.row.type = *type;
            in.type = invitation_types::name(*type);
            if (!invite_policy::mayInvite(m_actor.role, *type)) {
                c.fail(
                    ImportColumn::InvitationType,
                    tr("A %1 may not invite a %2.").arg(roleLabel(m_actor.role), roleLabel(*type)));
            } else {
                c.typePermitted = true;
            }
        }
    }
    if (!in.parentEmail.isEmpty()) {
        if (auto r = invitation_validation::checkEmail(in.parentEmail, QStringLiteral("parent"));
            !r)
            c.fail(ImportColumn::ParentEmail, r.error().message);
    }
    if (auto r = invitation_validation::checkMessage(in.message); !r)
        c.fail(ImportColumn::Message, r.error().message);
    const QString days = value(ImportColumn::ExpiresDays);
    if (!days.isEmpty()) {
        bool ok = false;
        const int n = days.toInt(&ok);
        if (!ok)
            c.fail(ImportColumn::ExpiresDays, tr("The expiry must be a whole number of days."));
        else if (n < 1 || n > 365)
            c.fail(ImportColumn::ExpiresDays, tr("The expiry must be between 1 and 365 days."));
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
    ImportRepository repo(m_database, m_db);
    QStringList emails;
    QStringList parentEmails;
    for (const Candidate& c : std::as_const(candidates)) {
        if (c.emailOk)
            emails << c.row.input.email;
        if (c.typePermitted && !c.row.input.parentEmail.isEmpty())
            parentEmails << c.row.input.parentEmail;
    }
    emails.removeDuplicates();
    parentEmails.removeDuplicates();

    auto taken = repo.takenEmails(m_actor.organizationId, emails);
    if (!taken)
        return taken.error();
    const QSet<QString>& accounts = taken->accounts;
    const QSet<QString>& open = taken->openInvitations;
    auto parents = repo.usersByEmail(parentEmails);
    if (!parents)
        return parents.error();
    bool needDownline = false;
    for (const User& p : std::as_const(parents.value()))
        needDownline = needDownline || p.id != m_actor.id;
    if (needDownline && m_actor.role != Role::Admin && !m_downline) {
        auto ids = repo.downlineIds(m_actor.id);
        if (!ids)
            return ids.error();
        m_downline = ids.value();
    }

    for (Candidate& c : candidates) {
        const NewInvitation& in = c.row.input;
        if (c.emailOk && accounts.contains(in.email))
            c.fail(ImportColumn::Email,
                   tr("An account with the e-mail %1 already exists.").arg(in.email));
        if (c.emailOk && open.contains(in.email)) {
            c.fail(ImportColumn::Email, tr("%1 already has an open invitation in this "
                                           "organisation; resend that one instead.")
                                            .arg(in.email));
        }
        if (!c.typePermitted)
            continue;
        const User* named = nullptr;
        if (!in.parentEmail.isEmpty()) {
            const auto it = parents->constFind(in.parentEmail);
            if (it == parents->cend() || !it->isActive) {
                if (invitation_validation::checkEmail(in.parentEmail).ok())
                    c.fail(ImportColumn::ParentEmail,
                           tr("No user %1 to be the upline.").arg(in.parentEmail));
                continue;
            }
            named = &*it;
        }
        // The downline was read above whenever a named upline is not the actor.
        auto upline = invite_policy::checkInvite(
            m_actor, c.row.type, named,
            [this](const QString& id) -> Result<bool> { return m_downline->contains(id); });
        if (!upline) {
            c.fail(upline.error().field == QLatin1String("type") ? ImportColumn::InvitationType
                                                                 : ImportColumn::ParentEmail,
                   upline.error().message);
            continue;
        }
        c.row.parentUserId = upline.value();
    }
    return {};
}

Result<void> ImportValidator::checkQuota(QList<Candidate>& candidates)
{
    // The organisation's daily cap per inviter (never for admins), as a single invite has it;
    // counted once, before this import wrote anything.
    if (!m_organization.dailyInviteQuota || m_actor.role == Role::Admin)
        return {};
    if (!m_quotaRemaining) {
        auto sent =
            InvitationRepository(m_database, m_db).countCreatedBy(m_actor.id, m_now.addDays(-1));
        if (!sent)
            return sent.error();
        m_quotaRemaining = *m_organization.dailyInviteQuota - sent.value();
    }
    for (Candidate& c : candidates) {
        if (c.invalid())
            continue;
        if (*m_quotaRemaining <= 0) {
            c.fail(QString(),
                   tr("You have reached your organisation's limit of %1 invitations per day.")
                       .arg(*m_organization.dailyInviteQuota));
        } else {
            --*m_quotaRemaining;
        }
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
    m_downline.reset();
    m_quotaRemaining.reset();

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
