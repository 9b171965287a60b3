// Personal data in the audit log (issue 15, item 2): every writer keeps e-mail addresses and
// typed text outside the hash chain (audit_personal), readers get them back in details, and an
// erasure request (AuditService::erase, administrators only) deletes them for one address
// everywhere (looked up in the raw tables) while the chain still verifies, other people's data
// stays, and the record of the erasure names no address.
#include "BulkFixture.h"
#include "tests/support/TestDatabase.h"

#include "core/domain/AuditAction.h"
#include "core/mail/OutboxOutcomeRecorder.h"
#include "core/services/AuditService.h"
#include "core/services/InvitationService.h"
#include "core/services/PeopleService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

using Method = InvitationBulkWriter::Method;
Q_DECLARE_METATYPE(Method)

class TestAuditErasure : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DatabasePtr db;
        INVITEDESK_REQUIRE_DB(db);
        QCOMPARE(f.setUp(db), QString());
    }

    void everyWriterKeepsTheAddressOutOfTheHash_data();
    void everyWriterKeepsTheAddressOutOfTheHash();
    void erasureLeavesNoTraceAndTheChainIntact();
    void onlyAdministratorsErase_data();
    void onlyAdministratorsErase();
    void unknownAddressIsNotFound();
    void olderEventsKeepTheirHashedAddress();

private:
    QString address(const QString& what)
    {
        return QStringLiteral("%1.%2@erase.example").arg(what).arg(++m_n);
    }
    AuditService audit() const { return AuditService(f.db, f.config()); }
    // How many rows of `table` hold `text` in `column` (as text, any case): the raw tables.
    qint64 rowsHolding(const QString& table, const QString& column, const QString& text)
    {
        QSqlQuery q(f.db->connection().value());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE lower(CAST(%2 AS text)) LIKE ?")
                      .arg(table, column));
        q.addBindValue(QLatin1Char('%') + text.toLower() + QLatin1Char('%'));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    qint64 inHashedPart(const QString& text)
    {
        return rowsHolding(QStringLiteral("audit_events"), QStringLiteral("details"), text);
    }
    qint64 inPersonalPart(const QString& text)
    {
        return rowsHolding(QStringLiteral("audit_personal"), QStringLiteral("data"), text);
    }
    // Every row of audit_personal: seq -> data as text.
    QMap<qint64, QString> personalRows()
    {
        QMap<qint64, QString> rows;
        QSqlQuery q(f.db->connection().value());
        if (!q.exec(QStringLiteral("SELECT seq, data FROM audit_personal")))
            return rows;
        while (q.next())
            rows.insert(q.value(0).toLongLong(), q.value(1).toString());
        return rows;
    }
    QList<AuditEvent> events(const QString& action = {}, const QString& invitationId = {})
    {
        AuditFilter all;
        all.limit = 0;
        all.action = action;
        all.invitationId = invitationId;
        return AuditLog(f.db).list(all).value();
    }
    bool chainHolds()
    {
        auto report = AuditLog(f.db).verify();
        if (!report || !report->ok)
            qWarning("verify: %s", report ? qPrintable(report->problem) : "error");
        return report && report->ok;
    }

    BulkFixture f;
    int m_n = 0;
};

void TestAuditErasure::everyWriterKeepsTheAddressOutOfTheHash_data()
{
    QTest::addColumn<QString>("writer");
    QTest::addColumn<Method>("method");
    QTest::newRow("invite") << "invite" << Method::Auto;
    QTest::newRow("import, default path") << "import" << Method::Auto;
    QTest::newRow("import, multi-row INSERTs") << "import" << Method::MultiRowInsert;
    QTest::newRow("import, row by row") << "import" << Method::RowByRow;
    QTest::newRow("import, COPY (PostgreSQL)") << "import" << Method::Copy;
    QTest::newRow("cancel with a reason naming it") << "cancel" << Method::Auto;
    QTest::newRow("deactivate with a reason") << "deactivate" << Method::Auto;
    QTest::newRow("mail failed, the relay's reply naming it") << "mail" << Method::Auto;
}

