#pragma once

#include "core/storage/Database.h"

#include <QHash>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QStringList>
#include <QVariant>

namespace invitedesk::test {

// What one run of the binary did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonValue json() const;
    // For failure messages: the exit code and both streams.
    QString describe() const;
};

// Runs the built binary (env INVITEDESK_BIN) in a clean environment: no INVITEDESK_* or
// PG* secrets from the caller, HOME in a temporary folder, stdin closed.
class CliHarness {
public:
    static QString binary();
    static CliRun run(const QStringList& args, const QHash<QString, QString>& env = {},
                      bool withoutDisplay = false);
    // The clean environment run() uses, with env added (for a process the test drives).
    static QProcessEnvironment environment(const QHash<QString, QString>& env = {},
                                           bool withoutDisplay = false);
};

// Direct SQL on a test database, to look behind the command line's back.
class DbProbe {
public:
    DbProbe() = default;
    explicit DbProbe(const QString& url);
    bool isOpen() const { return bool(m_db); }
    QString error() const { return m_error; }
    bool isPostgres() const { return m_db && m_db->isPostgres(); }

    QVariant scalar(const QString& sql, const QVariantList& binds = {});
    QList<QVariantList> rows(const QString& sql, const QVariantList& binds = {});
    bool exec(const QString& sql, const QVariantList& binds = {}, QString* error = nullptr);
    qint64 count(const QString& table);
    QString userId(const QString& email);

    // Rows in the tables a refused command must leave alone.
    struct Counts {
        qint64 users = 0, invitations = 0, audit = 0, outbox = 0;
        bool operator==(const Counts&) const = default;
        QString toString() const;
    };
    Counts counts();

private:
    DatabasePtr m_db;
    QString m_error;
};

} // namespace invitedesk::test
