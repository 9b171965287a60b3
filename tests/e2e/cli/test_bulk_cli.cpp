// The command line of issue 6: import, export and the bulk forms of cancel/resend, run as
// the real binary ($INVITEDESK_BIN) against a fresh database of this backend.
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace invitedesk;
using namespace invitedesk::test;

class TestBulkCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importExitCodesAndJson_data();
    void importExitCodesAndJson();
    void importTextReport();
    void importUsageAndMissingFile();
    void importTemplate();
    void importListsTheFirstThousandErrors();
    void exportToFileAndStdout();
    void exportFileIsPrivate_data();
    void exportFileIsPrivate();
    void cancelAllMatching();
    void resendAllMatching();
    void refusedItemsAreReportedPerInvitation();
    void bulkUsageErrors_data();
    void bulkUsageErrors();
    void killedImportLeavesAllOrNothing();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList& args, const QString& as = {});
    QString write(const QString& name, const QByteArray& bytes);
    qint64 countInvitations(const QString& where = {});

    QString m_url;
    DatabasePtr m_db;
    UserTree m_tree;
    QTemporaryDir m_dir;
};

static QByteArray csv(const QString& header, const QStringList& lines)
{
    return (header + "\r\n" + lines.join("\r\n") + "\r\n").toUtf8();
}

