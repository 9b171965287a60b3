#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace invitedesk::test {

// The server's own execution time and plan of every statement a connection sends (the
// benchmarks' floors; tests that check a statement's plan): on PostgreSQL, auto_explain in that
// session (log_analyze, per-node timing off) reporting each statement's executor time and plan to
// the client as a notice, read through libpq. Needs the right to LOAD auto_explain (a superuser, or
// the library in $libdir/plugins); available() says whether it works on this connection.
class ServerTimeProbe {
public:
    explicit ServerTimeProbe(QSqlDatabase db) : m_db(std::move(db)) {}
    ~ServerTimeProbe();

    // Loads auto_explain into the session; false (with why) when it cannot.
    bool start(QString* why);
    // Collects from now on.
    void arm();
    // Stops collecting; returns the summed executor time (ms) of the statements since arm().
    double disarm();
    // The plans of the statements since arm() (text EXPLAIN ANALYZE, no per-node timing).
    const QStringList& plans() const { return m_plans; }

    void onNotice(const char* message);

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_armed = false;
    double m_totalMs = 0;
    QStringList m_plans;
    void* m_previousProcessor = nullptr;
    void* m_previousArg = nullptr;
};

} // namespace invitedesk::test
