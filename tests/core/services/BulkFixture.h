#pragma once

#include "core/domain/Invitation.h"
#include "core/domain/Organization.h"
#include "core/domain/User.h"
#include "core/services/ImportService.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>

namespace invitedesk::test {

// An organisation with the sales chain and a practice, inserted directly (no password
// hashing), for the import/export/bulk tests:
//   admin -> chp -> master -> distributor -> sales -> doctor -> office (office_admin)
//                             distributor -> sales2
//   admin -> otherSales (a sales rep outside distributor's downline)
// plus an inactive user "gone".
struct BulkFixture {
    DatabasePtr db;
    Organization org;
    User admin, chp, master, distributor, sales, sales2, doctor, office, otherSales, gone;
    QDateTime now =
        QDateTime::fromString(QStringLiteral("2026-11-25T14:00:00.000Z"), Qt::ISODateWithMs);

    // Creates the rows in `db`; returns an error text or empty.
    QString setUp(DatabasePtr database);
    User addUser(Role role, const QString& email, const QString& parentId, QString* error,
                 bool active = true);
    ServiceConfig config() const;
    // Number of rows in a table (user_invitations, email_outbox, audit_events).
    qint64 count(const QString& table) const;

    // The rows of the three tables an import writes to.
    struct WrittenRows {
        qint64 invitations, outbox, audit;
        bool operator==(const WrittenRows&) const = default;
    };
    WrittenRows written() const;
    // Invites `email` (a doctor) as `actor` through InvitationService.
    Result<Invitation> invite(const User& actor, const QString& email) const;
    // Imports a CSV body as `actor`.
    Result<ImportReport> import(const QByteArray& file, const User& actor,
                                const ImportOptions& options = {}) const;
};

// The header of the import files these tests write.
inline const QString kImportHeader = QStringLiteral(
    "email,first_name,last_name,invitation_type,parent_email,expires_days,language,npi");

// A CSV file body: the header line then the given lines, joined with CRLF.
QByteArray csvFile(const QString& header, const QStringList& lines, const QString& eol = "\r\n");

} // namespace invitedesk::test
