// The cost of row-level security (issue 15, item 1) on the invitation list (label bench;
// prints figures, never fails on time). A PostgreSQL cluster of the bench's own with the
// default durability (fsync on), the fixture tree plus INVITEDESK_BENCH_SALES sales reps under
// one distributor (default 400) and INVITEDESK_BENCH_ROWS invitations (default 100,000): six
// sevenths sent by that distributor's sales reps, the rest by another distributor's. For an
// admin, the distributor, a sales rep who sent none of them (the fixture's sales1: a page the
// planner must find empty without reading the table) and one who sent their share (rep0),
// InvitationService::list (first page of 50, and page 500 by keyset) runs 50 times through the
// service account (owner: no row security) and 50 times through the person's own login
// (row-level security on top of the service's own visibility), each on a new connection. Each
// side first lists once untimed: a new connection's first statement pays for the session's
// caches (and, on the person's, the PL/pgSQL functions' compiling), as a desk does once after
// sign-in; that call's time is printed apart ("first call", without / with). Prints p50/p99 of
// both and the difference, and one JSON object as its last line.
// Fails (exit 1) only when the two connections list different invitations, or set-up fails.
#include "core/services/InvitationService.h"
#include "core/storage/PersonLoginRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/support/DurableCluster.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>

using namespace invitedesk;
using invitedesk::test::DurableCluster;

namespace {
QTextStream out(stdout);
const QString kPassword = QStringLiteral("Bench-login-2026!");

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {})
{
    if (Database::exec(q, sql, binds))
        return true;
    out << "seed: " << q.lastError().text() << "\n";
    return false;
}

bool seed(const DatabasePtr& db, const test::UserTree& tree, int salesReps, int rows)
{
    QSqlQuery q(db->connection().value());
    const User dist = tree[QStringLiteral("dist1")];
    const User other = tree[QStringLiteral("sales2")];
    if (!exec(q,
              QStringLiteral(
                  "INSERT INTO users (id, email, password_hash, first_name, last_name, role, "
                  "organization_id, parent_user_id, is_active, created_at, invited_by_id) "
                  "SELECT md5('rs' || g)::uuid, 'bench-rs' || g || '@bench.example', "
                  "(SELECT password_hash FROM users WHERE id = ?::uuid), 'Sam', 'Rep ' || g, "
                  "'sales', ?::uuid, ?::uuid, true, now(), ?::uuid FROM generate_series(0, ?) g"),
              {dist.id, dist.organizationId, dist.id, dist.id, salesReps - 1}))
        return false;
    // Six sevenths by the distributor's reps (md5('rs' || n)), one seventh by sales2.
    if (!exec(q,
              QStringLiteral(
                  "INSERT INTO user_invitations (id, email, first_name, last_name, "
                  "invitation_type, role_name, status, organization_id, invited_by_id, "
                  "parent_user_id, language, details, expires_at, created_at, updated_at) "
                  "SELECT gen_random_uuid(), 'bench' || g || '@bench.example', 'Bench', "
                  "'Invitee ' || g, 'doctor', 'doctor', (ARRAY['pending','sent','failed',"
                  "'cancelled','expired'])[1 + (g / 7) % 5], ?::uuid, "
                  "CASE WHEN g % 7 = 0 THEN ?::uuid ELSE md5('rs' || (g % ?))::uuid END, NULL, "
                  "'en', '{}'::jsonb, now() + interval '7 days', "
                  "now() - make_interval(secs => g), now() FROM generate_series(0, ?) g"),
              {dist.organizationId, other.id, salesReps, rows - 1}))
        return false;
    return q.exec(QStringLiteral("ANALYZE"));
}

struct Figures {
    double first = 0;
    double p50 = 0;
    double p99 = 0;
    QStringList firstIds;
};