void TestAuditErasure::everyWriterKeepsTheAddressOutOfTheHash()
{
    QFETCH(QString, writer);
    QFETCH(Method, method);
    const QString a = address(QStringLiteral("writer"));
    const qint64 eventsBefore = f.count(QStringLiteral("audit_events"));
    QString key = QStringLiteral("email");
    if (writer == QLatin1String("invite")) {
        QVERIFY(f.invite(f.sales, a).ok());
    } else if (writer == QLatin1String("import")) {
        ImportOptions options;
        options.method = method;
        options.chunkRows = 2;
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines << QStringLiteral("%1%2,Ana,Núñez,doctor,,,,")
                         .arg(i ? QString::number(i) : QString(), a);
        auto report = f.import(csvFile(kImportHeader, lines), f.admin, options);
        QVERIFY(report.ok());
        QCOMPARE(report->imported, 3);
    } else if (writer == QLatin1String("cancel")) {
        auto inv = f.invite(f.sales, address(QStringLiteral("someone")));
        QVERIFY(inv.ok());
        QVERIFY(InvitationService(f.db, f.config())
                    .cancel(f.sales, inv->id, QStringLiteral("Duplicate of ") + a.toUpper())
                    .ok());
        key = QStringLiteral("reason");
    } else if (writer == QLatin1String("deactivate")) {
        QString error;
        const User u = f.addUser(Role::Sales, a, f.distributor.id, &error);
        QCOMPARE(error, QString());
        QVERIFY(PeopleService(f.db, f.config())
                    .deactivate(f.admin, u.email, QStringLiteral("left; wrote from ") + a)
                    .ok());
    } else {
        auto inv = f.invite(f.sales, a);
        QVERIFY(inv.ok());
        OutboxOutcome o;
        o.kind = OutboxOutcome::Kind::Failed;
        o.outboxId = QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(m_n % 10);
        o.invitationId = inv->id;
        o.outboxKind = QStringLiteral("invitation");
        o.recipient = a;
        o.attempt = 5;
        o.reply = QStringLiteral("550 5.1.1 <%1>: Recipient address rejected").arg(a);
        QVERIFY(OutboxOutcomeRecorder(f.db).record(QStringLiteral("test"), {o}, f.now).ok());
        key = QStringLiteral("reply");
    }
    QVERIFY(f.count(QStringLiteral("audit_events")) > eventsBefore);
    QCOMPARE(inHashedPart(a), 0);
    QVERIFY(inPersonalPart(a) >= 1);
    // Readers see it where the writer put it.
    bool seen = false;
    for (const AuditEvent& e : events()) {
        if (e.seq <= eventsBefore)
            break;
        if (e.details.value(key).toString().contains(a, Qt::CaseInsensitive)) {
            seen = true;
            QVERIFY(e.personal.contains(key));
            QVERIFY(!e.hashedDetails().contains(key));
            QCOMPARE(AuditLog::computeHash(e.prevHash, e), e.hash);
        }
    }
    QVERIFY2(seen, qPrintable(key));
    QVERIFY(chainHolds());
}

