// First looks recorded off the request path (FirstLookRecorder through AcceptanceService), on
// SQLite and PostgreSQL: a queued look is not written while the answer is given, is written
// once (opened_at at the look's time, one invitation.opened event) by the recorder's timer or
// on stop, and an acceptance while the look waits in the queue records it at its own time.
#include "AcceptanceTestSupport.h"

#include "core/storage/AuditLog.h"

#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

class TestFirstLooks : public QObject, protected AcceptanceFixture {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void queuedLookIsWrittenOnceOnStop();
    void timerWritesQueuedLooks();
    void acceptRecordsAQueuedLookAtItsTime();
    void fullQueueRecordsInTheRequest();
    void recordWritesABatchOnce();

private:
    QVariant openedAt(const QString& id);
    qint64 openedEvents(const QString& id);
    static FirstLookRecorder::Settings slow()
    {
        FirstLookRecorder::Settings s;
        s.interval = std::chrono::hours(1); // only stop() writes
        return s;
    }
};

void TestFirstLooks::init()
{
    INVITEDESK_REQUIRE_DB(m_db);
    m_tree = TestFixtures::makeTree(m_db);
    m_person.firstName = QStringLiteral("Robin");
    m_person.lastName = QStringLiteral("Invitee");
    startServices(
        QDateTime::fromString(QStringLiteral("2026-03-02T10:00:00.000Z"), Qt::ISODateWithMs));
}

void TestFirstLooks::cleanup()
{
    m_acceptance.reset();
}

QVariant TestFirstLooks::openedAt(const QString& id)
{
    return scalar(QStringLiteral("SELECT opened_at FROM user_invitations WHERE id = ?"), {id});
}

qint64 TestFirstLooks::openedEvents(const QString& id)
{
    return scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE invitation_id = ? AND "
                                 "action = 'invitation.opened'"),
                  {id})
        .toLongLong();
}

// The answer does not wait for the write; a second look before the write changes nothing; a
// clean stop writes the first look's time with one event.
void TestFirstLooks::queuedLookIsWrittenOnceOnStop()
{
    m_acceptance->recordFirstLooksInBackground(slow());
    const Invitation inv = invite(QStringLiteral("queued@example.com"));
    const QDateTime first = m_now;
    auto opened = m_acceptance->open(m_links.value(inv.id));
    QVERIFY(opened.ok());
    QCOMPARE(opened->state, AcceptanceState::Open);
    QCOMPARE(opened->invitation.openedAt, first);
    QVERIFY(openedAt(inv.id).isNull()); // not written in the request
    QCOMPARE(openedEvents(inv.id), 0);
    m_now = m_now.addSecs(60);
    QVERIFY(m_acceptance->open(m_links.value(inv.id)).ok());

    m_acceptance->finishFirstLooks();
    QCOMPARE(Database::readTime(openedAt(inv.id)).toMSecsSinceEpoch(), first.toMSecsSinceEpoch());
    QCOMPARE(openedEvents(inv.id), 1);
    // Looks after the stop are written in the request again, and only the first counts.
    QVERIFY(m_acceptance->open(m_links.value(inv.id)).ok());
    QCOMPARE(openedEvents(inv.id), 1);
    QVERIFY(AuditLog(m_db).verify()->ok);
}

void TestFirstLooks::timerWritesQueuedLooks()
{
    FirstLookRecorder::Settings fast;
    fast.interval = std::chrono::milliseconds(20);
    m_acceptance->recordFirstLooksInBackground(fast);
    QList<Invitation> invitations;
    for (int i = 0; i < 3; ++i)
        invitations << invite(QStringLiteral("timer%1@example.com").arg(i));
    for (const Invitation& inv : invitations)
        QVERIFY(m_acceptance->open(m_links.value(inv.id)).ok());
    for (const Invitation& inv : invitations) {
        QTRY_VERIFY_WITH_TIMEOUT(!openedAt(inv.id).isNull(), 5000);
        QCOMPARE(openedEvents(inv.id), 1);
    }
}

