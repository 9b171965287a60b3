#include "tests/bench/queries/ManyDesksScenario.h"

#include "core/services/InvitationService.h"
#include "tests/bench/queries/AcceptDriver.h"
#include "tests/bench/queries/DeskFleet.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace invitedesk::bench {

namespace {
const QString kPassword = QStringLiteral("a long and unusual passphrase 7");
const QString kDomain = QStringLiteral("@desks.bench.invitedesk.example");

double percentile(QList<double> ms, double p)
{
    if (ms.isEmpty())
        return 0;
    std::sort(ms.begin(), ms.end());
    const qsizetype index =
        std::clamp<qsizetype>(qsizetype(std::ceil(p * ms.size())) - 1, 0, ms.size() - 1);
    return ms.at(index);
}

// Desks as people of every role, spread over each role's members.
QList<Actor> deskActors(const BenchTree& tree, int desks)
{
    const QList<const QList<User>*> levels = {&tree.chpAdmins, &tree.masterDistributors,
                                              &tree.distributors, &tree.salesReps};
    QList<Actor> actors;
    for (int i = 0; i < desks; ++i) {
        if (i % 5 == 0) {
            actors << tree.admin;
            continue;
        }
        const QList<User>& level = *levels.at(i % 5 - 1);
        actors << level.at((i / 5) % level.size());
    }
    return actors;
}

struct Child {
    std::unique_ptr<QProcess> process;
    QString what;
    int port = 0;
};

// Client sessions on this database now (the server's view: every desk, serve, dispatcher).
int connectionsNow(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                               "current_database() AND backend_type = 'client backend'")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

int pendingMail(QSqlDatabase db, const QString& pattern)
{
    QSqlQuery q(db);
    if (!Database::exec(q,
                        QStringLiteral("SELECT count(*) FROM email_outbox o JOIN user_invitations "
                                       "i ON i.id = o.invitation_id WHERE i.email LIKE ? AND "
                                       "o.kind = 'invitation' AND o.status IN ('queued', "
                                       "'sending')"),
                        {pattern}) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

bool ManyDesksScenario::run(QJsonObject* report, QString* why)
{
    QTextStream out(stdout);
    if (!m_db->isPostgres()) {
        *why = QStringLiteral("the many-desks scenario needs PostgreSQL (LISTEN/NOTIFY)");
        return false;
    }
    auto conn = m_db->connection();
    if (!conn) {
        *why = conn.error().describe();
        return false;
    }
    int maxConnections = 0;
    {
        QSqlQuery q(conn.value());
        if (q.exec(QStringLiteral("SHOW max_connections")) && q.next())
            maxConnections = q.value(0).toInt();
    }
    QTemporaryDir mailFolder(QDir::tempPath() + QStringLiteral("/invitedesk-bench-mail-XXXXXX"));
    if (!mailFolder.isValid()) {
        *why = QStringLiteral("cannot make a mail folder");
        return false;
    }
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    const QString pattern = QStringLiteral("md-%1-%%").arg(tag) + kDomain;

    // The serve instances and the dispatchers first: they must have their connections; the
    // desks take what the server has left.
    std::vector<Child> children;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INVITEDESK_MAIL"),
               QUrl::fromLocalFile(mailFolder.path()).toString());
    env.insert(QStringLiteral("INVITEDESK_PUBLIC_URL"), QStringLiteral("http://127.0.0.1"));
    auto launch = [&](const QString& what, const QStringList& args) -> Child& {
        Child c;
        c.what = what;
        c.process = std::make_unique<QProcess>();
        c.process->setProcessEnvironment(env);
        c.process->setStandardErrorFile(mailFolder.filePath(what + QStringLiteral(".log")));
        c.process->start(m_options.invitedeskBin,
                         QStringList{QStringLiteral("--database"), m_db->url().toString()} + args);
        c.process->waitForStarted(10000);
        children.push_back(std::move(c));
        return children.back();
    };
    auto stopChildren = [&] {
        for (Child& c : children)
            if (c.process->state() != QProcess::NotRunning)
                c.process->terminate(); // SIGTERM: a clean stop
        for (Child& c : children)
            if (!c.process->waitForFinished(30000)) {
                c.process->kill();
                c.process->waitForFinished(5000);
            }
    };
    QList<int> ports;
    for (int i = 0; i < m_options.serve; ++i) {
        Child& c = launch(QStringLiteral("serve-%1").arg(i),
                          {QStringLiteral("--json"), QStringLiteral("serve"),
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QByteArray started;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !started.contains('\n') &&
               c.process->state() != QProcess::NotRunning) {
            c.process->waitForReadyRead(500);
            started += c.process->readAllStandardOutput();
        }
        c.port = QJsonDocument::fromJson(started.trimmed())
                     .object()
                     .value(QStringLiteral("port"))
                     .toInt();
        if (c.port <= 0) {
            QFile log(mailFolder.filePath(c.what + QStringLiteral(".log")));
            log.open(QIODevice::ReadOnly);
            *why = QStringLiteral("%1 did not start: %2")
                       .arg(c.what, QString::fromUtf8(log.readAll().right(1000)));
            stopChildren();
            return false;
        }
        ports << c.port;
    }
    for (int i = 0; i < m_options.dispatchers; ++i) {
        Child& c = launch(QStringLiteral("dispatcher-%1").arg(i),
                          {QStringLiteral("outbox"), QStringLiteral("run")});
        // Its first line says it is connected ("Sending the outbox through ...").
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && c.process->state() != QProcess::NotRunning &&
               !c.process->canReadLine())
            c.process->waitForReadyRead(500);
        c.process->readLine();
    }
    out << QStringLiteral("many desks: %1 serve instance(s) on ports %2, %3 dispatcher(s)\n")
               .arg(m_options.serve)
               .arg([&] {
                   QStringList p;
                   for (int port : std::as_const(ports))
                       p << QString::number(port);
                   return p.join(QLatin1Char(','));
               }())
               .arg(m_options.dispatchers);
    out.flush();

    DeskFleet::Options fleetOptions;
    fleetOptions.thinkMs = m_options.thinkMs;
    DeskFleet fleet(m_db, deskActors(m_tree, m_options.desks), fleetOptions);
    const int connected = fleet.connect();
    out << QStringLiteral("many desks: %1 of %2 desks connected (2 connections each)%3\n")
               .arg(connected)
               .arg(m_options.desks)
               .arg(connected < m_options.desks
                        ? QStringLiteral("; refused: ") +
                              fleet.connectErrors().join(QStringLiteral("; "))
                        : QString());
    out.flush();
    int peak = connectionsNow(conn.value());

    AcceptDriver accepts(mailFolder.path(), ports, &fleet, kPassword);
    // The outbox is filled while the desks run: by distributors, in batches of 250 (the desk's
    // bulk create), the dispatchers draining it as it fills.
    InvitationService service(m_db, ServiceConfig{});
    QList<NewInvitation> inputs;
    for (int i = 0; i < m_options.messages; ++i) {
        NewInvitation n;
        n.email = QStringLiteral("md-%1-%2").arg(tag).arg(i) + kDomain;
        n.firstName = QStringLiteral("Desk");
        n.lastName = QStringLiteral("Invitee %1").arg(i);
        n.type = QStringLiteral("sales");
        inputs << n;
    }
    QElapsedTimer clock;
    clock.start();
    fleet.go();
    accepts.start();
    int created = 0;
    QString createError;
    // On a saturated server (too many desks for its cores) queueing crawls: it stops at a
    // deadline, says so, and the run goes on with what was queued instead of seeming to hang.
    const qint64 queueDeadlineMs = std::max<qint64>(120, 4 * qint64(m_options.seconds)) * 1000;
    bool queueCutShort = false;
    for (qsizetype start = 0; start < inputs.size(); start += 250) {
        if (clock.elapsed() > queueDeadlineMs) {
            queueCutShort = true;
            out << QStringLiteral("many desks: queueing stopped after %1 s with %2 of %3 "
                                  "invitations queued: the server is saturated (fewer desks, "
                                  "a longer --think-ms, or more cores)\n")
                       .arg(clock.elapsed() / 1000)
                       .arg(created)
                       .arg(inputs.size());
            out.flush();
            break;
        }
        const Actor& by = m_tree.distributors.at((start / 250) % m_tree.distributors.size());
        const BulkResult result = service.createMany(by, inputs.mid(start, 250));
        QHash<QString, QString> invitationByEmail;
        for (const BulkItemResult& item : result.items) {
            if (item.ok) {
                ++created;
                invitationByEmail.insert(item.invitation.email.toLower(), item.invitation.id);
            } else if (createError.isEmpty() && item.error) {
                createError = item.error->describe();
            }
        }
        // The invitees: they read the folder and accept as their e-mails arrive.
        accepts.expect(invitationByEmail);
        peak = std::max(peak, connectionsNow(conn.value()));
        out << QStringLiteral("many desks: %1 of %2 invitations queued (%3 s)\n")
                   .arg(created)
                   .arg(inputs.size())
                   .arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        out.flush();
    }
    if (created == 0) {
        accepts.stop();
        fleet.stopLoad();
        fleet.finish();
        stopChildren();
        *why = QStringLiteral("no invitation could be created: ") + createError;
        return false;
    }
    const double fillSeconds = clock.elapsed() / 1000.0;
    out << QStringLiteral("many desks: %1 invitations queued in %2 s\n")
               .arg(created)
               .arg(fillSeconds, 0, 'f', 1);
    out.flush();
    // The load's seconds count from here: on a busy machine queueing alone can take most of
    // them, and the invitees would have had no time to accept.
    QElapsedTimer window;
    window.start();
    while (window.elapsed() < qint64(m_options.seconds) * 1000) {
        QThread::msleep(250);
        peak = std::max(peak, connectionsNow(conn.value()));
    }
    accepts.stop();
    fleet.stopLoad();
    const double loadSeconds = clock.elapsed() / 1000.0;
    // The outbox drains (up to two minutes more), then every last message is read.
    QElapsedTimer draining;
    draining.start();
    int pending = pendingMail(conn.value(), pattern);
    while (pending != 0 && draining.elapsed() < 120000) {
        QThread::msleep(250);
        peak = std::max(peak, connectionsNow(conn.value()));
        pending = pendingMail(conn.value(), pattern);
    }
    QThread::msleep(1000); // the last notifications and files
    accepts.scan();
    fleet.finish();
    int childrenRunning = 0;
    QJsonArray ended;          // processes that stopped before the end: which, and their last words
    int sentByDispatchers = 0; // the rest went out through the serve instances' own dispatchers
    static const QRegularExpression sentLine(QStringLiteral("^Sent (\\d+),"),
                                             QRegularExpression::MultilineOption);
    for (const Child& c : children) {
        c.process->waitForFinished(0); // (no event loop here: this notes an exit)
        if (c.process->state() == QProcess::Running) {
            ++childrenRunning;
            continue;
        }
        QFile log(mailFolder.filePath(c.what + QStringLiteral(".log")));
        log.open(QIODevice::ReadOnly);
        ended.append(QStringLiteral("%1 (exit %2): %3")
                         .arg(c.what)
                         .arg(c.process->exitCode())
                         .arg(QString::fromUtf8(log.readAll().right(300)).trimmed()));
    }
    stopChildren();
    for (const Child& c : children) {
        if (!c.what.startsWith(QLatin1String("dispatcher")))
            continue;
        // After the stop: everything it printed has been read.
        auto lines = sentLine.globalMatch(QString::fromUtf8(c.process->readAllStandardOutput()));
        while (lines.hasNext())
            sentByDispatchers += lines.next().captured(1).toInt();
    }

    // Each accept's delay until each desk heard of it: from accepted_at (taken by serve as
    // its accept transaction starts, so the commit is included) to the notification received
    // and parsed on that desk's LISTEN connection. Same machine, same clock.
    const AcceptDriver::Figures accepted = accepts.figures();
    QHash<QString, qint64> acceptedAtUs;
    {
        QSqlQuery q(conn.value());
        if (Database::exec(q,
                           QStringLiteral("SELECT id::text, (extract(epoch FROM accepted_at) * "
                                          "1000000)::bigint FROM user_invitations WHERE email "
                                          "LIKE ? AND accepted_at IS NOT NULL"),
                           {pattern}))
            while (q.next())
                acceptedAtUs.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    // Also from the moment the invitee's browser had its answer: negative when the desk heard
    // first (NOTIFY goes out at the commit, the answer after it).
    QList<double> toDesk;
    QList<double> answerToDesk;
    qint64 missed = 0;
    for (qsizetype i = 0; i < accepted.accepted.size(); ++i) {
        const QString& id = accepted.accepted.at(i);
        const qint64 at = acceptedAtUs.value(id, -1);
        if (at < 0) {
            missed += fleet.listening();
            continue;
        }
        const QList<qint64> heard = fleet.heardAt(id, at);
        missed += fleet.listening() - heard.size();
        for (qint64 h : heard) {
            toDesk << (h - at) / 1000.0;
            answerToDesk << (h - accepted.answeredUs.at(i)) / 1000.0;
        }
    }
    int sentRows = 0;
    {
        QSqlQuery q(conn.value());
        if (Database::exec(q,
                           QStringLiteral("SELECT count(*) FROM email_outbox o JOIN "
                                          "user_invitations i ON i.id = o.invitation_id WHERE "
                                          "i.email LIKE ? AND o.kind = 'invitation' AND "
                                          "o.status = 'sent'"),
                           {pattern}) &&
            q.next())
            sentRows = q.value(0).toInt();
    }
    const DeskFleet::Latencies lat = fleet.latencies();
    QJsonObject r{
        {QStringLiteral("desks"), m_options.desks},
        {QStringLiteral("desks_connected"), connected},
        {QStringLiteral("connections_per_desk"), 2},
        {QStringLiteral("connections_peak"), peak},
        {QStringLiteral("max_connections"), maxConnections},
        {QStringLiteral("serve_instances"), m_options.serve},
        {QStringLiteral("dispatchers"), m_options.dispatchers},
        {QStringLiteral("processes_running_at_end"), childrenRunning},
        {QStringLiteral("sent_by_dispatchers"), sentByDispatchers},
        {QStringLiteral("seconds"), loadSeconds},
        {QStringLiteral("think_ms"), m_options.thinkMs},
        {QStringLiteral("desk_rounds"), double(fleet.rounds())},
        {QStringLiteral("desk_errors"), double(lat.errors)},
        {QStringLiteral("list_p50_ms"), percentile(lat.listMs, 0.5)},
        {QStringLiteral("list_p99_ms"), percentile(lat.listMs, 0.99)},
        {QStringLiteral("filter_p50_ms"), percentile(lat.filterMs, 0.5)},
        {QStringLiteral("filter_p99_ms"), percentile(lat.filterMs, 0.99)},
        {QStringLiteral("stats_p50_ms"), percentile(lat.statsMs, 0.5)},
        {QStringLiteral("stats_p99_ms"), percentile(lat.statsMs, 0.99)},
        {QStringLiteral("messages_queued"), created},
        {QStringLiteral("queue_seconds"), fillSeconds},
        {QStringLiteral("queue_cut_short"), queueCutShort},
        {QStringLiteral("messages_sent"), sentRows},
        {QStringLiteral("message_files"), accepted.messages},
        {QStringLiteral("messages_pending"), pending},
        {QStringLiteral("sent_twice"), accepted.sentTwice},
        {QStringLiteral("accepts"), int(accepted.accepted.size())},
        {QStringLiteral("accepts_refused"), accepted.refused},
        {QStringLiteral("accepts_retried"), accepted.retried},
        {QStringLiteral("accept_answer_p50_ms"), percentile(accepted.answerMs, 0.5)},
        {QStringLiteral("accept_answer_p99_ms"), percentile(accepted.answerMs, 0.99)},
        {QStringLiteral("accept_to_desk_p50_ms"), percentile(toDesk, 0.5)},
        {QStringLiteral("accept_to_desk_p99_ms"), percentile(toDesk, 0.99)},
        {QStringLiteral("accept_to_desk_max_ms"), percentile(toDesk, 1)},
        {QStringLiteral("answer_to_desk_p50_ms"), percentile(answerToDesk, 0.5)},
        {QStringLiteral("answer_to_desk_p99_ms"), percentile(answerToDesk, 0.99)},
        {QStringLiteral("accepts_missed"), double(missed)},
        {QStringLiteral("notifications"), double(fleet.notifications())},
        {QStringLiteral("read_everything_notifications"), double(fleet.readEverything())},
    };
    if (!ended.isEmpty())
        r.insert(QStringLiteral("processes_ended"), ended);
    if (!lat.firstError.isEmpty())
        r.insert(QStringLiteral("first_desk_error"), lat.firstError);
    if (!accepted.firstRefusal.isEmpty())
        r.insert(QStringLiteral("first_refusal"), accepted.firstRefusal);
    if (!createError.isEmpty())
        r.insert(QStringLiteral("first_create_error"), createError);
    *report = r;
    return true;
}

} // namespace invitedesk::bench
