#include "core/storage/PersonLoginRepository.h"

#include "core/storage/postgres/PgPreparedStatement.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk {

PersonLoginRepository::PersonLoginRepository(Database& database, const QSqlDatabase& db)
    : m_database(database), m_db(db)
{}

QString PersonLoginRepository::loginName(const QString& database, const QString& email)
{
    const QByteArray key = (database + QLatin1Char('/') + email.trimmed().toLower()).toUtf8();
    return QStringLiteral("idk_") +
           QString::fromLatin1(
               QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

Result<QString> PersonLoginRepository::scramVerifier(const QSqlDatabase& db,
                                                     const QString& password)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(PgPreparedStatement::connectionOf(db));
    if (!conn)
        return Error::make(Error::Code::Environment,
                           QStringLiteral("No PostgreSQL connection to make a login password on."));
    // SCRAM ignores the user name (MD5 would salt with it); the algorithm is named so that
    // libpq does not ask the server for password_encryption.
    char* verifier =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), "invitedesk", "scram-sha-256");
    if (!verifier)
        return Error::make(Error::Code::Internal,
                           QStringLiteral("Could not make the database login's password: %1")
                               .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
#else
    Q_UNUSED(db);
    Q_UNUSED(password);
    return Error::make(Error::Code::Environment,
                       QStringLiteral("This InviteDesk was built without libpq and cannot make "
                                      "per-person database logins."));
#endif
}

Result<QString> PersonLoginRepository::sync(const QString& userId, const QString& password)
{
    if (!m_database.isPostgres())
        return QString();
    QVariant verifier = Database::nullText();
    if (!password.isEmpty()) {
        auto made = scramVerifier(m_db, password);
        if (!made)
            return made.error();
        verifier = made.value();
    }
    QSqlQuery q(m_db);
    if (!Database::exec(q, QStringLiteral("SELECT invitedesk_sync_login(CAST(? AS uuid), ?)"),
                        {userId, verifier}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(),
                                      QStringLiteral("updating the person's database login"));
    return q.value(0).toString();
}

} // namespace invitedesk
