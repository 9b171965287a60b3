#include "core/storage/UserRepository.h"

#include <QSqlQuery>

namespace invitedesk {

QString UserRepository::userColumns()
{
    return QStringLiteral(
        "u.id, u.email, u.first_name, u.last_name, u.role, u.organization_id, o.name, "
        "u.parent_user_id, u.is_active, u.created_at, u.invited_by_id, u.invitation_id, "
        "u.invitation_accepted_at");
}

User UserRepository::readUser(const QSqlQuery& q, int first)
{
    User u;
    u.id = q.value(first + 0).toString();
    u.email = q.value(first + 1).toString();
    u.firstName = q.value(first + 2).toString();
    u.lastName = q.value(first + 3).toString();
    u.role = roles::fromName(q.value(first + 4).toString()).value_or(Role::Doctor);
    u.organizationId = q.value(first + 5).toString();
    u.organizationName = q.value(first + 6).toString();
    u.parentUserId = q.value(first + 7).toString();
    u.isActive = q.value(first + 8).toBool();
    u.createdAt = Database::readTime(q.value(first + 9));
    u.invitedById = q.value(first + 10).toString();
    u.invitationId = q.value(first + 11).toString();
    u.invitationAcceptedAt = Database::readTime(q.value(first + 12));
    return u;
}

namespace {
const QString kSelect = QStringLiteral("SELECT ") + UserRepository::userColumns() +
                        QStringLiteral(" FROM users u JOIN organizations o ON o.id = "
                                       "u.organization_id");
} // namespace

QString UserRepository::downlineCte()
{
    // The closure table (migration 017) holds every (ancestor, descendant) pair, the root
    // its own at depth 0: the downline is one index range.
    return QStringLiteral("WITH downline(id) AS (SELECT descendant_id FROM user_downline "
                          "WHERE ancestor_id = ?) ");
}

Result<std::optional<User>> UserRepository::findOne(const QString& where, const QVariant& value)
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE ") + where);
    q.addBindValue(value);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a user"));
    if (!q.next())
        return std::optional<User>();
    return std::optional<User>(readUser(q));
}

Result<std::optional<User>> UserRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("u.id = ?"), id);
}

Result<std::optional<User>> UserRepository::findByEmail(const QString& email)
{
    return findOne(QStringLiteral("u.email = ?"), email.trimmed().toLower());
}

Result<std::optional<UserRepository::Credentials>> UserRepository::credentials(const QString& email)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, password_hash, is_active, failed_sign_ins, "
                             "last_failed_sign_in_at, locked_until, db_role IS NOT NULL FROM users "
                             "WHERE email = ?"));
    q.addBindValue(email.trimmed().toLower());
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a user"));
    if (!q.next())
        return std::optional<Credentials>();
    return std::optional<Credentials>(
        Credentials{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                    SignInState{q.value(3).toInt(), Database::readTime(q.value(4)),
                                Database::readTime(q.value(5))},
                    q.value(6).toBool()});
}

Result<SignInState> UserRepository::signInState(const QString& userId, bool forUpdate)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT failed_sign_ins, last_failed_sign_in_at, locked_until FROM "
                             "users WHERE id = ?") +
              (forUpdate && m_database.isPostgres() ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading failed sign-ins"));
    if (!q.next())
        return Error::make(Error::Code::NotFound, QStringLiteral("No such user."),
                           QStringLiteral("user"));
    return SignInState{q.value(0).toInt(), Database::readTime(q.value(1)),
                       Database::readTime(q.value(2))};
}

Result<QDateTime> UserRepository::lockedUntil(const QString& userId)
{
    QSqlQuery q(m_db);
    if (!Database::exec(q, QStringLiteral("SELECT locked_until FROM users WHERE id = ?"), {userId}))
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading a lock"));
    if (!q.next())
        return Error::make(Error::Code::NotFound, QStringLiteral("No such user."),
                           QStringLiteral("user"));
    return Database::readTime(q.value(0));
}

Result<void> UserRepository::setSignInState(const QString& userId, const SignInState& state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET failed_sign_ins = ?, last_failed_sign_in_at = ?, "
                             "locked_until = ? WHERE id = ?"));
    q.addBindValue(state.failures);
    q.addBindValue(m_database.timeValue(state.lastFailureAt));
    q.addBindValue(m_database.timeValue(state.lockedUntil));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("recording a sign-in"));
    return {};
}

Result<void> UserRepository::updatePasswordHash(const QString& userId, const QString& hash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("updating a password"));
    return {};
}

Result<void> UserRepository::insert(const User& user, const QString& passwordHash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, last_name, "
                             "role, organization_id, "
                             "parent_user_id, is_active, created_at, invited_by_id, invitation_id, "
                             "invitation_accepted_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.email);
    q.addBindValue(passwordHash);
    q.addBindValue(user.firstName);
    q.addBindValue(user.lastName);
    q.addBindValue(roles::name(user.role));
    q.addBindValue(user.organizationId);
    q.addBindValue(Database::textOrNull(user.parentUserId));
    q.addBindValue(m_database.boolValue(user.isActive));
    q.addBindValue(m_database.timeValue(user.createdAt));
    q.addBindValue(Database::textOrNull(user.invitedById));
    q.addBindValue(Database::textOrNull(user.invitationId));
    q.addBindValue(m_database.timeValue(user.invitationAcceptedAt));
    if (!q.exec()) {
        if (Database::isUniqueViolation(q.lastError())) {
            return Error::make(
                Error::Code::Conflict,
                QStringLiteral("An account with the e-mail %1 already exists.").arg(user.email),
                QStringLiteral("email"));
        }
        return Database::fromSqlError(q.lastError(), QStringLiteral("creating a user"));
    }
    return {};
}

Result<qint64> UserRepository::count()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users")) || !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("counting users"));
    return q.value(0).toLongLong();
}

Result<QList<User>> UserRepository::downline(const QString& userId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(downlineCte() + kSelect +
              QStringLiteral(" WHERE u.id IN (SELECT id FROM downline) ORDER BY u.last_name, "
                             "u.first_name, u.email"));
    q.addBindValue(userId);
    if (!q.exec())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the downline"));
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

Result<bool> UserRepository::isInDownline(const QString& ancestorId, const QString& candidateId)
{
    QSqlQuery q(m_db);
    if (!Database::exec(q,
                        QStringLiteral("SELECT count(*) FROM user_downline WHERE ancestor_id = ? "
                                       "AND descendant_id = ?"),
                        {ancestorId, candidateId}) ||
        !q.next())
        return Database::fromSqlError(q.lastError(), QStringLiteral("reading the downline"));
    return q.value(0).toInt() > 0;
}

} // namespace invitedesk