void TestBulkCli::initTestCase()
{
    QString error;
    m_url = TestDatabase::createUrl(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    auto db = Database::open(m_url);
    QVERIFY(db.ok());
    m_db = db.value();
    m_tree = TestFixtures::makeTree(m_db);
    QVERIFY(m_dir.isValid());
}

TestBulkCli::Run TestBulkCli::run(const QStringList& args, const QString& as)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("INVITEDESK_PASSWORD", TestFixtures::password());
    p.setProcessEnvironment(env);
    QStringList all{"--database", m_url};
    all << "--as" << (as.isEmpty() ? m_tree["admin"].email : as) << args;
    p.start(qEnvironmentVariable("INVITEDESK_BIN"), all);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString TestBulkCli::write(const QString& name, const QByteArray& bytes)
{
    QFile f(m_dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

qint64 TestBulkCli::countInvitations(const QString& where)
{
    QSqlQuery q(m_db->connection().value());
    q.exec("SELECT count(*) FROM user_invitations" +
           (where.isEmpty() ? QString() : " WHERE " + where));
    q.next();
    return q.value(0).toLongLong();
}

static const QString kHeader = "email,first_name,last_name,invitation_type";

void TestBulkCli::importExitCodesAndJson_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("valid");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("errorRow");

    const QByteArray mixed =
        csv(kHeader, {"cli1@example.org,Ana,López,doctor", "cli2@example.org,Bo,Berg,sales",
                      "cli3@example.org,Cy,,doctor", "cli4@example.org,Di,Dahl,doctor"});
    QTest::newRow("dry run, invalid row")
        << QStringList{"--dry-run"} << mixed << 1 << 3 << 1 << 0 << 4;
    QTest::newRow("all or nothing") << QStringList{} << mixed << 1 << 3 << 1 << 0 << 4;
    QTest::newRow("skip invalid") << QStringList{"--skip-invalid"} << mixed << 0 << 3 << 1 << 3
                                  << 4;
    QTest::newRow("semicolons") << QStringList{}
                                << QByteArray("\xEF\xBB\xBF") +
                                       QString("Email;First Name;Last Name;Type\r\n"
                                               "semi@example.org;\"Ana, María\";López;doctor\r\n")
                                           .toUtf8()
                                << 0 << 1 << 0 << 1 << 0;
    QTest::newRow("dry run, all valid")
        << QStringList{"--dry-run"} << csv(kHeader, {"dry@example.org,A,B,doctor"}) << 0 << 1 << 0
        << 0 << 0;
}

void TestBulkCli::importExitCodesAndJson()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(int, valid);
    QFETCH(int, invalid);
    QFETCH(int, imported);
    QFETCH(int, errorRow);
    const qint64 before = countInvitations();
    const Run r = run(QStringList{"import", write("in.csv", file), "--json"} + options);
    QVERIFY2(r.code == exitCode, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.keys(), (QStringList{"errors", "imported", "invalid", "more_errors", "valid"}));
    QCOMPARE(o["more_errors"].toInt(), 0);
    QCOMPARE(o["valid"].toInt(), valid);
    QCOMPARE(o["invalid"].toInt(), invalid);
    QCOMPARE(o["imported"].toInt(), imported);
    QCOMPARE(countInvitations() - before, imported);
    if (errorRow) {
        const QJsonObject e = o["errors"].toArray().first().toObject();
        QCOMPARE(e["row"].toInt(), errorRow);
        QCOMPARE(e["column"].toString(), QStringLiteral("last_name"));
        QVERIFY(!e["message"].toString().isEmpty());
    } else {
        QCOMPARE(o["errors"].toArray().size(), 0);
    }
}

void TestBulkCli::importTextReport()
{
    const Run r = run({"import", write("dupes.csv", csv(kHeader, {"t1@example.org,A,B,doctor",
                                                                  "t1@example.org,C,D,doctor"}))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("row 3, email: same e-mail as row 2"), r.out.constData());
    QVERIFY(r.err.contains("nothing was imported"));
    // A file problem: exit 1 even with --skip-invalid.
    const Run bad = run(
        {"import", write("bad.csv", csv(kHeader + ",nickname", {"t2@example.org,A,B,doctor,x"})),
         "--skip-invalid"});
    QCOMPARE(bad.code, 1);
    QVERIFY(bad.out.contains("row 1, nickname: unknown column"));
}

void TestBulkCli::importUsageAndMissingFile()
{
    QCOMPARE(run({"import"}).code, 2);
    QCOMPARE(run({"import", m_dir.filePath("nope.csv")}).code, 1);
    const Run wrongDb = run({"--database", "postgresql://nobody@127.0.0.1:1/none", "import",
                             write("x.csv", csv(kHeader, {}))});
    QCOMPARE(wrongDb.code, 3);
}

// Issue 18, item 9: `import --template FILE` writes the header and an example row, private
// (0600); the example passes a dry run; --template takes no FILE to import.
void TestBulkCli::importTemplate()
{
    const QString path = m_dir.filePath("template.csv");
    const Run r = run({"import", "--template", path});
    QCOMPARE(r.code, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF\"email\",\"first_name\",\"last_name\","
                               "\"invitation_type\",\"parent_email\""));
    QVERIFY(content.contains("\r\n\"jane.doe@example.com\",\"Jane\",\"Doe\",\"sales\""));
    QCOMPARE(content.count("\r\n"), 2);
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                   QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const Run dry = run({"import", path, "--dry-run", "--json"});
    QVERIFY2(dry.code == 0, dry.out.constData());
    QCOMPARE(run({"import", "--template", m_dir.filePath("t2.csv"), path}).code, 2);
    QCOMPARE(run({"import", "--template"}).code, 2);
}

// Issue 11, finding 7: a file of many bad rows lists the first 1,000 errors and says how many
// more there are, in the text report and in --json ("more_errors").
void TestBulkCli::importListsTheFirstThousandErrors()
{
    QStringList lines;
    for (int i = 0; i < 1234; ++i)
        lines << QStringLiteral("not-an-email-%1,A,B,doctor").arg(i);
    const QString path = write("many-errors.csv", csv(kHeader, lines));
    const Run text = run({"import", "--dry-run", path});
    QCOMPARE(text.code, 1);
    const QList<QByteArray> out = text.out.trimmed().split('\n');
    QCOMPARE(out.size(), 1 + 1000 + 1);
    QVERIFY2(out.first().startsWith("0 valid, 1234 invalid"), out.first().constData());
    QVERIFY2(out.value(1).startsWith("row 2, email:"), out.value(1).constData());
    QVERIFY2(out.value(1000).startsWith("row 1001, email:"), out.value(1000).constData());
    QVERIFY2(out.last().startsWith("and 234 more"), out.last().constData());

    const Run json = run({"import", "--dry-run", "--json", path});
    QCOMPARE(json.code, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o["invalid"].toInt(), 1234);
    QCOMPARE(o["errors"].toArray().size(), 1000);
    QCOMPARE(o["more_errors"].toInt(), 234);
}

// Issue 11, finding 3: an export holds personal data; under umask 022 it was -rw-r--r--.
void TestBulkCli::exportFileIsPrivate_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new file") << false;
    QTest::newRow("over a file open to everyone") << true;
}

void TestBulkCli::exportFileIsPrivate()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX file modes only");
#else
    QFETCH(bool, existing);
    const mode_t old = ::umask(022); // inherited by the binary
    const QString path = m_dir.filePath(existing ? "private-old.csv" : "private-new.csv");
    if (existing) {
        write(existing ? "private-old.csv" : "private-new.csv", "old\n");
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    }
    const Run r = run({"export", "--output", path});
    ::umask(old);
    QVERIFY2(r.code == 0, r.err.constData());
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(int(st.st_mode & 0777), 0600);
#endif
}

