// Issue 18, items 5 and 11: an audit event as a plain sentence (ui/models/AuditEventSentence),
// the one mapping the invitation's timeline and the audit page share. No internal ids, no
// "key: value", no ISO dates; dates in the locale's words and local time; English and Spanish.
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AuditEventSentence.h"

#include <QApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

#include <ctime>

Q_DECLARE_METATYPE(invitedesk::AuditEvent)

using namespace invitedesk;
using namespace invitedesk::ui;

namespace {
const QString kUserId = QStringLiteral("0db5a3f2-6c1e-4c7e-9a4b-2f1d3e5c7a90");
const QString kOutboxId = QStringLiteral("7f3c2b1a-0e9d-4c8b-a7f6-e5d4c3b2a190");

QDateTime utc(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

AuditEvent auditEvent(const char* action, const QJsonObject& details,
                      const QString& at = QStringLiteral("2026-12-04T12:00:00Z"))
{
    AuditEvent e;
    e.seq = 1;
    e.occurredAt = utc(at);
    e.action = QString::fromLatin1(action);
    e.invitationId = QStringLiteral("3a2b1c0d-9e8f-4a7b-b6c5-d4e3f2a1b0c9");
    e.details = details;
    return e;
}

} // namespace

class TestAuditEventSentence : public QObject {
    Q_OBJECT
private:
    LanguageManager m_languages;

    void compareSentences(const QString& language)
    {
        QFETCH(AuditEvent, e);
        QFETCH(QDateTime, expiry);
        QFETCH(QString, expected);
        QVERIFY(m_languages.apply(language));
        AuditEventSentence::Context context;
        context.expiresAt = expiry;
        const QString s = AuditEventSentence::sentence(e, context);
        QCOMPARE(s, expected);
        m_languages.apply(QStringLiteral("en"));
    }

private slots:
    void initTestCase()
    {
        // Five hours behind UTC (set in main): 03:00 UTC on the 6th is the evening of the 5th.
        QCOMPARE(utc(QStringLiteral("2026-12-06T03:00:00Z")).toLocalTime().date(),
                 QDate(2026, 12, 5));
    }

