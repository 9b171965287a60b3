// An imported invitation's outbox row carries no token, only what rendering needs (language and
// public URL; the light form, rendered at send time). No link exists before the dispatcher
// renders the message: it mints the token then, keeps only its hash among the invitation's
// live links, and the link in the delivered message validates. Runs the default write path of
// each backend (binary COPY on PostgreSQL, prepared INSERTs on SQLite). One clock for the
// import, the dispatcher and the validation (the fixture's).
#include "BulkFixture.h"
#include "tests/support/LinkDelivery.h"
#include "tests/support/TestDatabase.h"

#include "core/mail/OutboxDispatcher.h"
#include "core/security/TokenGenerator.h"
#include "core/services/AcceptanceService.h"
#include "core/services/ImportService.h"
#include "core/storage/AuditLog.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
// The message text without quoted-printable soft line breaks (a long link may be split).
QByteArray unwrapped(const QByteArray& data)
{
    QByteArray out = data;
    out.replace("=\r\n", "");
    return out;
}
} // namespace

class TestImportedMail : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DatabasePtr db;
        INVITEDESK_REQUIRE_DB(db);
        QCOMPARE(f.setUp(db), QString());
    }

    void importedInvitationsAreRenderedAndSent()
    {
        const QByteArray file =
            csvFile(QStringLiteral("email,first_name,last_name,invitation_type,language"),
                    {"mail.en@example.org,Ana,Núñez,doctor,en",
                     "mail.es@example.org,Bo,Berg,sales,es", "mail.3@example.org,Cy,Cruz,doctor,"});
        QBuffer buffer;
        buffer.setData(file);
        buffer.open(QIODevice::ReadOnly);
        auto report = ImportService(f.db, f.config()).importCsv(f.admin, &buffer, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->imported, 3);

        // The light form: no rendered message and no token, what rendering needs instead; and
        // no link yet.
        QSqlQuery q(f.db->connection().value());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM email_outbox WHERE subject IS NULL AND text_body IS NULL AND "
            "html_body IS NULL AND public_url = 'https://invite.acme.test' AND status = 'queued' "
            "AND kind = 'invitation'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM invitation_links")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();

        const auto kept = std::make_shared<QList<OutgoingMail>>();
        const QList<OutgoingMail>& sent = *kept;
        // The fixture's clock, not the real one: the import dated these invitations
        // f.now, so only that clock knows whether they are still open.
        DispatcherSettings settings;
        settings.clock = f.config().clock;
        OutboxDispatcher dispatcher(f.db, MailConfig{}, settings);
        dispatcher.setTransportFactory([&]() -> Result<std::unique_ptr<MailTransport>> {
            return std::unique_ptr<MailTransport>(new MemoryTransport(kept));
        });
        auto run = dispatcher.runOnce();
        QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().message));
        QCOMPARE(run->sent, 3);
        QCOMPARE(sent.size(), 3);

        AcceptanceService acceptance(f.db, f.config());
        for (const QString& id : std::as_const(report->importedIds)) {
            QSqlQuery i(f.db->connection().value());
            i.prepare(QStringLiteral(
                "SELECT email, status, language FROM user_invitations WHERE id = ?"));
            i.addBindValue(id);
            QVERIFY(i.exec() && i.next());
            const QString email = i.value(0).toString();
            QCOMPARE(i.value(1).toString(), QStringLiteral("sent"));
            const QString language = i.value(2).toString();
            QCOMPARE(language, email == QLatin1String("mail.es@example.org")
                                   ? QStringLiteral("es")
                                   : QStringLiteral("en"));

            const auto mail = std::find_if(sent.cbegin(), sent.cend(), [&](const OutgoingMail& m) {
                return m.recipient == email;
            });
            QVERIFY2(mail != sent.cend(), qPrintable(email));
            const QByteArray body = unwrapped(mail->data);
            const QByteArray prefix = "https://invite.acme.test/invite/";
            const qsizetype at = body.indexOf(prefix);
            QVERIFY2(at >= 0, body.constData());
            const QString token = QString::fromLatin1(body.mid(at + prefix.size(), 43));
            QVERIFY(tokens::looksLikeToken(token));

            // Its hash, and only its hash, is the invitation's live link; the link validates.
            QSqlQuery l(f.db->connection().value());
            l.prepare(QStringLiteral("SELECT token_hash, kind, revoked_at FROM invitation_links "
                                     "WHERE invitation_id = ?"));
            l.addBindValue(id);
            QVERIFY(l.exec() && l.next());
            QCOMPARE(l.value(0).toByteArray(), tokens::hash(token));
            QCOMPARE(l.value(1).toString(), QStringLiteral("invitation"));
            QVERIFY(l.value(2).isNull());
            QVERIFY(!l.next());
            auto valid = acceptance.validate(token);
            QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().describe()));
            QCOMPARE(valid->id, id);

            // The token is nowhere in the outbox (before or after delivery).
            QSqlQuery o(f.db->connection().value());
            o.prepare(QStringLiteral("SELECT * FROM email_outbox WHERE invitation_id = ?"));
            o.addBindValue(id);
            QVERIFY(o.exec());
            int rows = 0;
            while (o.next()) {
                ++rows;
                for (int c = 0; c < o.record().count(); ++c)
                    QVERIFY2(!o.value(c).toString().contains(token),
                             qPrintable(o.record().fieldName(c)));
            }
            QCOMPARE(rows, 3); // the invitation e-mail and its two reminders
        }
        // The Spanish invitation is rendered in Spanish: its subject differs from the others'.
        auto subjectOf = [&](const QString& email) {
            for (const OutgoingMail& m : std::as_const(sent)) {
                if (m.recipient != email)
                    continue;
                const qsizetype s = m.data.indexOf("\r\nSubject: ");
                return m.data.mid(s, m.data.indexOf("\r\n", s + 2) - s);
            }
            return QByteArray();
        };
        QCOMPARE(subjectOf("mail.en@example.org"), subjectOf("mail.3@example.org"));
        QVERIFY(subjectOf("mail.en@example.org") != subjectOf("mail.es@example.org"));

        auto verify = AuditLog(f.db).verify();
        QVERIFY(verify.ok());
        QVERIFY2(verify->ok, qPrintable(verify->problem));
    }

private:
    BulkFixture f;
};

QTEST_GUILESS_MAIN(TestImportedMail)
#include "test_imported_mail.moc"
