#include "tests/support/ServerTimeProbe.h"

#include "core/storage/postgres/PgPreparedStatement.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#ifdef INVITEDESK_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace invitedesk::test {

namespace {
#ifdef INVITEDESK_HAVE_LIBPQ
void collect(void* arg, const char* message)
{
    static_cast<ServerTimeProbe*>(arg)->onNotice(message);
}
#endif
} // namespace

ServerTimeProbe::~ServerTimeProbe()
{
#ifdef INVITEDESK_HAVE_LIBPQ
    if (!m_started)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("SET auto_explain.log_min_duration = -1"));
    if (auto* conn = static_cast<PGconn*>(PgPreparedStatement::connectionOf(m_db)))
        PQsetNoticeProcessor(conn, reinterpret_cast<PQnoticeProcessor>(m_previousProcessor),
                             m_previousArg);
#endif
}

bool ServerTimeProbe::start(QString* why)
{
#ifdef INVITEDESK_HAVE_LIBPQ
    auto* conn = static_cast<PGconn*>(PgPreparedStatement::connectionOf(m_db));
    if (!conn) {
        *why = QStringLiteral("not a PostgreSQL connection");
        return false;
    }
    QSqlQuery q(m_db);
    for (const char* sql :
         {"LOAD 'auto_explain'", "SET auto_explain.log_analyze = on",
          "SET auto_explain.log_timing = off", "SET auto_explain.log_nested_statements = off",
          "SET auto_explain.log_format = 'text'", "SET auto_explain.log_level = 'notice'",
          "SET auto_explain.log_min_duration = 0", "SET client_min_messages = 'notice'"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            *why = QStringLiteral("%1: %2").arg(QString::fromLatin1(sql), q.lastError().text());
            q.exec(QStringLiteral("SET auto_explain.log_min_duration = -1"));
            return false;
        }
    }
    // libpq does not tell the previous processor's argument; Qt's ignores it (nullptr).
    PQnoticeProcessor previous = PQsetNoticeProcessor(conn, &collect, this);
    m_previousProcessor = reinterpret_cast<void*>(previous);
    m_started = true;
    return true;
#else
    *why = QStringLiteral("built without libpq");
    return false;
#endif
}

void ServerTimeProbe::arm()
{
    m_armed = true;
    m_totalMs = 0;
    m_plans.clear();
}

double ServerTimeProbe::disarm()
{
    m_armed = false;
    return m_totalMs;
}

void ServerTimeProbe::onNotice(const char* message)
{
    if (!m_armed)
        return;
    static const QRegularExpression duration(QStringLiteral("duration: ([0-9.]+) ms\\s+plan:"));
    const QString text = QString::fromUtf8(message);
    const auto m = duration.match(text);
    if (!m.hasMatch())
        return;
    m_totalMs += m.captured(1).toDouble();
    m_plans << text.trimmed();
}

} // namespace invitedesk::test
