#pragma once

#include <QSqlDriver>

namespace invitedesk {

// A Qt SQL driver for PostgreSQL behind a transaction-pooling PgBouncer (a URL with
// ?pooling=transaction, issue 16). Such a pooler hands each transaction whichever server
// connection is free, so nothing may outlive a statement outside a transaction: QPSQL's
// PREPARE/EXECUTE/DEALLOCATE would meet a server that never saw the PREPARE. This driver
// keeps no server-side state: each statement goes out as one simple-protocol query with its
// bound values written in as literals, escaped by libpq (the same literals QPSQL's EXECUTE
// sends), so one round trip and no statement name. Values come back as QPSQL gives them
// (PooledPgResult). handle() is the PGconn, like QPSQL's, for COPY (PgCopy) and SCRAM
// verifiers. Registered as kName by Database when a URL asks for pooling; LISTEN connections
// stay on QPSQL, straight to the server.
class PooledPgDriver : public QSqlDriver {
    Q_OBJECT
public:
    static constexpr const char* kName = "INVITEDESK_PGPOOL";
    // Registers the driver under kName (once per process); false without libpq.
    static bool registerDriver();

    explicit PooledPgDriver(QObject* parent = nullptr);
    ~PooledPgDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    void* connection() const { return m_conn; }
    // A literal for `value` (NULL, a number, TRUE/FALSE, or a quoted, escaped string, bytea or
    // timestamp), as QPSQL would write it into EXECUTE.
    QByteArray literal(const QVariant& value) const;

private:
    bool run(const char* sql);

    void* m_conn = nullptr; // PGconn
};

} // namespace invitedesk
