#include "BulkFixture.h"

#include "core/services/InvitationService.h"
#include "core/storage/OrganizationRepository.h"
#include "core/storage/UserRepository.h"

#include <QBuffer>

#include <QSqlQuery>
#include <QUuid>

namespace invitedesk::test {

User BulkFixture::addUser(Role role, const QString& email, const QString& parentId, QString* error,
                          bool active)
{
    User u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.email = email;
    u.firstName = QStringLiteral("Test");
    u.lastName = roles::name(role);
    u.role = role;
    u.organizationId = org.id;
    u.organizationName = org.name;
    u.parentUserId = parentId;
    u.isActive = active;
    u.createdAt = now.addDays(-30);
    auto conn = db->connection();
    if (!conn) {
        *error = conn.error().message;
        return u;
    }
    if (auto r = UserRepository(*db, conn.value()).insert(u, QStringLiteral("not-a-hash")); !r)
        *error = r.error().message;
    return u;
}

QString BulkFixture::setUp(DatabasePtr database)
{
    db = std::move(database);
    org.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    org.name = QStringLiteral("Acme Health");
    org.kind = QStringLiteral("platform");
    org.expiryDays = 7;
    auto conn = db->connection();
    if (!conn)
        return conn.error().message;
    if (auto r = OrganizationRepository(*db, conn.value()).insert(org); !r)
        return r.error().message;
    QString error;
    admin = addUser(Role::Admin, QStringLiteral("admin@acme.test"), {}, &error);
    chp = addUser(Role::ChpAdmin, QStringLiteral("chp@acme.test"), admin.id, &error);
    master = addUser(Role::MasterDistributor, QStringLiteral("master@acme.test"), chp.id, &error);
    distributor = addUser(Role::Distributor, QStringLiteral("dist@acme.test"), master.id, &error);
    sales = addUser(Role::Sales, QStringLiteral("sales@acme.test"), distributor.id, &error);
    sales2 = addUser(Role::Sales, QStringLiteral("sales2@acme.test"), distributor.id, &error);
    doctor = addUser(Role::Doctor, QStringLiteral("doctor@acme.test"), sales.id, &error);
    office = addUser(Role::OfficeAdmin, QStringLiteral("office@acme.test"), doctor.id, &error);
    otherSales = addUser(Role::Sales, QStringLiteral("other.sales@acme.test"), admin.id, &error);
    gone = addUser(Role::Sales, QStringLiteral("gone@acme.test"), distributor.id, &error, false);
    return error;
}

ServiceConfig BulkFixture::config() const
{
    ServiceConfig c;
    c.publicUrl = QStringLiteral("https://invite.acme.test");
    const QDateTime at = now;
    c.clock = [at] { return at; };
    return c;
}

qint64 BulkFixture::count(const QString& table) const
{
    auto conn = db->connection();
    QSqlQuery q(conn.value());
    // Table names come from the tests themselves.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

BulkFixture::WrittenRows BulkFixture::written() const
{
    return {count(QStringLiteral("user_invitations")), count(QStringLiteral("email_outbox")),
            count(QStringLiteral("audit_events"))};
}

Result<Invitation> BulkFixture::invite(const User& actor, const QString& email) const
{
    NewInvitation in;
    in.email = email;
    in.firstName = QStringLiteral("Invited");
    in.lastName = QStringLiteral("Before");
    in.type = QStringLiteral("doctor");
    return InvitationService(db, config()).create(actor, in);
}

Result<ImportReport> BulkFixture::import(const QByteArray& file, const User& actor,
                                         const ImportOptions& options) const
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    return ImportService(db, config()).importCsv(actor, &buffer, options);
}

QByteArray csvFile(const QString& header, const QStringList& lines, const QString& eol)
{
    return (header + eol + lines.join(eol) + (lines.isEmpty() ? QString() : eol)).toUtf8();
}

} // namespace invitedesk::test
