// Migration 007 (password resets, issue 14): a database at version 6 with queued and sent
// e-mail moves to the latest version without losing a row or a column value; the outbox then
// takes reset e-mails (naming their reset, and only they do), and the new tables keep their
// rules (32-byte hashes, one reason per revocation, a link that expires after it was made).
// Both backends (SQLite rebuilds email_outbox for its new CHECK).
#include "core/security/TokenGenerator.h"
#include "core/storage/Migrator.h"
#include "tests/support/MigrationFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <tuple>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kOrg = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kAdmin = QStringLiteral("00000000-0000-0000-0000-0000000000a1");
const QString kRep = QStringLiteral("00000000-0000-0000-0000-0000000000a2");
const QString kInvitation = QStringLiteral("00000000-0000-0000-0000-000000000101");
const QString kReset = QStringLiteral("00000000-0000-0000-0000-000000000701");
const QString kTime = QStringLiteral("2026-01-01T00:00:00.000Z");

QString outboxInsert()
{
    return QStringLiteral("INSERT INTO email_outbox (id, invitation_id, kind, recipient, status, "
                          "attempts, next_attempt_at, created_at, last_error) VALUES (?, ?, ?, "
                          "'ana@x.example', ?, ?, '2026-01-02T00:00:00.000Z', "
                          "'2026-01-01T00:00:00.000Z', ?)");
}
} // namespace

class TestPasswordResetMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void upgradeKeepsTheOutboxAndTakesResets()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(6, &error);
        QVERIFY2(db, qPrintable(error));
        Migrator m(db);

        QSqlQuery q(db->connection().value());
        QVERIFY(exec(q,
                     QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) "
                                    "VALUES (?, 'Org', 'platform', ?)"),
                     {kOrg, kTime}));
        for (const auto& [id, email, role, parent] :
             {std::tuple{kAdmin, "admin@a.example", "admin", QString()},
              std::tuple{kRep, "rep@a.example", "sales", kAdmin}}) {
            QVERIFY(exec(
                q,
                QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                               "last_name, role, organization_id, parent_user_id, "
                               "created_at) VALUES (?, ?, 'x', 'A', 'B', ?, ?, ?, ?)"),
                {id, QString::fromLatin1(email), QString::fromLatin1(role), kOrg,
                 parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(parent),
                 kTime}));
        }
        QVERIFY2(exec(q,
                      QStringLiteral(
                          "INSERT INTO user_invitations (id, email, first_name, last_name, "
                          "invitation_type, role_name, status, organization_id, invited_by_id, "
                          "expires_at, created_at, updated_at) VALUES (?, 'ana@x.example', "
                          "'Ana', 'Núñez', 'doctor', 'doctor', 'sent', ?, ?, "
                          "'2026-02-01T00:00:00.000Z', ?, ?)"),
                      {kInvitation, kOrg, kAdmin, kTime, kTime}),
                 qPrintable(q.lastError().text()));
        const QList<QVariantList> before = {
            {QStringLiteral("00000000-0000-0000-0000-000000000301"), kInvitation,
             QStringLiteral("invitation"), QStringLiteral("sent"), 1, QString()},
            {QStringLiteral("00000000-0000-0000-0000-000000000302"), kInvitation,
             QStringLiteral("reminder"), QStringLiteral("queued"), 2,
             QStringLiteral("421 try later")},
            {QStringLiteral("00000000-0000-0000-0000-000000000303"),
             QVariant(QMetaType::fromType<QString>()), QStringLiteral("test"),
             QStringLiteral("failed"), 1, QStringLiteral("550 no")}};
        for (const QVariantList& row : before)
            QVERIFY2(exec(q, outboxInsert(), row), qPrintable(q.lastError().text()));

        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());

        // Every row and value kept; none names a reset.
        QVERIFY(exec(q, QStringLiteral("SELECT id, invitation_id, kind, status, attempts, "
                                       "last_error, password_reset_id FROM email_outbox "
                                       "ORDER BY id")));
        for (const QVariantList& row : before) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), row[0].toString());
            QCOMPARE(q.value(1).toString(), row[1].toString());
            QCOMPARE(q.value(2).toString(), row[2].toString());
            QCOMPARE(q.value(3).toString(), row[3].toString());
            QCOMPARE(q.value(4).toInt(), row[4].toInt());
            QCOMPARE(q.value(5).toString(), row[5].toString());
            QVERIFY(q.value(6).isNull());
        }
        QVERIFY(!q.next());
        // The due-rows index is back (the dispatcher's claim reads it).
        QVERIFY(exec(q, TestDatabase::backend() == Backend::Postgres
                            ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname "
                                             "IN ('email_outbox_due_idx', "
                                             "'email_outbox_invitation_idx', "
                                             "'email_outbox_password_reset_idx')")
                            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                             "('email_outbox_due_idx', "
                                             "'email_outbox_invitation_idx', "
                                             "'email_outbox_password_reset_idx')")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);

        // A reset, its e-mail and its link.
        QVERIFY2(exec(q,
                      QStringLiteral("INSERT INTO password_resets (id, user_id, requested_by_id, "
                                     "language, created_at) VALUES (?, ?, ?, 'es', ?)"),
                      {kReset, kRep, kAdmin, kTime}),
                 qPrintable(q.lastError().text()));
        const QString resetMail = QStringLiteral(
            "INSERT INTO email_outbox (id, password_reset_id, kind, recipient, next_attempt_at, "
            "created_at) VALUES (?, ?, ?, 'rep@a.example', ?, ?)");
        QVERIFY2(exec(q, resetMail,
                      {QStringLiteral("00000000-0000-0000-0000-000000000304"), kReset,
                       QStringLiteral("password_reset"), kTime, kTime}),
                 qPrintable(q.lastError().text()));
        const QString link =
            QStringLiteral("INSERT INTO password_reset_links (token_hash, "
                           "reset_id, created_at, expires_at) VALUES (?, ?, ?, ?)");
        QVERIFY2(exec(q, link,
                      {tokens::hash(tokens::generate()), kReset, kTime,
                       QStringLiteral("2026-01-02T00:00:00.000Z")}),
                 qPrintable(q.lastError().text()));

        // The rules: a reset e-mail names its reset and nothing else does; kinds are known.
        QVERIFY(!exec(q, resetMail,
                      {QStringLiteral("00000000-0000-0000-0000-000000000305"),
                       QVariant(QMetaType::fromType<QString>()), QStringLiteral("password_reset"),
                       kTime, kTime}));
        QVERIFY(!exec(q, resetMail,
                      {QStringLiteral("00000000-0000-0000-0000-000000000306"), kReset,
                       QStringLiteral("invitation"), kTime, kTime}));
        QVERIFY(!exec(q, resetMail,
                      {QStringLiteral("00000000-0000-0000-0000-000000000307"), kReset,
                       QStringLiteral("newsletter"), kTime, kTime}));
        // Hashes are 32 bytes; a link expires after it was made; a reset of no user is refused.
        QVERIFY(!exec(
            q, link,
            {QByteArray("short"), kReset, kTime, QStringLiteral("2026-01-02T00:00:00.000Z")}));
        QVERIFY(!exec(q, link, {tokens::hash(tokens::generate()), kReset, kTime, kTime}));
        QVERIFY(!exec(q,
                      QStringLiteral("INSERT INTO password_resets (id, user_id, requested_by_id, "
                                     "created_at) VALUES (?, ?, ?, ?)"),
                      {QStringLiteral("00000000-0000-0000-0000-000000000702"),
                       QStringLiteral("00000000-0000-0000-0000-0000000009ff"), kAdmin, kTime}));
        // Revoked with a reason, or not at all; never both used and revoked.
        QVERIFY(!exec(q, QStringLiteral("UPDATE password_resets SET revoked_at = ? WHERE id = ?"),
                      {kTime, kReset}));
        QVERIFY(exec(q, QStringLiteral("UPDATE password_resets SET used_at = ? WHERE id = ?"),
                     {kTime, kReset}));
        QVERIFY(!exec(q,
                      QStringLiteral("UPDATE password_resets SET revoked_at = ?, revoked_reason "
                                     "= 'replaced' WHERE id = ?"),
                      {kTime, kReset}));
    }
};

QTEST_GUILESS_MAIN(TestPasswordResetMigration)
#include "test_password_reset_migration.moc"
