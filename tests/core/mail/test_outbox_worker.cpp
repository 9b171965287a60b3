// The dispatcher as the GUI and `serve` run it: on a worker thread, polling, woken when
// mail is queued, reporting an unreachable relay by signal. Both backends.
#include "DispatcherTestSupport.h"
#include "SmtpTestServer.h"

#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace invitedesk;
using namespace invitedesk::test;

class TestOutboxWorker : public QObject {
    Q_OBJECT

    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;

    Invitation invite(const QString& email)
    {
        NewInvitation in;
        in.email = email;
        in.firstName = QStringLiteral("José");
        in.lastName = QStringLiteral("Müller");
        in.type = QStringLiteral("doctor");
        auto r = m_service->create(m_tree[QStringLiteral("admin")], in);
        if (!r)
            qFatal("create failed: %s", qPrintable(r.error().message));
        return r.value();
    }
    MailConfig plainConfig(const SmtpTestServer& server) const
    {
        MailConfig c;
        c.url = server.url();
        return c;
    }

private slots:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_service = std::make_unique<InvitationService>(m_db, ServiceConfig{});
    }

    void workerThreadPollsAndWakes()
    {
        QTemporaryDir dir;
        MailConfig c;
        c.url = QUrl::fromLocalFile(dir.path()).toString();
        DispatcherSettings settings;
        settings.pollSeconds = 600; // only the first cycle and wake() send here
        QThread worker;
        auto* dispatcher = new OutboxDispatcher(m_db, c, settings);
        dispatcher->moveToThread(&worker);
        connect(&worker, &QThread::started, dispatcher, &OutboxDispatcher::start);
        connect(&worker, &QThread::finished, dispatcher, &QObject::deleteLater);
        QSignalSpy cycles(dispatcher, &OutboxDispatcher::cycleFinished);
        const Invitation first = invite(QStringLiteral("worker.one@example.org"));
        worker.start();
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), 10000);
        QCOMPARE(cycles.first().first().value<DispatchReport>().sent, 1);
        const Invitation second = invite(QStringLiteral("worker.two@example.org"));
        QMetaObject::invokeMethod(dispatcher, &OutboxDispatcher::wake, Qt::QueuedConnection);
        QTRY_VERIFY_WITH_TIMEOUT(cycles.size() >= 2, 10000);
        QCOMPARE(cycles.at(1).first().value<DispatchReport>().sent, 1);
        QMetaObject::invokeMethod(dispatcher, &OutboxDispatcher::stop,
                                  Qt::BlockingQueuedConnection);
        worker.quit();
        QVERIFY(worker.wait(10000));
        QCOMPARE(invitationRow(m_db, first.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(invitationRow(m_db, second.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(QDir(dir.path()).entryList({"*.eml"}).size(), 2);
    }

    void workerReportsAnUnreachableRelay()
    {
        SmtpTestServer server;
        QString error;
        QVERIFY2(server.start({}, &error), qPrintable(error));
        const MailConfig config = plainConfig(server);
        server.stop();
        invite(QStringLiteral("worker.down@example.org"));
        OutboxDispatcher dispatcher(m_db, config);
        QSignalSpy problems(&dispatcher, &OutboxDispatcher::relayProblem);
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
        dispatcher.stop();
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("refused")));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM email_outbox WHERE claimed_by "
                                             "IS NOT NULL")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxWorker)
#include "test_outbox_worker.moc"