    void english_data()
    {
        QTest::addColumn<AuditEvent>("e");
        QTest::addColumn<QDateTime>("expiry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("created") << auditEvent("invitation.created",
                                               {{"email", "ana@example.com"},
                                                {"type", "doctor"},
                                                {"parent_user_id", kUserId},
                                                {"expires_at", "2026-12-18T12:00:00.000Z"}})
                                 << QDateTime()
                                 << "Invitation as Doctor created for ana@example.com; expires "
                                    "Fri 18 Dec";
        QTest::newRow("sent, expiry known")
            << auditEvent("mail.sent", {{"outbox_id", kOutboxId},
                                        {"kind", "invitation"},
                                        {"recipient", "ana@example.com"},
                                        {"attempt", 1}})
            << utc("2026-12-18T12:00:00Z")
            << "Invitation sent to ana@example.com; expires Fri 18 Dec";
        QTest::newRow("sent") << auditEvent("mail.sent", {{"outbox_id", kOutboxId},
                                                          {"kind", "invitation"},
                                                          {"recipient", "ana@example.com"}})
                              << QDateTime() << "Invitation sent to ana@example.com";
        QTest::newRow("one reminder")
            << auditEvent("reminder.queued",
                          {{"scheduled_for", QJsonArray{"2026-12-06T12:00:00Z"}}})
            << QDateTime() << "Reminder scheduled for Sun 6 Dec";
        QTest::newRow("reminders, local time")
            << auditEvent(
                   "reminder.queued",
                   {{"scheduled_for", QJsonArray{"2026-12-06T03:00:00Z", "2026-12-09T12:00:00Z"}}})
            << QDateTime() << "2 reminders scheduled for Sat 5 Dec and Wed 9 Dec";
        QTest::newRow("next year")
            << auditEvent("reminder.queued",
                          {{"scheduled_for", QJsonArray{"2027-01-04T12:00:00Z"}}})
            << QDateTime() << "Reminder scheduled for Mon 4 Jan 2027";
        QTest::newRow("cancelled")
            << auditEvent("invitation.cancelled", {{"reason", "duplicate"}, {"from", "sent"}})
            << QDateTime() << "Cancelled: duplicate";
        QTest::newRow("deferred")
            << auditEvent("mail.deferred", {{"outbox_id", kOutboxId},
                                            {"kind", "invitation"},
                                            {"recipient", "ana@example.com"},
                                            {"next_attempt_at", "2026-12-04T15:30:00Z"},
                                            {"reply", "451 4.7.1 try later"}})
            << QDateTime()
            << "The receiving server refused the e-mail to ana@example.com for "
               "now; trying again Fri 4 Dec, 10:30 AM";
        QTest::newRow("failed") << auditEvent("mail.failed", {{"outbox_id", kOutboxId},
                                                              {"kind", "reminder"},
                                                              {"recipient", "ana@example.com"},
                                                              {"reply", "550 5.1.1 no such user"}})
                                << QDateTime()
                                << "The reminder to ana@example.com could not be delivered";
        QTest::newRow("accepted") << auditEvent("invitation.accepted",
                                                {{"user_id", kUserId}, {"role", "doctor"}})
                                  << QDateTime() << "Accepted; the account was created as Doctor";
        QTest::newRow("resent") << auditEvent("invitation.resent",
                                              {{"from", "sent"},
                                               {"resend_count", 2},
                                               {"expires_at", "2026-12-18T12:00:00.000Z"}})
                                << QDateTime()
                                << "Resent with a new link (resend 2); expires Fri 18 Dec";
        QTest::newRow("address corrected")
            << auditEvent("invitation.updated", {{"fields", "email"},
                                                 {"email", "ana@example.org"},
                                                 {"from_email", "ana@exmaple.org"}})
            << QDateTime() << "Address corrected from ana@exmaple.org to ana@example.org";
        QTest::newRow("changed") << auditEvent("invitation.updated",
                                               {{"fields", "first_name,message"}})
                                 << QDateTime() << "Changed: first name and message";
        QTest::newRow("erased address")
            << auditEvent("invitation.created",
                          {{"type", "doctor"}, {"expires_at", "2026-12-18T12:00:00.000Z"}})
            << QDateTime() << "Invitation as Doctor created for (erased); expires Fri 18 Dec";
        QTest::newRow("through a token")
            << auditEvent("invitation.cancelled",
                          {{"reason", "duplicate"},
                           {"api_token", QJsonObject{{"id", kUserId}, {"name", "CRM sync"}}}})
            << QDateTime() << "Cancelled: duplicate (through the API token “CRM sync”)";
        QTest::newRow("locked") << auditEvent("user.locked",
                                              {{"user_id", kUserId},
                                               {"email", "bob@example.com"},
                                               {"failed_sign_ins", 10},
                                               {"locked_until", "2026-12-04T12:15:00.000Z"}})
                                << QDateTime()
                                << "bob@example.com locked after 10 failed "
                                   "sign-ins, until Fri 4 Dec, 7:15 AM";
        QTest::newRow("exported one")
            << auditEvent("invitations.exported", {{"format", "csv"}, {"count", 1}}) << QDateTime()
            << "1 invitation exported as CSV";
        QTest::newRow("erasure") << auditEvent("audit.erased", {{"erased_events", 3},
                                                                {"hashed_events_naming_it", 1}})
                                 << QDateTime() << "Personal data erased from 3 events";
        QTest::newRow("unknown action")
            << auditEvent("future.thing", {{"x", kUserId}}) << QDateTime() << "future.thing";
    }
    void english() { compareSentences(QStringLiteral("en")); }

    void spanish_data()
    {
        QTest::addColumn<AuditEvent>("e");
        QTest::addColumn<QDateTime>("expiry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sent, expiry known")
            << auditEvent("mail.sent", {{"outbox_id", kOutboxId},
                                        {"kind", "invitation"},
                                        {"recipient", "ana@example.com"}})
            << utc("2026-12-18T12:00:00Z")
            << QStringLiteral("Invitación enviada a ana@example.com; caduca el %1")
                   .arg(QLocale(QLocale::Spanish, QLocale::Spain)
                            .toString(QDate(2026, 12, 18), QStringLiteral("ddd d 'de' MMM")));
        QTest::newRow("one reminder")
            << auditEvent("reminder.queued",
                          {{"scheduled_for", QJsonArray{"2026-12-06T12:00:00Z"}}})
            << QDateTime()
            << QStringLiteral("Recordatorio programado para el %1")
                   .arg(QLocale(QLocale::Spanish, QLocale::Spain)
                            .toString(QDate(2026, 12, 6), QStringLiteral("ddd d 'de' MMM")));
        QTest::newRow("two reminders")
            << auditEvent(
                   "reminder.queued",
                   {{"scheduled_for", QJsonArray{"2026-12-06T12:00:00Z", "2026-12-09T12:00:00Z"}}})
            << QDateTime()
            << QStringLiteral("2 recordatorios programados para el %1 y %2")
                   .arg(QLocale(QLocale::Spanish, QLocale::Spain)
                            .toString(QDate(2026, 12, 6), QStringLiteral("ddd d 'de' MMM")),
                        QLocale(QLocale::Spanish, QLocale::Spain)
                            .toString(QDate(2026, 12, 9), QStringLiteral("ddd d 'de' MMM")));
        QTest::newRow("cancelled")
            << auditEvent("invitation.cancelled", {{"reason", "duplicada"}, {"from", "sent"}})
            << QDateTime() << "Cancelada: duplicada";
        QTest::newRow("accepted") << auditEvent("invitation.accepted",
                                                {{"user_id", kUserId}, {"role", "doctor"}})
                                  << QDateTime() << "Aceptada; la cuenta se creó como Médico";
        QTest::newRow("exported one")
            << auditEvent("invitations.exported", {{"format", "csv"}, {"count", 1}}) << QDateTime()
            << "1 invitación exportada como CSV";
        QTest::newRow("exported many")
            << auditEvent("invitations.exported", {{"format", "json"}, {"count", 12}})
            << QDateTime() << "12 invitaciones exportadas como JSON";
    }
    void spanish() { compareSentences(QStringLiteral("es")); }

