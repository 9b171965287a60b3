// Issue 11, finding 3: the files the desk writes are private to their owner whatever the
// umask (folders 0700, files 0600), and existing ones are tightened when opened: the SQLite
// database with its -wal and -shm files, the file transport's folder and messages, the
// settings file and exports. The process runs with umask 022, under which all of these were
// -rw-r--r-- (folders rwxr-xr-x) before.
#include "core/io/PrivateFiles.h"
#include "core/mail/FileTransport.h"
#include "core/settings/AppSettings.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace invitedesk;

namespace {
// The permission bits of a path (as `ls -l` shows them), -1 when missing.
int mode(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

QString octal(int m)
{
    return m < 0 ? QStringLiteral("missing") : QString::number(m, 8);
}

#define COMPARE_MODE(path, expected)                                                               \
    QVERIFY2(mode(path) == (expected),                                                             \
             qPrintable(QStringLiteral("%1 is %2, expected %3")                                    \
                            .arg(path, octal(mode(path)), octal(expected))))

bool writeFile(const QString& path, const QByteArray& bytes, int fileMode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
#ifdef Q_OS_UNIX
    return ::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)) == 0;
#else
    Q_UNUSED(fileMode);
    return true;
#endif
}

bool setMode(const QString& path, int m)
{
#ifdef Q_OS_UNIX
    return ::chmod(QFile::encodeName(path).constData(), mode_t(m)) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(m);
    return true;
#endif
}

OutgoingMail mail()
{
    OutgoingMail m;
    m.sender = QStringLiteral("desk@example.org");
    m.recipient = QStringLiteral("dr.who@example.org");
    m.data = "Subject: link\r\n\r\nhttps://invite.example/accept/secret-token\r\n";
    return m;
}
} // namespace

class TestPrivateFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void newDatabaseFilesArePrivate();
    void existingDatabaseFilesAreTightened();
    void newMailFolderAndMessagesArePrivate();
    void existingMailFolderIsTightened();
    void settingsFileIsPrivate();
    void existingSettingsFileIsTightened();
    void savedFilesArePrivate_data();
    void savedFilesArePrivate();

private:
    QTemporaryDir m_dir;
};

void TestPrivateFiles::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only");
#else
    ::umask(022); // the usual default, under which new files are -rw-r--r--
    QVERIFY(m_dir.isValid());
    // A parent anyone may list, as /tmp or a home folder often is: what is made inside must
    // be private by itself.
    QVERIFY(setMode(m_dir.path(), 0755));
#endif
}

void TestPrivateFiles::newDatabaseFilesArePrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("new-db/data"));
    const QString path = folder + QStringLiteral("/invitedesk.db");
    {
        auto db = Database::open(QStringLiteral("sqlite://") + path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QSqlQuery q(db.value()->connection().value());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('password hash')")));
        // WAL keeps the -wal and -shm files while the connection is open.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
        COMPARE_MODE(path, 0600);
        COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
        COMPARE_MODE(folder, 0700);
        COMPARE_MODE(m_dir.filePath(QStringLiteral("new-db")), 0700);
    }
    // The folder it was put in is not the desk's to change.
    COMPARE_MODE(m_dir.path(), 0755);
}

void TestPrivateFiles::existingDatabaseFilesAreTightened()
{
    const QString folder = m_dir.filePath(QStringLiteral("old-db"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(setMode(folder, 0755));
    const QString path = folder + QStringLiteral("/invitedesk.db");
    // An older version's database, with its -wal and -shm open to everyone: another
    // connection keeps them there.
    QSqlDatabase other =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
    other.setDatabaseName(path);
    QVERIFY(other.open());
    {
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES ('password hash')")));
    }
    for (const QString& p : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY(QFile::exists(p));
        QVERIFY(setMode(p, 0644));
    }
    {
        auto db = Database::open(QStringLiteral("sqlite://") + path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        COMPARE_MODE(path, 0600);
        COMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        COMPARE_MODE(path + QStringLiteral("-shm"), 0600);
        COMPARE_MODE(folder, 0755); // an existing folder of the user's choice stays
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

void TestPrivateFiles::newMailFolderAndMessagesArePrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("new-mail/outbox"));
    FileTransport transport(folder);
    QVERIFY(transport.open().ok());
    const auto outcomes = transport.send({mail(), mail()});
    QCOMPARE(outcomes.size(), 2);
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(m_dir.filePath(QStringLiteral("new-mail")), 0700);
    const QStringList messages = QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files);
    QCOMPARE(messages.size(), 2);
    for (const QString& name : messages)
        COMPARE_MODE(QDir(folder).filePath(name), 0600);
}

void TestPrivateFiles::existingMailFolderIsTightened()
{
    const QString folder = m_dir.filePath(QStringLiteral("old-mail"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(setMode(folder, 0755));
    const QString old = QDir(folder).filePath(QStringLiteral("20261101-120000-000-1.eml"));
    QVERIFY(writeFile(old, mail().data, 0644));
    FileTransport transport(folder);
    QVERIFY(transport.open().ok());
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(old, 0600);
}

void TestPrivateFiles::settingsFileIsPrivate()
{
    const QString folder = m_dir.filePath(QStringLiteral("new-config/InviteDesk"));
    const QString path = folder + QStringLiteral("/invitedesk.conf");
    {
        AppSettings settings(std::make_unique<QSettings>(path, QSettings::IniFormat), nullptr,
                             QProcessEnvironment());
        settings.setState(QStringLiteral("window/geometry"), QByteArray("0123"));
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    COMPARE_MODE(path, 0600);
    COMPARE_MODE(folder, 0700);
    COMPARE_MODE(m_dir.filePath(QStringLiteral("new-config")), 0700);
}

void TestPrivateFiles::existingSettingsFileIsTightened()
{
    const QString folder = m_dir.filePath(QStringLiteral("old-config"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(setMode(folder, 0755));
    const QString path = folder + QStringLiteral("/invitedesk.conf");
    QVERIFY(writeFile(path, "[state]\nremembered=me@example.org\n", 0644));
    AppSettings settings(std::make_unique<QSettings>(path, QSettings::IniFormat), nullptr,
                         QProcessEnvironment());
    COMPARE_MODE(path, 0600);
    COMPARE_MODE(folder, 0700);
    QCOMPARE(settings.state(QStringLiteral("remembered")).toString(),
             QStringLiteral("me@example.org"));
}

// Exports (the CLI's --output, the desk's CSV exports) go through PrivateFiles::openForWriting.
void TestPrivateFiles::savedFilesArePrivate_data()
{
    QTest::addColumn<int>("existingMode"); // -1: no file there yet
    QTest::newRow("new file") << -1;
    QTest::newRow("over a file open to everyone") << 0644;
}

void TestPrivateFiles::savedFilesArePrivate()
{
    QFETCH(int, existingMode);
    const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(existingMode));
    if (existingMode >= 0)
        QVERIFY(writeFile(path, "old\n", existingMode));
    QSaveFile file(path);
    QVERIFY(PrivateFiles::openForWriting(file));
    QVERIFY(file.write("email\ndr.who@example.org\n") > 0);
    QVERIFY(file.commit());
    COMPARE_MODE(path, 0600);
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "test_private_files.moc"
