// Reads and exports of invitee data are audit events (issue 15, item 2): an invitation
// export, an audit export and an invitation's details (its timeline) each append one event
// naming the actor, however many rows they read; a refused read appends none; the
// invitation's timeline leaves the reads out; the chain still holds.
#include "InvitationServiceFixture.h"

#include "core/domain/AuditAction.h"
#include "core/services/AuditService.h"
#include "core/services/InvitationExporter.h"

#include <QBuffer>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestReadAudit : public InvitationServiceFixture {
    Q_OBJECT
private slots:
    void init()
    {
        setUpFixture();
        const QDateTime start = QDateTime::currentDateTimeUtc();
        m_config.clock = [start] { return start; };
        m_service = std::make_unique<InvitationService>(m_db, m_config);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_service
                        ->create(m_tree["sales1"], request(QStringLiteral("r%1@example.com").arg(i),
                                                           QStringLiteral("doctor")))
                        .ok());
        QVERIFY(m_service
                    ->create(m_tree["admin"],
                             request(QStringLiteral("other@example.com"), QStringLiteral("sales")))
                    .ok());
    }

    void anInvitationExportIsOneEvent_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("format");
        QTest::addColumn<qint64>("count");
        QTest::newRow("admin csv") << "admin" << int(InvitationExporter::Format::Csv) << qint64(4);
        QTest::newRow("sales1 json")
            << "sales1" << int(InvitationExporter::Format::Json) << qint64(3);
        QTest::newRow("dist2 sees none")
            << "dist2" << int(InvitationExporter::Format::Csv) << qint64(0);
    }
    void anInvitationExportIsOneEvent()
    {
        QFETCH(QString, who);
        QFETCH(int, format);
        QFETCH(qint64, count);
        const qint64 before = countRows(QStringLiteral("audit_events"));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        InvitationExporter exporter(*m_service, 2); // two pages: still one event
        auto written = exporter.write(m_tree[who], InvitationQuery{},
                                      InvitationExporter::Format(format), &out);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), count);
        QCOMPARE(countRows(QStringLiteral("audit_events")), before + 1);
        const AuditEvent e = newest();
        QCOMPARE(e.action, audit_actions::name(AuditAction::InvitationsExported));
        QCOMPARE(e.actorUserId, m_tree[who].id);
        QCOMPARE(e.details.value(QStringLiteral("count")).toInteger(), count);
        QCOMPARE(e.details.value(QStringLiteral("format")).toString(),
                 format == int(InvitationExporter::Format::Csv) ? QStringLiteral("csv")
                                                                : QStringLiteral("json"));
        QCOMPARE(e.occurredAt, m_config.now());
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

    void anAuditExportIsOneEvent()
    {
        const AuditService audit(m_db, m_config);
        AuditFilter range;
        range.from = m_config.now().addDays(-1);
        range.to = m_config.now().addDays(1);
        const qint64 before = countRows(QStringLiteral("audit_events"));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        auto written =
            audit.exportTo(m_tree["admin"], range, AuditService::ExportFormat::Json, &out);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), before);
        QCOMPARE(countRows(QStringLiteral("audit_events")), before + 1);
        const AuditEvent e = newest();
        QCOMPARE(e.action, audit_actions::name(AuditAction::AuditExported));
        QCOMPARE(e.actorUserId, m_tree["admin"].id);
        QCOMPARE(e.details.value(QStringLiteral("count")).toInteger(), before);
        QCOMPARE(e.details.value(QStringLiteral("from")).toString(),
                 range.from.toString(Qt::ISODateWithMs));
        QCOMPARE(e.details.value(QStringLiteral("to")).toString(),
                 range.to.toString(Qt::ISODateWithMs));

        // A refused export reads nothing and records nothing.
        QBuffer refusedOut;
        QVERIFY(refusedOut.open(QIODevice::WriteOnly));
        QVERIFY(
            !audit.exportTo(m_tree["dist1"], range, AuditService::ExportFormat::Csv, &refusedOut)
                 .ok());
        QCOMPARE(countRows(QStringLiteral("audit_events")), before + 1);
    }

    void anInvitationsDetailsAreAViewEvent()
    {
        const AuditService audit(m_db, m_config);
        auto page = m_service->list(m_tree["sales1"], InvitationQuery{});
        QVERIFY(page.ok());
        const QString id = page->items.first().id;
        for (const char* who : {"dist1", "sales1"}) {
            const qint64 before = countRows(QStringLiteral("audit_events"));
            auto timeline = audit.timeline(m_tree[QString::fromLatin1(who)], id);
            QVERIFY(timeline.ok());
            QCOMPARE(timeline->size(), 1); // invitation.created; the views are left out
            QCOMPARE(countRows(QStringLiteral("audit_events")), before + 1);
            const AuditEvent e = newest();
            QCOMPARE(e.action, audit_actions::name(AuditAction::InvitationViewed));
            QCOMPARE(e.invitationId, id);
            QCOMPARE(e.actorUserId, m_tree[QString::fromLatin1(who)].id);
        }
        // Not visible: NotFound, and no event.
        const qint64 before = countRows(QStringLiteral("audit_events"));
        auto hidden = audit.timeline(m_tree["dist2"], id);
        QVERIFY(!hidden.ok());
        QCOMPARE(countRows(QStringLiteral("audit_events")), before);
        // The whole log lists the views.
        AuditFilter f;
        f.invitationId = id;
        f.action = audit_actions::name(AuditAction::InvitationViewed);
        QCOMPARE(audit.list(m_tree["admin"], f)->size(), 2);
        QVERIFY(AuditLog(m_db).verify()->ok);
    }

private:
    AuditEvent newest()
    {
        AuditFilter f;
        f.limit = 1;
        auto events = AuditLog(m_db).list(f);
        return events.ok() && !events->isEmpty() ? events->first() : AuditEvent{};
    }

    ServiceConfig m_config;
};

QTEST_GUILESS_MAIN(TestReadAudit)
#include "test_read_audit.moc"
