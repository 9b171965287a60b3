// A full disk under the file transport (issue 15, faults): the write fails, the dispatcher says
// why in plain words, nothing half-written is left in the mail folder, and the message stays
// in the outbox (deferred, tried again) until there is room; then it goes out once. The disk
// fills in two ways: a 16 KiB tmpfs holding the mail folder (a real "No space left on device";
// needs root, as CI runs) and a file-size limit (RLIMIT_FSIZE) put on the process only while
// the transport writes, so the database's own files are never touched by it.
#include "DispatcherTestSupport.h"

#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {

// Runs the inner transport's send under a file-size limit of `bytes` (0: no limit).
class LimitedTransport final : public MailTransport {
public:
    LimitedTransport(std::unique_ptr<MailTransport> inner, const rlim_t* bytes)
        : m_inner(std::move(inner)), m_bytes(bytes)
    {}
    QString describe() const override { return m_inner->describe(); }
    Result<void> open() override { return m_inner->open(); }
    QList<DeliveryOutcome> send(const QList<OutgoingMail>& batch) override
    {
        rlimit before{};
        getrlimit(RLIMIT_FSIZE, &before);
        if (*m_bytes > 0) {
            rlimit tight = before;
            tight.rlim_cur = *m_bytes;
            setrlimit(RLIMIT_FSIZE, &tight);
        }
        auto outcomes = m_inner->send(batch);
        setrlimit(RLIMIT_FSIZE, &before);
        return outcomes;
    }
    void close() override { m_inner->close(); }
    Error lastError() const override { return m_inner->lastError(); }

private:
    std::unique_ptr<MailTransport> m_inner;
    const rlim_t* m_bytes;
};

QStringList mailFiles(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestFileTransportFullDisk : public QObject, protected DispatcherFixture {
    Q_OBJECT

    QTemporaryDir m_mount;
    bool m_mounted = false;

private slots:
    void initTestCase()
    {
        // A file over the limit raises SIGXFSZ; ignored, the write fails with EFBIG instead.
        std::signal(SIGXFSZ, SIG_IGN);
    }

    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_person.firstName = QStringLiteral("Ana");
        m_person.lastName = QStringLiteral("Full");
        startServices(QDateTime::fromString(QStringLiteral("2026-05-04T09:00:00Z"), Qt::ISODate));
    }

    void cleanup()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mount.path()});
        m_mounted = false;
    }

    void writeFailsClearlyAndTheMessageWaits_data()
    {
        QTest::addColumn<bool>("tmpfs");
        QTest::newRow("no space left (tmpfs)") << true;
        QTest::newRow("file size limit") << false;
    }

    void writeFailsClearlyAndTheMessageWaits()
    {
        QFETCH(bool, tmpfs);
        QString folder = m_dir->path();
        rlim_t limit = 0;
        if (tmpfs) {
            if (getuid() != 0)
                QSKIP("mounting a tmpfs needs root (CI runs as root); the size-limit row runs");
            QVERIFY(m_mount.isValid());
            QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                       {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                        QStringLiteral("-o"), QStringLiteral("size=16k"),
                                        QStringLiteral("tmpfs"), m_mount.path()}),
                     0);
            m_mounted = true;
            folder = m_mount.path();
            // Fill it: what is left is smaller than one message.
            QFile filler(QDir(folder).filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(1024, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
            filler.close();
        } else {
            limit = 64;
        }
        m_dispatcher->setTransportFactory([folder, &limit]() {
            return Result<std::unique_ptr<MailTransport>>(std::unique_ptr<MailTransport>(
                new LimitedTransport(std::make_unique<FileTransport>(folder), &limit)));
        });

        const Invitation inv = invite(QStringLiteral("full.disk@example.org"));
        const QStringList before = mailFiles(folder);
        const DispatchReport report = runAt(m_t0);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.deferred, 1);
        QCOMPARE(mailFiles(folder), before); // nothing half-written left behind

        // The message waits in the outbox, with the reason in plain words on the row and on
        // the invitation the desk shows.
        const QVariantMap outbox = row(
            m_db,
            QStringLiteral("SELECT status, attempts, last_error, next_attempt_at FROM email_outbox "
                           "WHERE invitation_id = ?"),
            {inv.id});
        QCOMPARE(outbox.value("status").toString(), QStringLiteral("queued"));
        QCOMPARE(outbox.value("attempts").toInt(), 1);
        const QString error = outbox.value("last_error").toString();
        QVERIFY2(error.contains(QStringLiteral("mail folder")), qPrintable(error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
        QVERIFY2(error.contains(tmpfs ? QStringLiteral("No space left on device")
                                      : QStringLiteral("too large"),
                                Qt::CaseInsensitive),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("kept in the outbox")), qPrintable(error));
        const QVariantMap invitation = invitationRow(m_db, inv.id);
        QCOMPARE(invitation.value("status").toString(), QStringLiteral("pending"));
        QCOMPARE(invitation.value("last_email_error").toString(), error);

        // Room again: the next due attempt sends it, once.
        if (tmpfs)
            QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("filler"))));
        limit = 0;
        const QDateTime due = Database::readTime(outbox.value("next_attempt_at"));
        QVERIFY(due > m_t0);
        const DispatchReport later = runAt(due.addSecs(1));
        QCOMPARE(later.sent, 1);
        QCOMPARE(mailFiles(folder).size(), 1);
        QCOMPARE(invitationRow(m_db, inv.id).value("status").toString(), QStringLiteral("sent"));
        QCOMPARE(runAt(due.addSecs(3600)).sent, 0);
    }
};

QTEST_GUILESS_MAIN(TestFileTransportFullDisk)
#include "test_file_transport_full_disk.moc"
