#include "CliHarness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace invitedesk::test {

QJsonValue CliRun::json() const
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(exitCode)
        .arg(out.left(3000), err.left(3000));
}

QString CliHarness::binary()
{
    return qEnvironmentVariable("INVITEDESK_BIN");
}

QProcessEnvironment CliHarness::environment(const QHash<QString, QString>& env, bool withoutDisplay)
{
    static QTemporaryDir home;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& key : e.keys()) {
        // The run's password cost (tests/CMakeLists.txt) is no secret and keeps sign-ins cheap.
        if (key == QLatin1String("INVITEDESK_PASSWORD_COST"))
            continue;
        if (key.startsWith(QLatin1String("INVITEDESK_")) || key.startsWith(QLatin1String("PG")))
            e.remove(key);
    }
    e.insert(QStringLiteral("HOME"), home.path());
    e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    if (withoutDisplay) {
        e.remove(QStringLiteral("QT_QPA_PLATFORM"));
        e.remove(QStringLiteral("DISPLAY"));
        e.remove(QStringLiteral("WAYLAND_DISPLAY"));
    }
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    return e;
}

CliRun CliHarness::run(const QStringList& args, const QHash<QString, QString>& env,
                       bool withoutDisplay)
{
    QProcess p;
    p.setProcessEnvironment(environment(env, withoutDisplay));
    p.start(binary(), args);
    CliRun r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start %1: %2").arg(binary(), p.errorString());
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    return r;
}

DbProbe::DbProbe(const QString& url)
{
    auto db = Database::open(url);
    if (db)
        m_db = db.value();
    else
        m_error = db.error().message;
}

QList<QVariantList> DbProbe::rows(const QString& sql, const QVariantList& binds)
{
    QList<QVariantList> result;
    auto conn = m_db->connection();
    if (!conn) {
        m_error = conn.error().message;
        return result;
    }
    QSqlQuery q(conn.value());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qWarning("DbProbe: %s: %s", qPrintable(sql), qPrintable(m_error));
        return result;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i)
            row << q.value(i);
        result << row;
    }
    return result;
}

QVariant DbProbe::scalar(const QString& sql, const QVariantList& binds)
{
    const auto r = rows(sql, binds);
    return r.isEmpty() || r.first().isEmpty() ? QVariant() : r.first().first();
}

bool DbProbe::exec(const QString& sql, const QVariantList& binds, QString* error)
{
    auto conn = m_db->connection();
    if (!conn) {
        if (error)
            *error = conn.error().message;
        return false;
    }
    QSqlQuery q(conn.value());
    // DDL cannot be prepared on PostgreSQL: run statements without values directly.
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

qint64 DbProbe::count(const QString& table)
{
    // Table names come from the test itself, never from input.
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
}

QString DbProbe::userId(const QString& email)
{
    return scalar(QStringLiteral("SELECT id FROM users WHERE email = ?"), {email}).toString();
}

DbProbe::Counts DbProbe::counts()
{
    return {count(QStringLiteral("users")), count(QStringLiteral("user_invitations")),
            count(QStringLiteral("audit_events")), count(QStringLiteral("email_outbox"))};
}

QString DbProbe::Counts::toString() const
{
    return QStringLiteral("users %1, invitations %2, audit events %3, outbox %4")
        .arg(users)
        .arg(invitations)
        .arg(audit)
        .arg(outbox);
}

} // namespace invitedesk::test