    // Whatever the action, nothing internal shows: no id, no "key: value", no ISO date.
    void nothingInternalShows_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("es") << "es";
    }
    void nothingInternalShows()
    {
        QFETCH(QString, language);
        QVERIFY(m_languages.apply(language));
        const QJsonObject details{{"user_id", kUserId},
                                  {"outbox_id", kOutboxId},
                                  {"token_id", kUserId},
                                  {"parent_user_id", kUserId},
                                  {"to_parent_id", kUserId},
                                  {"password_reset_id", kOutboxId},
                                  {"email", "ana@example.com"},
                                  {"recipient", "ana@example.com"},
                                  {"kind", "invitation"},
                                  {"type", "doctor"},
                                  {"role", "doctor"},
                                  {"expires_at", "2026-12-18T12:00:00.000Z"},
                                  {"locked_until", "2026-12-04T12:15:00.000Z"},
                                  {"next_attempt_at", "2026-12-04T15:30:00Z"},
                                  {"scheduled_for", QJsonArray{"2026-12-06T12:00:00Z"}},
                                  {"format", "csv"},
                                  {"count", 2}};
        static const QRegularExpression internal(QStringLiteral(
            "[0-9a-f]{8}-[0-9a-f]{4}|\\b[a-z_]+_[a-z_]+\\b|[a-z_]+: |\\d{4}-\\d\\d-\\d\\dT"));
        const QStringList names = {"invitation.created",    "invitation.updated",
                                   "invitation.cancelled",  "invitation.resent",
                                   "invitation.expired",    "invitation.opened",
                                   "invitation.accepted",   "mail.sent",
                                   "mail.deferred",         "mail.failed",
                                   "reminder.queued",       "reminder.sent",
                                   "user.created",          "api_token.created",
                                   "api_token.revoked",     "user.deactivated",
                                   "user.reactivated",      "user.moved",
                                   "user.password_changed", "user.password_reset_requested",
                                   "user.password_reset",   "invitation.viewed",
                                   "invitations.exported",  "audit.exported",
                                   "user.locked",           "user.unlocked",
                                   "audit.erased"};
        for (const QString& name : names) {
            const QString s = AuditEventSentence::sentence(auditEvent(qPrintable(name), details));
            const auto m = internal.match(s);
            QVERIFY2(!s.isEmpty() && !m.hasMatch(),
                     m.hasMatch() ? qPrintable(name + QStringLiteral(": ") + s) : "");
            QVERIFY2(!s.contains(name), qPrintable(s));
        }
        m_languages.apply(QStringLiteral("en"));
    }

    // The tooltip has the whole sentence and the server's words with what they mean.
    void fullTextExplainsTheReply()
    {
        QVERIFY(m_languages.apply(QStringLiteral("en")));
        const AuditEvent e = auditEvent("mail.failed", {{"outbox_id", kOutboxId},
                                                        {"kind", "invitation"},
                                                        {"recipient", "ana@example.com"},
                                                        {"reply", "550 5.1.1 no such user"}});
        const QString full = AuditEventSentence::fullText(e);
        QVERIFY(full.startsWith(AuditEventSentence::sentence(e)));
        QVERIFY2(full.contains(QStringLiteral("This address does not exist")), qPrintable(full));
        QVERIFY(full.endsWith(QStringLiteral("550 5.1.1 no such user")));
        QVERIFY(!full.contains(kOutboxId));
    }
};

int main(int argc, char** argv)
{
    qputenv("TZ", "EST+5"); // local time five hours behind UTC, no summer time
    tzset();
    QApplication app(argc, argv);
    TestAuditEventSentence test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_audit_event_sentence.moc"
