#pragma once

#include <QSqlRecord>
#include <QSqlResult>

namespace invitedesk {

class PooledPgDriver;

// One statement of PooledPgDriver: prepare() only keeps the text; exec() writes the bound
// values in as literals at the '?' outside quotes and comments and sends one simple-protocol
// query. The whole result stays client-side (libpq reads it at once, as QPSQL does), so any
// row can be visited. Values convert as QPSQL converts them: bool, int, qlonglong, double
// (numeric too, unless high precision asks for text), bytea as QByteArray, dates and times as Qt's,
// timestamps in UTC, everything else as text; the SQLSTATE is the error's native code.
class PooledPgResult : public QSqlResult {
public:
    explicit PooledPgResult(const PooledPgDriver* driver);
    ~PooledPgResult() override;

    // `sql` with each '?' placeholder outside quotes, quoted identifiers, dollar quotes and
    // comments replaced by the next of `literals`; empty with *error when they do not match.
    static QByteArray interpolate(const QString& sql, const QList<QByteArray>& literals,
                                  QString* error);

protected:
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int row) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    bool send(const QByteArray& sql);
    void clearResult();

    const PooledPgDriver* m_driver;
    void* m_result = nullptr; // PGresult
    QSqlRecord m_record;
};

} // namespace invitedesk