Figures measure(const DatabasePtr& db, const User& actor, int page, QString* error)
{
    InvitationService service(db, ServiceConfig{});
    // The keyset cursor of `page`, walked to once, untimed: the figure is what showing that
    // page costs (what scrolling there costs), 50 times.
    InvitationQuery query;
    query.limit = 50;
    for (int p = 1; p < page; ++p) {
        auto listed = service.list(actor, query);
        if (!listed) {
            *error = listed.error().describe();
            return {};
        }
        if (!listed->hasMore)
            break;
        query.afterValue = listed->nextAfterValue;
        query.afterId = listed->nextAfterId;
    }
    QList<double> ms;
    Figures f;
    QElapsedTimer warm;
    warm.start();
    if (auto listed = service.list(actor, query); !listed) {
        *error = listed.error().describe();
        return f;
    }
    f.first = warm.nsecsElapsed() / 1e6;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer t;
        t.start();
        auto listed = service.list(actor, query);
        const double elapsed = t.nsecsElapsed() / 1e6;
        if (!listed) {
            *error = listed.error().describe();
            return f;
        }
        if (run == 0)
            for (const Invitation& i : listed->items)
                f.firstIds << i.id;
        ms << elapsed;
    }
    std::sort(ms.begin(), ms.end());
    f.p50 = ms.at(ms.size() / 2);
    f.p99 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.99)));
    return f;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rows = qEnvironmentVariableIntValue("INVITEDESK_BENCH_ROWS") > 0
                         ? qEnvironmentVariableIntValue("INVITEDESK_BENCH_ROWS")
                         : 100000;
    const int salesReps = qEnvironmentVariableIntValue("INVITEDESK_BENCH_SALES") > 0
                              ? qEnvironmentVariableIntValue("INVITEDESK_BENCH_SALES")
                              : 400;
    DurableCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        out << "bench_row_security: cannot start PostgreSQL: " << error << "\n";
        return 1;
    }
    qputenv("INVITEDESK_TEST_PG_URL", cluster.adminUrl().toUtf8());
    qputenv("INVITEDESK_TEST_BACKEND", "postgres");
    auto opened = test::TestDatabase::create(&error);
    if (!opened) {
        out << "bench_row_security: " << error << "\n";
        return 1;
    }
    DatabasePtr db = opened;
    test::UserTree tree = test::TestFixtures::makeTree(db);
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(db, tree, salesReps, rows))
        return 1;
    auto rep0 = UserRepository(*db, db->connection().value())
                    .findByEmail(QStringLiteral("bench-rs0@bench.example"));
    if (!rep0 || !rep0.value()) {
        out << "bench_row_security: the seeded sales rep rep0 is missing\n";
        return 1;
    }
    tree.users.insert(QStringLiteral("rep0"), *rep0.value());
    out << "PostgreSQL of the bench's own (fsync on); seeded " << rows << " invitations, "
        << salesReps << " sales reps under dist1, in " << seeding.elapsed() / 1000.0 << " s\n";

    QJsonObject report;
    for (const char* key : {"admin", "dist1", "sales1", "rep0"}) {
        const User actor = tree[QString::fromLatin1(key)];
        auto login = PersonLoginRepository(*db, db->connection().value()).sync(actor.id, kPassword);
        if (!login) {
            out << "bench_row_security: " << login.error().describe() << "\n";
            return 1;
        }
        // Each side on a connection of its own for this person, as two desks would be: a
        // connection's kept statements choose between a generic plan and planning afresh
        // from the costs of their earlier calls, so a connection shared with the distributor
        // (whose calls cost far more) would flatter the sales reps' figures.
        auto service = Database::open(db->url().toString());
        if (!service) {
            out << "bench_row_security: " << service.error().describe() << "\n";
            return 1;
        }
        // As the desk connects on a URL without a user (Database::openAsPerson).
        DatabaseUrl url = db->url();
        url.user.clear();
        url.password.clear();
        auto person = Database::openAsPerson(url.toString(), actor.email, kPassword);
        if (!person) {
            out << "bench_row_security: " << person.error().describe() << "\n";
            return 1;
        }
        QJsonObject entry;
        for (int page : {1, 500}) {
            if (page > 1 && qstrcmp(key, "admin") != 0 && qstrcmp(key, "dist1") != 0)
                continue; // a sales rep's share is one page
            const Figures without = measure(service.value(), actor, page, &error);
            const Figures with = measure(person.value(), actor, page, &error);
            if (!error.isEmpty()) {
                out << "bench_row_security: " << key << ": " << error << "\n";
                return 1;
            }
            if (without.firstIds != with.firstIds) {
                out << "bench_row_security: " << key << " page " << page
                    << ": the person's own login listed other invitations than the service\n";
                return 1;
            }
            out << QStringLiteral("%1 page %2: without RLS p50 %3 ms p99 %4 ms; with RLS p50 %5 "
                                  "ms p99 %6 ms (p99 %7%8 ms); first call %9 / %10 ms\n")
                       .arg(QString::fromLatin1(key))
                       .arg(page)
                       .arg(without.p50, 0, 'f', 2)
                       .arg(without.p99, 0, 'f', 2)
                       .arg(with.p50, 0, 'f', 2)
                       .arg(with.p99, 0, 'f', 2)
                       .arg(with.p99 >= without.p99 ? QStringLiteral("+") : QString())
                       .arg(with.p99 - without.p99, 0, 'f', 2)
                       .arg(without.first, 0, 'f', 2)
                       .arg(with.first, 0, 'f', 2);
            out.flush();
            entry.insert(QStringLiteral("page_%1").arg(page),
                         QJsonObject{{QStringLiteral("without_rls_p50_ms"), without.p50},
                                     {QStringLiteral("without_rls_p99_ms"), without.p99},
                                     {QStringLiteral("with_rls_p50_ms"), with.p50},
                                     {QStringLiteral("with_rls_p99_ms"), with.p99},
                                     {QStringLiteral("without_rls_first_ms"), without.first},
                                     {QStringLiteral("with_rls_first_ms"), with.first}});
        }
        report.insert(QString::fromLatin1(key), entry);
    }
    report.insert(QStringLiteral("rows"), rows);
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << "\n";
    return 0;
}