void TestAuditErasure::erasureLeavesNoTraceAndTheChainIntact()
{
    const QString target = address(QStringLiteral("bob"));
    const QString bystander = address(QStringLiteral("alice"));
    const QString nearMiss = QStringLiteral("jim") + target; // contains the target's text
    InvitationService invitations(f.db, f.config());
    PeopleService people(f.db, f.config());

    // About the target: an invitation (created, resent, cancelled with a reason), an imported
    // one, the user with the address (deactivated, reactivated), another invitation whose
    // cancel reason names it.
    auto first = f.invite(f.sales, target);
    QVERIFY(first.ok());
    QVERIFY(invitations.resend(f.sales, first->id).ok());
    QVERIFY(invitations.cancel(f.sales, first->id, QStringLiteral("wrong practice")).ok());
    auto imported = f.import(csvFile(kImportHeader, {target + ",Bob,Builder,doctor,,,,"}), f.admin);
    QVERIFY(imported.ok());
    QCOMPARE(imported->imported, 1);
    QString error;
    const User user = f.addUser(Role::Sales, target, f.distributor.id, &error);
    QCOMPARE(error, QString());
    QVERIFY(people.deactivate(f.admin, target, QStringLiteral("left")).ok());
    QVERIFY(people.reactivate(f.admin, target).ok());
    auto other = f.invite(f.sales, address(QStringLiteral("carol")));
    QVERIFY(other.ok());
    QVERIFY(
        invitations.cancel(f.sales, other->id, QStringLiteral("same person as ") + target).ok());
    // Not about the target: someone else, and an address that merely contains its text.
    auto kept = f.invite(f.sales, bystander);
    QVERIFY(kept.ok());
    QVERIFY(invitations.cancel(f.sales, kept->id, QStringLiteral("asked by ") + bystander).ok());
    auto near = f.invite(f.sales, nearMiss);
    QVERIFY(near.ok());

    const QMap<qint64, QString> before = personalRows();
    QVERIFY(inPersonalPart(target) >= 5);
    QCOMPARE(inHashedPart(target), 0);
    const qint64 eventsBefore = f.count(QStringLiteral("audit_events"));

    auto erasure =
        audit().erase(f.admin, QStringLiteral("  ") + target.toUpper() + QStringLiteral(" "));
    QVERIFY2(erasure.ok(), erasure.ok() ? "" : qPrintable(erasure.error().describe()));

    // The address is nowhere in the audit tables: the raw rows, any case. The near miss holds
    // the target's text, so look for it as the near miss's rows do not.
    const QMap<qint64, QString> after = personalRows();
    for (auto it = after.begin(); it != after.end(); ++it) {
        QString text = it.value().toLower();
        text.remove(nearMiss.toLower());
        QVERIFY2(!text.contains(target.toLower()), qPrintable(it.value()));
    }
    QCOMPARE(inHashedPart(target), 0);
    // What went is what was about the target; everything else is as it was.
    QCOMPARE(erasure->erasedEvents, qint64(before.size() - after.size()));
    // The first invitation's created and cancelled events (its resend has no personal data),
    // the imported one's, the user's deactivation and reactivation, the other cancel reason.
    QCOMPARE(erasure->erasedEvents, 6);
    QCOMPARE(erasure->hashedEventsNamingIt, 0);
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (after.contains(it.key()))
            QCOMPARE(after.value(it.key()), it.value());
    }
    QCOMPARE(inPersonalPart(bystander), 2);
    QCOMPARE(inPersonalPart(nearMiss), 1);
    for (const AuditEvent& e : events(QString(), kept->id))
        QVERIFY(!e.personal.isEmpty());

    // The chain holds; the target's events keep their hashed part, without the address.
    QVERIFY(chainHolds());
    auto report = audit().verify(f.admin);
    QVERIFY(report.ok() && report->ok);
    const QList<AuditEvent> firstEvents = events(QString(), first->id);
    QCOMPARE(firstEvents.size(), 3);
    for (const AuditEvent& e : firstEvents) {
        QVERIFY(e.personal.isEmpty());
        QVERIFY(!e.details.contains(QStringLiteral("email")));
        QVERIFY(!e.details.contains(QStringLiteral("reason")));
    }
    QCOMPARE(firstEvents.last().details.value(QStringLiteral("type")).toString(),
             QStringLiteral("doctor"));
    const QList<AuditEvent> deactivated = events(audit_actions::name(AuditAction::UserDeactivated));
    QCOMPARE(deactivated.first().details.value(QStringLiteral("user_id")).toString(), user.id);
    QVERIFY(!deactivated.first().details.contains(QStringLiteral("email")));

    // One audit.erased event, with counts and no address.
    QCOMPARE(f.count(QStringLiteral("audit_events")), eventsBefore + 1);
    const AuditEvent erased = events().first();
    QCOMPARE(erased.action, audit_actions::name(AuditAction::AuditErased));
    QCOMPARE(erased.actorUserId, f.admin.id);
    QCOMPARE(erased.details, (QJsonObject{{QStringLiteral("erased_events"), erasure->erasedEvents},
                                          {QStringLiteral("hashed_events_naming_it"), 0}}));
    QVERIFY(erased.personal.isEmpty());

    // Asked again: nothing is left to erase.
    auto again = audit().erase(f.admin, target);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(f.count(QStringLiteral("audit_events")), eventsBefore + 1);
}

void TestAuditErasure::onlyAdministratorsErase_data()
{
    QTest::addColumn<QString>("who");
    for (const char* who : {"chp", "master", "distributor", "sales", "doctor", "office"})
        QTest::newRow(who) << QString::fromLatin1(who);
}

