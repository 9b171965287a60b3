// AuditService: who may read the log (administrators; an invitation's timeline for whoever
// may see the invitation), verify as a wrapper of the chain check, the CSV and JSON exports
// (formula cells neutralised), and that every action the services write is a known AuditAction.
#include "InvitationServiceFixture.h"

#include "core/domain/AuditAction.h"
#include "core/services/AuditService.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestAuditService : public InvitationServiceFixture {
    Q_OBJECT
private slots:
    void init()
    {
        setUpFixture();
        m_audit = std::make_unique<AuditService>(m_db, ServiceConfig{});
    }

    void onlyAdministratorsReadTheWholeLog_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("allowed");
        for (const char* key : {"admin", "chp", "master", "dist1", "sales1", "doctor1", "office1",
                                "staff1", "ivr", "ship"})
            QTest::newRow(key) << QString::fromLatin1(key) << (QByteArray(key) == "admin");
    }
    void onlyAdministratorsReadTheWholeLog()
    {
        QFETCH(QString, who);
        QFETCH(bool, allowed);
        const Actor actor = m_tree[who];
        QCOMPARE(AuditService::mayReadLog(actor), allowed);
        auto listed = m_audit->list(actor, AuditFilter{});
        auto verified = m_audit->verify(actor);
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto exported =
            m_audit->exportTo(actor, AuditFilter{}, AuditService::ExportFormat::Csv, &out);
        QCOMPARE(listed.ok(), allowed);
        QCOMPARE(verified.ok(), allowed);
        QCOMPARE(exported.ok(), allowed);
        if (!allowed) {
            for (const Error& e : {listed.error(), verified.error(), exported.error()}) {
                QCOMPARE(e.code, Error::Code::NotPermitted);
                QCOMPARE(e.field, QStringLiteral("actor"));
            }
            QVERIFY(out.data().isEmpty()); // nothing written for a refused export
        }
    }

    void timelineIsForWhoeverMaySeeTheInvitation()
    {
        auto inv = m_service->create(
            m_tree["sales1"], request(QStringLiteral("t@example.com"), QStringLiteral("doctor")));
        QVERIFY(inv.ok());
        QVERIFY(m_service->cancel(m_tree["dist1"], inv->id, QStringLiteral("dup")).ok());
        for (const char* who : {"sales1", "dist1", "master", "admin"}) {
            auto events = m_audit->timeline(m_tree[QString::fromLatin1(who)], inv->id);
            QVERIFY2(events.ok(), who);
            QCOMPARE(events->size(), 2);
            QCOMPARE(events->at(0).action, audit_actions::name(AuditAction::InvitationCreated));
            QCOMPARE(events->at(1).action,
                     audit_actions::name(AuditAction::InvitationCancelled)); // oldest first
        }
        for (const char* who : {"dist2", "sales2", "ivr"}) {
            auto events = m_audit->timeline(m_tree[QString::fromLatin1(who)], inv->id);
            QVERIFY2(!events.ok(), who);
            QCOMPARE(events.error().code, Error::Code::NotFound);
        }
    }

    // Issue 18, item 5: audit rows name the invitee, and the log is searched by their name or
    // e-mail (the lists' one search, sql_search::nameOrEmail), never by a short id.
    void listNamesAndFindsTheInvitee_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("found"); // e-mails, newest first
        QTest::newRow("e-mail fragment") << "ana.l" << QStringList{"ana.lopez@example.com"};
        QTest::newRow("e-mail, other case") << "ANA.LOPEZ@" << QStringList{"ana.lopez@example.com"};
        QTest::newRow("first name") << "ana" << QStringList{"ana.lopez@example.com"};
        QTest::newRow("full name") << "ana lópez" << QStringList{"ana.lopez@example.com"};
        QTest::newRow("last name, both")
            << "doe" << QStringList{"bo@example.com", "pat@example.com"};
        QTest::newRow("LIKE characters are literal") << "%" << QStringList{};
        QTest::newRow("nobody") << "zed" << QStringList{};
    }
    void listNamesAndFindsTheInvitee()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, found);
        NewInvitation ana =
            request(QStringLiteral("ana.lopez@example.com"), QStringLiteral("sales"));
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("López");
        NewInvitation bo = request(QStringLiteral("bo@example.com"), QStringLiteral("sales"));
        bo.firstName = QStringLiteral("Bo");
        QVERIFY(m_service
                    ->create(m_tree["admin"],
                             request(QStringLiteral("pat@example.com"), QStringLiteral("sales")))
                    .ok());
        QVERIFY(m_service->create(m_tree["admin"], ana).ok());
        QVERIFY(m_service->create(m_tree["admin"], bo).ok());

        auto all = m_audit->list(m_tree["admin"], AuditFilter{});
        QVERIFY(all.ok());
        for (const AuditEvent& e : all.value()) {
            if (e.inviteeEmail == QLatin1String("ana.lopez@example.com"))
                QCOMPARE(e.inviteeName, QStringLiteral("Ana López"));
            else if (e.invitationId.isEmpty())
                QVERIFY(e.inviteeEmail.isEmpty() && e.inviteeName.isEmpty());
        }

        AuditFilter f;
        f.invitee = term;
        f.action = audit_actions::name(AuditAction::InvitationCreated);
        auto events = m_audit->list(m_tree["admin"], f);
        QVERIFY(events.ok());
        QStringList emails;
        for (const AuditEvent& e : events.value())
            emails << e.inviteeEmail;
        QCOMPARE(emails, found);
    }

    void listFiltersAndVerifyWrapsTheChainCheck()
    {
        auto a = m_service->create(
            m_tree["admin"], request(QStringLiteral("a@example.com"), QStringLiteral("sales")));
        auto b = m_service->create(
            m_tree["admin"], request(QStringLiteral("b@example.com"), QStringLiteral("sales")));
        QVERIFY(a.ok() && b.ok());
        AuditFilter f;
        f.invitationId = b->id;
        auto events = m_audit->list(m_tree["admin"], f);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().invitationId, b->id);
        f = {};
        f.from = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(m_audit->list(m_tree["admin"], f)->size(), 0);

        auto report = m_audit->verify(m_tree["admin"]);
        QVERIFY(report.ok());
        QVERIFY(report->ok);
        QCOMPARE(report->checked, countRows(QStringLiteral("audit_events")));
    }

    void csvExportNeutralisesFormulas()
    {
        auto inv = m_service->create(
            m_tree["admin"], request(QStringLiteral("f@example.com"), QStringLiteral("sales")));
        QVERIFY(inv.ok());
        // An action a spreadsheet would run (as a newer version or a tampered row might hold).
        const QString formula = QStringLiteral("=cmd|'/c calc'!A1");
        {
            Transaction tx(*m_db);
            QVERIFY(tx.begin().ok());
            QVERIFY(AuditLog::append(tx, QString(), formula, inv->id, QJsonObject(),
                                     QDateTime::currentDateTimeUtc())
                        .ok());
            QVERIFY(tx.commit().ok());
        }
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = m_audit->exportTo(m_tree["admin"], AuditFilter{},
                                         AuditService::ExportFormat::Csv, &out);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        // Every event but the audit.exported one the export appended after writing.
        QCOMPARE(written.value(), countRows(QStringLiteral("audit_events")) - 1);
        QVERIFY(out.data().startsWith("\xEF\xBB\xBF")); // the BOM spreadsheets need
        const QString text = QString::fromUtf8(out.data().mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), written.value() + 1);
        QCOMPARE(lines.first(), QStringLiteral("\"seq\",\"occurred_at\",\"actor_user_id\","
                                               "\"action\",\"invitation_id\",\"details\",\"hash\","
                                               "\"personal_keys\""));
        // Newest first: the formula row, its action cell behind an apostrophe.
        QVERIFY2(lines.at(1).contains(QStringLiteral("\"'") + formula + QStringLiteral("\"")),
                 qPrintable(lines.at(1)));
        QVERIFY(!text.contains(QStringLiteral(",\"") + formula));
        QVERIFY(lines.at(2).contains(QStringLiteral("\"invitation.created\"")));
    }

    void jsonExportHoldsTheListedEvents()
    {
        auto inv = m_service->create(
            m_tree["admin"], request(QStringLiteral("j@example.com"), QStringLiteral("sales")));
        QVERIFY(inv.ok());
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written = m_audit->exportTo(m_tree["admin"], AuditFilter{},
                                         AuditService::ExportFormat::Json, &out);
        QVERIFY(written.ok());
        QJsonParseError error;
        const QJsonArray items = QJsonDocument::fromJson(out.data(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        AuditFilter all;
        all.limit = 0;
        auto listed = m_audit->list(m_tree["admin"], all);
        QVERIFY(listed.ok());
        // The newest event is the export's own (audit.exported), appended after writing.
        QCOMPARE(listed->first().action, audit_actions::name(AuditAction::AuditExported));
        const QList<AuditEvent> events = listed->mid(1);
        QCOMPARE(items.size(), events.size());
        QCOMPARE(qint64(items.size()), written.value());
        for (int i = 0; i < items.size(); ++i)
            QCOMPARE(items.at(i).toObject(), AuditService::toJson(events.at(i)));
        QCOMPARE(items.first().toObject().value(QStringLiteral("invitation_id")).toString(),
                 inv->id);
    }

    void everyStoredActionIsAKnownAction()
    {
        auto inv = m_service->create(
            m_tree["sales1"], request(QStringLiteral("k@example.com"), QStringLiteral("doctor")));
        QVERIFY(inv.ok());
        InvitationUpdate change;
        change.message = QStringLiteral("hello");
        QVERIFY(m_service->update(m_tree["sales1"], inv->id, change).ok());
        QVERIFY(m_service->resend(m_tree["sales1"], inv->id).ok());
        QVERIFY(m_service->cancel(m_tree["sales1"], inv->id, QString()).ok());
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_events")));
        int seen = 0;
        while (q.next()) {
            QVERIFY2(audit_actions::fromName(q.value(0).toString()),
                     qPrintable(q.value(0).toString()));
            ++seen;
        }
        QVERIFY(seen >= 4);
    }

private:
    std::unique_ptr<AuditService> m_audit;
};

QTEST_GUILESS_MAIN(TestAuditService)
#include "test_audit_service.moc"
