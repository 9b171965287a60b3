// `invitedesk cancel` and `invitedesk resend` end to end: the built binary against a real
// database (SQLite, or the test PostgreSQL): cancelling twice, resending for a new token, who
// may not touch an invitation (and changes nothing) and the upline who may.
// Each sign-in costs a scrypt hash (~0.3 s), so the cases share one seeded database.
#include "CliFixture.h"

#include <QJsonObject>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestCliCancelResend : public CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { seedSharedDatabase(); }
    // What the cases did left an intact audit chain.
    void cleanupTestCase() { verifyAuditChain(); }

    void cancelTwiceAndResendAfterCancel()
    {
        const CliRun created =
            invite(QStringLiteral("admin"), QStringLiteral("cancel.me@example.com"),
                   QStringLiteral("sales"));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString id = created.json().toObject().value(QStringLiteral("id")).toString();

        const CliRun cancel =
            act(QStringLiteral("admin"), {QStringLiteral("cancel"), id, QStringLiteral("--reason"),
                                          QStringLiteral("Wrong person")});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        const QVariantList cancelled = invitationState(id);
        QCOMPARE(cancelled.value(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(cancelled.value(4).toString(), QStringLiteral("Wrong person"));
        const auto before = m_db.counts();

        const CliRun again = act(QStringLiteral("admin"), {QStringLiteral("cancel"), id});
        QVERIFY2(again.exitCode == 1, qPrintable(again.describe()));
        QVERIFY(!again.err.trimmed().isEmpty());
        const CliRun resend = act(QStringLiteral("admin"), {QStringLiteral("resend"), id});
        QVERIFY2(resend.exitCode == 1, qPrintable(resend.describe()));
        QVERIFY(!resend.err.trimmed().isEmpty());
        QCOMPARE(invitationState(id), cancelled);
        QCOMPARE(m_db.counts(), before);
    }

    void resendGivesNewToken()
    {
        const QVariantList before = invitationState(m_chainInvitationId);
        const qint64 outbox = m_db.count(QStringLiteral("email_outbox"));
        // dist1 is in the inviter's upline chain, so it may resend.
        const CliRun r =
            act(QStringLiteral("dist1"),
                {QStringLiteral("resend"), m_chainInvitationId, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QVariantList after = invitationState(m_chainInvitationId);
        QCOMPARE(after.value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(after.value(2).toInt(), before.value(2).toInt() + 1);
        QCOMPARE(after.value(1).toInt(), before.value(1).toInt() + 1);
        QCOMPARE(after.value(5).toInt(),
                 0); // earlier links revoked; the new one comes with its mail
        QCOMPARE(m_db.count(QStringLiteral("email_outbox")), outbox + 1);

        // The item the command printed is the item as stored: `show` reads the same.
        const CliRun shown =
            act(QStringLiteral("dist1"),
                {QStringLiteral("show"), m_chainInvitationId, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        QJsonObject stored = shown.json().toObject();
        stored.remove(QStringLiteral("timeline"));
        QCOMPARE(r.json().toObject(), stored);
    }

    void outsiderCannotCancelOrResend_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("command");
        QTest::newRow("other distributor cancels")
            << QStringLiteral("dist2") << QStringLiteral("cancel");
        QTest::newRow("other distributor resends")
            << QStringLiteral("dist2") << QStringLiteral("resend");
        QTest::newRow("other sales rep cancels")
            << QStringLiteral("sales2") << QStringLiteral("cancel");
        QTest::newRow("other doctor resends")
            << QStringLiteral("doctor2") << QStringLiteral("resend");
        QTest::newRow("downline office admin cancels")
            << QStringLiteral("office") << QStringLiteral("cancel");
        QTest::newRow("vendor resends") << QStringLiteral("ivr") << QStringLiteral("resend");
    }
    void outsiderCannotCancelOrResend()
    {
        QFETCH(QString, who);
        QFETCH(QString, command);
        const QVariantList state = invitationState(m_chainInvitationId);
        QVERIFY(!state.isEmpty());
        const auto before = m_db.counts();
        const CliRun r = act(who, {command, m_chainInvitationId});
        QVERIFY2(r.exitCode == 1, qPrintable(r.describe()));
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(invitationState(m_chainInvitationId), state);
        QCOMPARE(m_db.counts(), before);
    }

    void uplineMayCancel()
    {
        const CliRun r =
            act(QStringLiteral("master"), {QStringLiteral("cancel"), m_chainInvitationId});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(invitationState(m_chainInvitationId).value(0).toString(),
                 QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestCliCancelResend)
#include "test_cli_cancel_resend.moc"