// Accepting while the look waits in the queue: opened_at is the look's time (not the
// acceptance's), once; the queue's later write finds it set and adds nothing.
void TestFirstLooks::acceptRecordsAQueuedLookAtItsTime()
{
    m_acceptance->recordFirstLooksInBackground(slow());
    const Invitation inv = invite(QStringLiteral("fast.accept@example.com"));
    const QDateTime looked = m_now;
    QVERIFY(m_acceptance->open(m_links.value(inv.id)).ok());
    m_now = m_now.addSecs(120);
    AcceptRequest request{
        m_links.value(inv.id), QStringLiteral("a long and unusual passphrase 7"), {}, {}, {}};
    auto accepted = m_acceptance->accept(request);
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().describe()));
    QCOMPARE(Database::readTime(openedAt(inv.id)).toMSecsSinceEpoch(), looked.toMSecsSinceEpoch());
    QCOMPARE(openedEvents(inv.id), 1);
    m_acceptance->finishFirstLooks();
    QCOMPARE(Database::readTime(openedAt(inv.id)).toMSecsSinceEpoch(), looked.toMSecsSinceEpoch());
    QCOMPARE(openedEvents(inv.id), 1);
}

// A queue at its limit does not lose looks: the request writes its own at once.
void TestFirstLooks::fullQueueRecordsInTheRequest()
{
    FirstLookRecorder::Settings tiny = slow();
    tiny.maxQueued = 1;
    m_acceptance->recordFirstLooksInBackground(tiny);
    const Invitation b = invite(QStringLiteral("full.b@example.com"));
    const Invitation c = invite(QStringLiteral("full.c@example.com"));
    QVERIFY(m_acceptance->open(m_links.value(b.id)).ok()); // queued
    QVERIFY(m_acceptance->open(m_links.value(c.id)).ok()); // queue full: written now
    QVERIFY(openedAt(b.id).isNull());
    QVERIFY(!openedAt(c.id).isNull());
    QCOMPARE(openedEvents(c.id), 1);
    m_acceptance->finishFirstLooks();
    QVERIFY(!openedAt(b.id).isNull());
    QCOMPARE(openedEvents(b.id), 1);
    QCOMPARE(openedEvents(c.id), 1);

    // A look already queued keeps its first time; a stopped recorder refuses.
    FirstLookRecorder recorder(m_db, slow());
    const Invitation a = invite(QStringLiteral("full.a@example.com"));
    QVERIFY(recorder.add(a.id, m_now));
    QVERIFY(recorder.add(a.id, m_now.addSecs(5)));
    QCOMPARE(recorder.queuedAt(a.id), std::optional<QDateTime>(m_now));
    QCOMPARE(recorder.queued(), qsizetype(1));
    recorder.stop();
    QVERIFY(!recorder.add(a.id, m_now));
    QCOMPARE(Database::readTime(openedAt(a.id)).toMSecsSinceEpoch(), m_now.toMSecsSinceEpoch());
    QCOMPARE(openedEvents(a.id), 1);
}

// The one writer: a batch sets opened_at where it is empty, each with its own time and one
// event; invitations already opened are left alone.
void TestFirstLooks::recordWritesABatchOnce()
{
    QList<Invitation> invitations;
    for (int i = 0; i < 20; ++i)
        invitations << invite(QStringLiteral("batch%1@example.com").arg(i));
    QList<FirstLook> looks;
    for (int i = 0; i < invitations.size(); ++i)
        looks.append({invitations.at(i).id, m_now.addSecs(i)});
    FirstLookRecorder recorder(m_db, slow());
    for (const auto& [id, at] : looks.mid(0, 5))
        QVERIFY(recorder.add(id, at.addSecs(-1000)));
    QCOMPARE(recorder.flush().value(), 5);
    for (const auto& [id, at] : looks)
        QVERIFY(recorder.add(id, at));
    QCOMPARE(recorder.flush().value(), 15);
    for (int i = 0; i < looks.size(); ++i) {
        const QDateTime expected = looks.at(i).second.addSecs(i < 5 ? -1000 : 0);
        QCOMPARE(Database::readTime(openedAt(looks.at(i).first)).toMSecsSinceEpoch(),
                 expected.toMSecsSinceEpoch());
        QCOMPARE(openedEvents(looks.at(i).first), 1);
    }
    QVERIFY(AuditLog(m_db).verify()->ok);
}

QTEST_GUILESS_MAIN(TestFirstLooks)
#include "test_first_looks.moc"
