// Honest delivery (issue 18, item 2): the outbox and the invitation record which transport took
// a message, a relay or the file transport that only saved it to a folder; core's wording rule
// (DeliveryStates) calls the latter "Saved, not delivered", never "Sent". The dispatcher tells
// its change feed the invitations it changed (issue 18, item 1). Both backends.
#include "DispatcherTestSupport.h"

#include "core/domain/DeliveryState.h"
#include "core/services/InvitationChangeFeed.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {

// Takes every message as a relay would (250), writing nothing.
class RelayStub final : public MailTransport {
public:
    QString describe() const override { return QStringLiteral("relay stub"); }
    Result<void> open() override { return {}; }
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override
    {
        QList<DeliveryOutcome> out;
        for (qsizetype i = 0; i < batch.size(); ++i)
            out.append({DeliveryOutcome::Status::Sent, 250, QStringLiteral("250 2.0.0 queued")});
        return out;
    }
    void close() override {}
    Error lastError() const override { return {}; }
};

} // namespace

class TestDeliveryChannel : public QObject, protected DispatcherFixture {
    Q_OBJECT

private slots:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("Ana");
        m_person.lastName = QStringLiteral("Channel");
        startServices(QDateTime::fromString(QStringLiteral("2026-05-04T09:00:00Z"), Qt::ISODate));
    }

    void wordingRule_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("via");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("label");
        using S = DeliveryState;
        QTest::newRow("sent by a relay") << "sent"
                                         << "relay" << int(S::Sent) << "Sent";
        QTest::newRow("saved to a folder")
            << "sent"
            << "folder" << int(S::SavedNotDelivered) << "Saved, not delivered";
        QTest::newRow("sent before the channel was kept") << "sent"
                                                          << "" << int(S::Sent) << "Sent";
        QTest::newRow("queued") << "queued"
                                << "" << int(S::Queued) << "Queued";
        QTest::newRow("queued again after a save") << "queued"
                                                   << "folder" << int(S::Queued) << "Queued";
        QTest::newRow("deferred") << "deferred"
                                  << "" << int(S::Deferred) << "Waiting to retry";
        QTest::newRow("failed") << "failed"
                                << "" << int(S::Failed) << "Failed";
        QTest::newRow("cancelled") << "cancelled"
                                   << "" << int(S::Cancelled) << "Not sent";
    }

    void wordingRule()
    {
        QFETCH(QString, status);
        QFETCH(QString, via);
        QFETCH(int, state);
        QFETCH(QString, label);
        const DeliveryState s = DeliveryStates::of(status, via);
        QCOMPARE(int(s), state);
        QCOMPARE(DeliveryStates::label(s), label);
    }

    void statusWording()
    {
        QCOMPARE(
            DeliveryStates::statusLabel(InvitationStatus::Sent, DeliveryState::SavedNotDelivered),
            QStringLiteral("Saved, not delivered"));
        QCOMPARE(DeliveryStates::statusLabel(InvitationStatus::Sent, DeliveryState::Sent),
                 statuses::label(InvitationStatus::Sent));
        // Only a sent invitation is renamed: an accepted one stays accepted.
        QCOMPARE(DeliveryStates::statusLabel(InvitationStatus::Accepted,
                                             DeliveryState::SavedNotDelivered),
                 statuses::label(InvitationStatus::Accepted));
    }

    void recordedWithTheTransport_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<QString>("via");
        QTest::addColumn<int>("state");
        QTest::newRow("file transport")
            << true << "folder" << int(DeliveryState::SavedNotDelivered);
        QTest::newRow("relay") << false << "relay" << int(DeliveryState::Sent);
    }

    void recordedWithTheTransport()
    {
        QFETCH(bool, folder);
        QFETCH(QString, via);
        QFETCH(int, state);
        if (!folder) {
            m_dispatcher->setTransportFactory([] {
                return Result<std::unique_ptr<MailTransport>>(
                    std::unique_ptr<MailTransport>(new RelayStub));
            });
        }
        InvitationChangeFeed feed;
        m_dispatcher->setChangeFeed(&feed);
        QSignalSpy changed(&feed, &InvitationChangeFeed::invitationsChanged);

        const Invitation inv = invite(QStringLiteral("ana.channel@example.org"));
        QCOMPARE(int(DeliveryStates::of(inv.emailDeliveryStatus, inv.emailDeliveredVia)),
                 int(DeliveryState::Queued));
        const DispatchReport report = runAt(m_t0);
        QCOMPARE(report.sent, 1);
        if (folder)
            QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*.eml")}).size(), 1);

        // The outbox row and the invitation both name who took it.
        QCOMPARE(row(m_db,
                     QStringLiteral("SELECT delivered_via FROM email_outbox WHERE "
                                    "invitation_id = ? AND kind = 'invitation'"),
                     {inv.id})
                     .value(QStringLiteral("delivered_via"))
                     .toString(),
                 via);
        auto read = m_service->get(m_tree[QStringLiteral("admin")], inv.id);
        QVERIFY(read.ok());
        QCOMPARE(read->status, InvitationStatus::Sent);
        QCOMPARE(read->emailDeliveredVia, via);
        QCOMPARE(int(DeliveryStates::of(read->emailDeliveryStatus, read->emailDeliveredVia)),
                 state);

        // The feed heard of it: the invitation's id, nothing else.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{inv.id});
    }

    void nothingChangedNothingPublished()
    {
        InvitationChangeFeed feed;
        m_dispatcher->setChangeFeed(&feed);
        QSignalSpy changed(&feed, &InvitationChangeFeed::invitationsChanged);
        QCOMPARE(runAt(m_t0).claimed, 0);
        QCOMPARE(changed.count(), 0);
        // publish() drops empty and repeated ids.
        feed.publish({QString(), QStringLiteral("a"), QStringLiteral("a")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("a")});
        feed.publish({QString()});
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryChannel)
#include "test_delivery_channel.moc"