void TestAuditErasure::onlyAdministratorsErase()
{
    QFETCH(QString, who);
    const QHash<QString, User> users{
        {"chp", f.chp},     {"master", f.master}, {"distributor", f.distributor},
        {"sales", f.sales}, {"doctor", f.doctor}, {"office", f.office}};
    const QString a = address(QStringLiteral("refused"));
    QVERIFY(f.invite(f.sales, a).ok());
    const auto rows = personalRows();
    const qint64 events = f.count(QStringLiteral("audit_events"));
    auto refused = audit().erase(users.value(who), a);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotPermitted);
    QCOMPARE(refused.error().field, QStringLiteral("actor"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("administrator")),
             qPrintable(refused.error().message));
    QCOMPARE(personalRows(), rows);
    QCOMPARE(f.count(QStringLiteral("audit_events")), events);
}

void TestAuditErasure::unknownAddressIsNotFound()
{
    const qint64 events = f.count(QStringLiteral("audit_events"));
    const auto rows = personalRows();
    const QString nobody = address(QStringLiteral("nobody"));
    auto unknown = audit().erase(f.admin, nobody);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(unknown.error().field, QStringLiteral("email"));
    QVERIFY2(unknown.error().message.contains(nobody) &&
                 unknown.error().message.contains(QStringLiteral("nothing was erased")),
             qPrintable(unknown.error().message));
    auto notAnAddress = audit().erase(f.admin, QStringLiteral("bob"));
    QVERIFY(!notAnAddress.ok());
    QCOMPARE(notAnAddress.error().field, QStringLiteral("email"));
    QCOMPARE(f.count(QStringLiteral("audit_events")), events);
    QCOMPARE(personalRows(), rows);
}

// An event written before personal data was kept apart (migration 011) holds the address in
// its hashed details: the erasure leaves it (the chain would break), says how many there are,
// and erases the newer events' personal data all the same.
void TestAuditErasure::olderEventsKeepTheirHashedAddress()
{
    const QString target = address(QStringLiteral("old"));
    {
        // As the log wrote every event before: all details hashed, nothing beside them.
        Transaction tx(*f.db);
        QVERIFY(tx.begin().ok());
        auto head = AuditLog::head(tx);
        QVERIFY(head.ok());
        AuditEvent e;
        e.occurredAt = f.now;
        e.actorUserId = f.admin.id;
        e.action = audit_actions::name(AuditAction::UserCreated);
        e.details = QJsonObject{{QStringLiteral("email"), target},
                                {QStringLiteral("role"), QStringLiteral("sales")}};
        QSqlQuery q(tx.db());
        q.prepare(QStringLiteral("INSERT INTO audit_events (occurred_at, actor_user_id, action, "
                                 "invitation_id, details, prev_hash, hash) "
                                 "VALUES (?, ?, ?, NULL, ?, ?, ?)"));
        q.addBindValue(tx.database().timeValue(e.occurredAt));
        q.addBindValue(e.actorUserId);
        q.addBindValue(e.action);
        q.addBindValue(QString::fromUtf8(AuditLog::detailsJson(e.details)));
        q.addBindValue(head->hash);
        q.addBindValue(AuditLog::computeHash(head->hash, e));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(chainHolds());
    QCOMPARE(inHashedPart(target), 1);

    auto inv = f.invite(f.sales, target);
    QVERIFY(inv.ok());
    auto erasure = audit().erase(f.admin, target);
    QVERIFY(erasure.ok());
    QCOMPARE(erasure->erasedEvents, 1);
    QCOMPARE(erasure->hashedEventsNamingIt, 1);
    QCOMPARE(inPersonalPart(target), 0);
    QCOMPARE(inHashedPart(target), 1); // the old event, untouched
    QVERIFY(chainHolds());
    QCOMPARE(events().first().details.value(QStringLiteral("hashed_events_naming_it")).toInt(), 1);

    auto again = audit().erase(f.admin, target);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QVERIFY2(again.error().message.contains(QStringLiteral("1 event(s)")),
             qPrintable(again.error().message));
}

QTEST_GUILESS_MAIN(TestAuditErasure)
#include "test_audit_erasure.moc"
