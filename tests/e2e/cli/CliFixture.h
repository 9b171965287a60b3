#pragma once

#include "CliHarness.h"

#include "core/services/DemoSeeder.h"
#include "tests/support/TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QtTest>

namespace invitedesk::test {

// Shared by the command-line tests: the admin and demo credentials and the JSON keys the
// issue pins.
inline const QString kAdmin = QStringLiteral("admin@example.com");
inline const QString kAdminPassword = QStringLiteral("correct horse battery");

inline QString demoEmail(const QString& key)
{
    return key + QLatin1Char('@') + DemoSeeder::demoDomain();
}

inline QSet<QString> idsOf(const QJsonArray& items)
{
    QSet<QString> ids;
    for (const auto& v : items)
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

inline const QStringList kInvitationKeys = {
    QStringLiteral("id"),        QStringLiteral("email"),           QStringLiteral("first_name"),
    QStringLiteral("last_name"), QStringLiteral("invitation_type"), QStringLiteral("status"),
    QStringLiteral("expires_at")};
inline const QStringList kListKeys = {QStringLiteral("email_delivery_status"),
                                      QStringLiteral("email_attempts"),
                                      QStringLiteral("last_email_error"),
                                      QStringLiteral("resend_count"), QStringLiteral("invited_by")};

// The shared seeded database and the helpers every case uses: running the binary as a
// user, inviting, listing, and reading the tables behind its back.
class CliFixture : public QObject {
protected:
    QString m_url; // shared database: the admin and the demo tree
    DbProbe m_db;
    QString m_chainInvitationId; // sent by sales1 (dist1's downline)
    QString m_lastError;

    // The shared database of the invitation tests: a fresh one with the admin, the demo tree
    // under it, and one invitation sent by sales1 (m_chainInvitationId). Call from
    // initTestCase (a failure there skips the test functions).
    void seedSharedDatabase()
    {
        QVERIFY2(QFileInfo(CliHarness::binary()).isExecutable(),
                 qPrintable(QStringLiteral("INVITEDESK_BIN=%1").arg(CliHarness::binary())));
        m_url = freshUrl();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_lastError));
        m_db = DbProbe(m_url);
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));

        const CliRun boot = bootstrap(m_url);
        QVERIFY2(boot.exitCode == 0, qPrintable(boot.describe()));
        // The demo tree goes under the admin, in a database that already has a user.
        const CliRun demo = act(QStringLiteral("admin"), {QStringLiteral("demo")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.describe()));

        const CliRun chain =
            invite(QStringLiteral("sales1"), QStringLiteral("chain.doctor@example.com"),
                   QStringLiteral("doctor"));
        QVERIFY2(chain.exitCode == 0, qPrintable(chain.describe()));
        m_chainInvitationId = chain.json().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!m_chainInvitationId.isEmpty());
    }

    // The audit chain of the shared database is intact after what the cases did.
    void verifyAuditChain()
    {
        const CliRun r =
            act(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    QString freshUrl(bool migrated = true)
    {
        QString error;
        const QString url =
            migrated ? TestDatabase::createUrl(&error) : TestDatabase::createEmptyUrl(&error);
        if (url.isEmpty())
            m_lastError = QStringLiteral("cannot create a %1 database: %2")
                              .arg(TestDatabase::backendName(), error);
        return url;
    }

    // `who`: "admin", a demo key ("sales1", "dist1", ...) or an e-mail.
    CliRun act(const QString& who, QStringList args, const QString& url = {})
    {
        const bool admin = who == QLatin1String("admin") || who == kAdmin;
        const QString email = admin                            ? kAdmin
                              : who.contains(QLatin1Char('@')) ? who
                                                               : demoEmail(who);
        args << QStringLiteral("--as") << email << QStringLiteral("--database")
             << (url.isEmpty() ? m_url : url);
        return CliHarness::run(args, {{QStringLiteral("INVITEDESK_PASSWORD"),
                                       admin ? kAdminPassword : DemoSeeder::defaultPassword()},
                                      {QStringLiteral("INVITEDESK_NEW_PASSWORD"),
                                       QStringLiteral("a new user's long password")}});
    }

    CliRun bootstrap(const QString& url, const QString& email = kAdmin)
    {
        return CliHarness::run({QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("--email"), email, QStringLiteral("--role"),
                                QStringLiteral("admin"), QStringLiteral("--first"),
                                QStringLiteral("Ada"), QStringLiteral("--last"),
                                QStringLiteral("Admin"), QStringLiteral("--database"), url},
                               {{QStringLiteral("INVITEDESK_NEW_PASSWORD"), kAdminPassword}});
    }

    CliRun invite(const QString& who, const QString& email, const QString& type,
                  const QStringList& more = {}, const QString& url = {})
    {
        return act(who,
                   QStringList{QStringLiteral("invite"), QStringLiteral("--json"),
                               QStringLiteral("--email"), email, QStringLiteral("--type"), type,
                               QStringLiteral("--first"), QStringLiteral("Test"),
                               QStringLiteral("--last"), QStringLiteral("Person")} +
                       more,
                   url);
    }

    QJsonArray listAll(const QString& who, const QStringList& more = {})
    {
        const CliRun r = act(who, QStringList{QStringLiteral("list"), QStringLiteral("--json"),
                                              QStringLiteral("--limit"), QStringLiteral("0")} +
                                      more);
        if (r.exitCode != 0)
            qWarning("list failed: %s", qPrintable(r.describe()));
        return r.json().toArray();
    }

    // The invitations `who` may see by the design's rule: sent by it or its downline, or with
    // an upline in its downline. Computed here from the tables, independently of the service.
    QSet<QString> expectedVisible(const QString& who)
    {
        QHash<QString, QStringList> children;
        for (const auto& row : m_db.rows(QStringLiteral("SELECT id, parent_user_id FROM users")))
            children[row.at(1).toString()] << row.at(0).toString();
        QSet<QString> downline{m_db.userId(demoEmail(who))};
        QStringList todo = downline.values();
        while (!todo.isEmpty()) {
            for (const QString& child : children.value(todo.takeFirst())) {
                if (!downline.contains(child)) {
                    downline.insert(child);
                    todo << child;
                }
            }
        }
        QSet<QString> visible;
        for (const auto& row : m_db.rows(QStringLiteral(
                 "SELECT id, invited_by_id, parent_user_id FROM user_invitations"))) {
            if (downline.contains(row.at(1).toString()) || downline.contains(row.at(2).toString()))
                visible.insert(row.at(0).toString());
        }
        return visible;
    }

    // The columns a refused cancel/resend must leave alone.
    QVariantList invitationState(const QString& id)
    {
        const auto r = m_db.rows(
            QStringLiteral("SELECT status, version, resend_count, expires_at, cancel_reason, "
                           "(SELECT count(*) FROM invitation_links l WHERE l.invitation_id = "
                           "user_invitations.id AND l.revoked_at IS NULL) "
                           "FROM user_invitations WHERE id = ?"),
            {id});
        return r.isEmpty() ? QVariantList() : r.first();
    }
};

} // namespace invitedesk::test
