#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>

namespace invitedesk::test {

inline QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

// A PostgreSQL cluster of a test's or bench's own, with the default durability (fsync,
// synchronous_commit and full_page_writes on), as root through the postgres user like
// scripts/test-servers.sh: for figures users would see, and for faults the shared test
// cluster must not suffer (a restart). Stopped when it goes out of scope.
class DurableCluster {
public:
    ~DurableCluster() { stop(); }

    bool start(QString* error)
    {
        m_bin = qEnvironmentVariable("INVITEDESK_TEST_PG_BIN");
        if (m_bin.isEmpty()) {
            QStringList dirs = QDir(QStringLiteral("/usr/lib/postgresql"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            std::sort(dirs.begin(), dirs.end(),
                      [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
            if (!dirs.isEmpty())
                m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(dirs.last());
        }
        if (m_bin.isEmpty() || !QFile::exists(m_bin + QStringLiteral("/initdb"))) {
            *error = QStringLiteral("PostgreSQL server binaries not found");
            return false;
        }
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        if (getuid() == 0 &&
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("postgres:postgres"), m_dir.path()}) != 0) {
            *error = QStringLiteral("cannot give the folder to the postgres user");
            return false;
        }
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("%1 -D %2 -A trust -U postgres -E UTF8")
                     .arg(shellQuote(m_bin + QStringLiteral("/initdb")), shellQuote(data)),
                 error))
            return false;
        // As the test cluster: `postgres` trusted, every other login (per-person logins)
        // authenticated with its password.
        QFile hba(data + QStringLiteral("/pg_hba.conf"));
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            hba.write("local all all trust\n"
                      "host all postgres 127.0.0.1/32 trust\n"
                      "host all all 127.0.0.1/32 scram-sha-256\n") < 0) {
            *error = QStringLiteral("cannot write pg_hba.conf: %1").arg(hba.errorString());
            return false;
        }
        hba.close();
        if (!run(QStringLiteral("%1 -D %2 -l %3 -w -t 60 -o %4 start")
                     .arg(shellQuote(m_bin + QStringLiteral("/pg_ctl")), shellQuote(data),
                          shellQuote(m_dir.filePath(QStringLiteral("server.log"))),
                          shellQuote(QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                                    "-c max_connections=100")
                                         .arg(m_port)
                                         .arg(m_dir.path()))),
                 error))
            return false;
        m_started = true;
        return true;
    }
    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        QString ignored;
        run(QStringLiteral("%1 -D %2 -m fast stop")
                .arg(shellQuote(m_bin + QStringLiteral("/pg_ctl")),
                     shellQuote(m_dir.filePath(QStringLiteral("data")))),
            &ignored);
    }
    // A fast restart on the same port: every client connection is cut.
    bool restart(QString* error)
    {
        return run(QStringLiteral("%1 -D %2 -l %3 -m fast -w -t 60 restart")
                       .arg(shellQuote(m_bin + QStringLiteral("/pg_ctl")),
                            shellQuote(m_dir.filePath(QStringLiteral("data"))),
                            shellQuote(m_dir.filePath(QStringLiteral("server.log")))),
                   error);
    }
    QString adminUrl() const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(m_port);
    }
    QString psql() const
    {
        const QString mine = m_bin + QStringLiteral("/psql");
        return QFile::exists(mine) ? mine : QStringLiteral("psql");
    }

private:
    bool run(const QString& command, QString* error)
    {
        QProcess p;
        if (getuid() == 0)
            p.start(QStringLiteral("su"),
                    {QStringLiteral("postgres"), QStringLiteral("-s"), QStringLiteral("/bin/bash"),
                     QStringLiteral("-c"), command});
        else
            p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            *error = command + QStringLiteral(": ") +
                     QString::fromUtf8(p.readAllStandardError().right(1500)) +
                     QString::fromUtf8(p.readAllStandardOutput().right(1500));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/invitedesk-cluster-XXXXXX")};
    QString m_bin;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace invitedesk::test
