// What a message the outbox dispatcher renders says: the organisation's branding (sender,
// reply-to, colour) and the platform's stored public URL as the base of every link, through
// the file transport. SQLite and PostgreSQL.
#include "OutboxDispatcherFixture.h"

#include "core/services/OrganizationService.h"
#include "core/storage/OrganizationRepository.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOutboxRendering : public QObject, protected OutboxDispatcherFixture {
    Q_OBJECT

private slots:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        startService();
    }

    void fileTransportWithOrganisationBranding()
    {
        auto conn = m_db->connection();
        OrganizationRepository orgs(*m_db, conn.value());
        Organization org = orgs.findById(m_tree["admin"].organizationId).value().value();
        org.displayName = QStringLiteral("Acme Salud");
        org.senderAddress = QStringLiteral("invitaciones@acme.example");
        org.replyTo = QStringLiteral("Ayuda <ayuda@acme.example>");
        org.brandColor = QStringLiteral("#aa3300");
        QVERIFY(orgs.update(org).ok());
        const Invitation inv = invite(QStringLiteral("brand@example.org"));
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("new/sub"));
        MailConfig c;
        c.url = QUrl::fromLocalFile(folder).toString();
        auto report = OutboxDispatcher(m_db, c).runOnce();
        QCOMPARE(report->sent, 1);
        QString error;
        const QJsonArray files = SmtpTestServer::checkMail({folder}, &error);
        QCOMPARE(files.size(), 1);
        const QJsonObject m = files.at(0).toObject();
        QCOMPARE(m.value("from_addresses").toArray().at(0).toString(),
                 QStringLiteral("invitaciones@acme.example"));
        QCOMPARE(m.value("from_names").toArray().at(0).toString(), QStringLiteral("Acme Salud"));
        QCOMPARE(m.value("reply_to").toString(), QStringLiteral("Ayuda <ayuda@acme.example>"));
        QVERIFY(m.value("subject").toString().contains(QStringLiteral("Acme Salud")));
        QVERIFY(m.value("html").toString().contains(QStringLiteral("#aa3300")));
        QCOMPARE(m.value("bare_lf").toInt(), 0);
        QCOMPARE(linkTokens(m.value("text").toString().toUtf8()).size(), 1);
    }

    void storedPublicUrlIsTheBaseOfEveryLink()
    {
        // A row queued before the admin stored the platform's address (with this desk's own)
        // and one queued after: both are rendered with the stored one, whatever the row or
        // the dispatcher's own setting says. Without a stored address, as before.
        const Invitation early = invite(QStringLiteral("early@example.org"), QStringLiteral("en"));
        OrganizationService org(m_db);
        QVERIFY(org.set(m_tree["admin"], QStringLiteral("public-url"),
                        QStringLiteral("https://invite.platform.example"))
                    .ok());
        const Invitation late = invite(QStringLiteral("late@example.org"), QStringLiteral("en"));
        QTemporaryDir dir;
        MailConfig c;
        c.url = QUrl::fromLocalFile(dir.path()).toString();
        c.publicUrl = QStringLiteral("https://desk.example");
        auto report = OutboxDispatcher(m_db, c).runOnce();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->sent, 2);
        QString error;
        QJsonArray files = SmtpTestServer::checkMail({dir.path()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), 2);
        for (const QJsonValue& f : std::as_const(files)) {
            const QString text = f.toObject().value("text").toString();
            QVERIFY2(text.contains(QStringLiteral("https://invite.platform.example/invite/")),
                     qPrintable(text));
            QVERIFY(!text.contains(kPublicUrl));
            QVERIFY(!text.contains(QStringLiteral("desk.example")));
        }
        Q_UNUSED(early);
        Q_UNUSED(late);

        QVERIFY(org.set(m_tree["admin"], QStringLiteral("public-url"), QString()).ok());
        invite(QStringLiteral("after@example.org"), QStringLiteral("en"));
        QTemporaryDir dir2;
        c.url = QUrl::fromLocalFile(dir2.path()).toString();
        report = OutboxDispatcher(m_db, c).runOnce();
        QCOMPARE(report->sent, 1);
        files = SmtpTestServer::checkMail({dir2.path()}, &error);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.at(0).toObject().value("text").toString().contains(kPublicUrl + "/invite/"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxRendering)
#include "test_outbox_rendering.moc"