void TestBulkCli::exportToFileAndStdout()
{
    const QString path = m_dir.filePath("out.csv");
    Run r = run({"export", "--output", path});
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"email\""));
    QVERIFY(bytes.contains("\"Ana, Mar\xC3\xAD"
                           "a\""));
    QCOMPARE(bytes.count("\r\n") - 1, countInvitations());

    r = run({"export", "--format", "json", "--type", "doctor"});
    QCOMPARE(r.code, 0);
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), countInvitations("invitation_type = 'doctor'"));
    for (const QJsonValue& v : items)
        QCOMPARE(v["invitation_type"].toString(), QStringLiteral("doctor"));

    QCOMPARE(run({"export", "--format", "xml"}).code, 2);
    QCOMPARE(run({"export", "--status", "bogus"}).code, 1);
    // A sales rep outside the tree sees nothing.
    r = run({"export", "--format", "json"}, m_tree["sales2"].email);
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestBulkCli::cancelAllMatching()
{
    QVERIFY(run({"import", write("c.csv", csv(kHeader, {"c1@example.org,A,B,sales",
                                                        "c2@example.org,A,B,sales",
                                                        "c3@example.org,A,B,doctor"}))})
                .code == 0);
    const qint64 openSales =
        countInvitations("invitation_type = 'sales' AND status IN ('pending', 'sent')");
    QVERIFY(openSales >= 2);
    const Run r = run(
        {"cancel", "--type", "sales", "--all-matching", "--reason", "duplicate list", "--json"});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(items.size(), openSales);
    for (const QJsonValue& v : items) {
        QVERIFY(v["ok"].toBool());
        QCOMPARE(v["status"].toString(), QStringLiteral("cancelled"));
    }
    QCOMPARE(countInvitations("invitation_type = 'sales' AND status IN ('pending', 'sent')"), 0);
    QCOMPARE(countInvitations("email = 'c3@example.org' AND status = 'pending'"), 1);
    QCOMPARE(countInvitations("cancel_reason = 'duplicate list'"), openSales);
}

void TestBulkCli::resendAllMatching()
{
    const qint64 doctors = countInvitations(
        "invitation_type = 'doctor' AND status IN ('pending', 'sent', 'failed', 'expired')");
    const Run r = run({"resend", "--all-matching", "--type", "doctor"});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.out.count(": resent\n"), doctors);
    QVERIFY(r.out.contains(QStringLiteral("%1 resent, 0 refused.").arg(doctors).toUtf8()));
    QCOMPARE(countInvitations("invitation_type = 'doctor' AND resend_count = 1"), doctors);
}

void TestBulkCli::refusedItemsAreReportedPerInvitation()
{
    // Explicit statuses the action cannot leave from: each one refused, nothing changes.
    const qint64 cancelled = countInvitations("status = 'cancelled'");
    QVERIFY(cancelled > 0);
    const Run r = run({"resend", "--all-matching", "--status", "cancelled"});
    QCOMPARE(r.code, 1);
    // Refusals on stderr, one line each; stdout only counts them.
    QCOMPARE(r.out.count("refused: "), 0);
    QCOMPARE(r.err.count("\n"), cancelled);
    QVERIFY(r.out.contains(QStringLiteral("0 resent, %1 refused.").arg(cancelled).toUtf8()));
    QCOMPARE(countInvitations("status = 'cancelled'"), cancelled);
    // Nothing matches: done, nothing to say but that.
    const Run none = run({"cancel", "--all-matching", "--search", "nobody-at-all", "--json"});
    QCOMPARE(none.code, 0);
    QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
}

void TestBulkCli::bulkUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no id") << QStringList{"cancel"};
    QTest::newRow("filter without --all-matching") << QStringList{"cancel", "--status", "pending"};
    QTest::newRow("ids and --all-matching")
        << QStringList{"resend", "--all-matching", "0b0e5c36-8a4c-4f5e-9b7c-1d2e3f405162"};
}

void TestBulkCli::bulkUsageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(run(args).code, 2);
}

void TestBulkCli::killedImportLeavesAllOrNothing()
{
    // One transaction: killed at any moment, the import leaves none or all of its rows.
    QStringList lines;
    for (int i = 0; i < 20000; ++i)
        lines << QStringLiteral("kill%1@example.org,First%1,Last%1,doctor").arg(i);
    const QString path = write("kill.csv", csv(kHeader, lines));
    for (int delay : {700, 1500, 2500}) {
        const qint64 before = countInvitations("email LIKE 'kill%'");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INVITEDESK_PASSWORD", TestFixtures::password());
        p.setProcessEnvironment(env);
        p.start(
            qEnvironmentVariable("INVITEDESK_BIN"),
            {"--database", m_url, "--as", m_tree["admin"].email, "import", path, "--skip-invalid"});
        QVERIFY(p.waitForStarted());
        QTest::qWait(delay);
        p.kill();
        p.waitForFinished();
        const qint64 now = countInvitations("email LIKE 'kill%'");
        QVERIFY2(now == before || now == before + 20000, qPrintable(QString::number(now)));
        qInfo("killed after %d ms: %s", delay, now == before ? "nothing written" : "all written");
        if (now == 20000)
            break; // finished before the kill; nothing more to learn
    }
}

QTEST_GUILESS_MAIN(TestBulkCli)
#include "test_bulk_cli.moc"
