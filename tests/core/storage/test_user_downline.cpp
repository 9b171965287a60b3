// Migration 017 (the downline as a closure table, issue 16): user_downline holds exactly the
// pairs the recursive definition over users.parent_user_id gives (each user its own ancestor
// at depth 0), backfilled from an existing tree, and kept by the triggers after every insert
// and every move, whoever writes users (the people repository's move, plain SQL); a move under
// one's own downline is refused by the database too and changes nothing. Both backends.
#include "core/storage/Migrator.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/UserRepository.h"
#include "tests/support/MigrationFixture.h"
#include "tests/support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QString kOrg = QStringLiteral("00000000-0000-0000-0000-00000000000a");
const QString kTime = QStringLiteral("2026-01-01T00:00:00.000Z");

QString idOf(int n)
{
    return QStringLiteral("00000000-0000-0000-0000-%1").arg(n + 1, 12, 10, QLatin1Char('0'));
}

// "ancestor>descendant:depth" for every row, sorted.
QStringList pairs(QSqlQuery& q, const QString& sql)
{
    QStringList out;
    if (!exec(q, sql))
        return {QStringLiteral("<error: %1>").arg(q.lastError().text())};
    while (q.next())
        out << QStringLiteral("%1>%2:%3")
                   .arg(q.value(0).toString().right(2), q.value(1).toString().right(2),
                        q.value(2).toString());
    out.sort();
    return out;
}

QStringList closure(QSqlQuery& q)
{
    return pairs(q, QStringLiteral("SELECT ancestor_id, descendant_id, depth FROM user_downline"));
}

// The definition the closure replaces: the recursive walk down users.parent_user_id.
QStringList recursive(QSqlQuery& q)
{
    return pairs(
        q, QStringLiteral("WITH RECURSIVE p(a, d, depth) AS (SELECT id, id, 0 FROM users UNION ALL "
                          "SELECT p.a, u.id, p.depth + 1 FROM p JOIN users u ON u.parent_user_id = "
                          "p.d) SELECT a, d, depth FROM p"));
}

bool insertTree(QSqlQuery& q, const QList<int>& parents)
{
    if (!exec(q,
              QStringLiteral("INSERT INTO organizations (id, name, kind, created_at) VALUES (?, "
                             "'Org', 'platform', ?)"),
              {kOrg, kTime}))
        return false;
    for (int n = 0; n < parents.size(); ++n) {
        if (!exec(q,
                  QStringLiteral("INSERT INTO users (id, email, password_hash, first_name, "
                                 "last_name, role, organization_id, parent_user_id, created_at) "
                                 "VALUES (?, ?, 'x', 'A', 'B', 'sales', ?, ?, ?)"),
                  {idOf(n), QStringLiteral("u%1@a.example").arg(n), kOrg,
                   parents[n] < 0 ? QVariant(QMetaType::fromType<QString>()) : idOf(parents[n]),
                   kTime})) {
            qWarning("inserting user %d: %s", n, qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

// Every user once at depth 0, and once more under each of its ancestors.
qsizetype expectedPairs(const QList<int>& parents)
{
    qsizetype n = 0;
    for (int u = 0; u < parents.size(); ++u)
        for (int a = u; a >= 0; a = parents[a])
            ++n;
    return n;
}

using Moves = QList<QPair<int, int>>; // (user, new upline), -1: to the top
} // namespace

class TestUserDownline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void closureFollowsEveryMove_data()
    {
        QTest::addColumn<QList<int>>("parents"); // each user's upline by index, -1: none
        QTest::addColumn<Moves>("moves");
        QTest::newRow("one user") << QList<int>{-1} << Moves{};
        QTest::newRow("a chain, cut and rejoined")
            << QList<int>{-1, 0, 1, 2, 3} << Moves{{3, 0}, {1, 4}, {4, -1}, {0, 2}};
        QTest::newRow("a star folded into a chain")
            << QList<int>{-1, 0, 0, 0, 0} << Moves{{1, 2}, {3, 1}, {2, 4}, {4, 0}};
        QTest::newRow("two trees merged and split")
            << QList<int>{-1, 0, 0, -1, 3, 3, 1} << Moves{{1, 3}, {4, 6}, {0, 5}, {6, -1}};
        QTest::newRow("deep and wide") << QList<int>{-1, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6}
                                       << Moves{{1, 6}, {3, 0}, {5, 11}, {9, 10}, {2, 7}, {6, 0}};
    }
    void closureFollowsEveryMove()
    {
        QFETCH(QList<int>, parents);
        QFETCH(Moves, moves);
        DatabasePtr db;
        INVITEDESK_REQUIRE_DB(db);
        QSqlDatabase conn = db->connection().value();
        QSqlQuery q(conn);
        QVERIFY(insertTree(q, parents));
        const QStringList afterInserts = closure(q);
        QCOMPARE(afterInserts.size(), expectedPairs(parents));
        QCOMPARE(afterInserts, recursive(q));

        PeopleRepository people(*db, conn);
        for (const auto& [user, upline] : moves) {
            if (upline < 0) {
                // Plain SQL, as a DBA would: the triggers keep the closure all the same.
                QVERIFY2(exec(q,
                              QStringLiteral("UPDATE users SET parent_user_id = NULL WHERE id = ?"),
                              {idOf(user)}),
                         qPrintable(q.lastError().text()));
            } else {
                QSqlQuery from(conn);
                QVERIFY(exec(from, QStringLiteral("SELECT parent_user_id FROM users WHERE id = ?"),
                             {idOf(user)}) &&
                        from.next());
                auto moved = people.setParent(idOf(user), from.value(0).toString(), idOf(upline));
                QVERIFY2(moved.ok() && moved.value(),
                         moved.ok() ? "" : qPrintable(moved.error().describe()));
            }
            const QStringList now = closure(q);
            const QStringList expected = recursive(q);
            QVERIFY2(now == expected,
                     now == expected
                         ? QByteArray()
                         : QStringLiteral("after moving %1 under %2: %3, expected %4")
                               .arg(user)
                               .arg(upline)
                               .arg(now.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')))
                               .toUtf8());
            // The repository's readers agree with it.
            if (upline >= 0) {
                UserRepository users(*db, conn);
                QVERIFY(users.isInDownline(idOf(upline), idOf(user)).value());
                QVERIFY(!users.isInDownline(idOf(user), idOf(upline)).value());
            }
        }
    }

    void aCycleIsRefusedAndChangesNothing()
    {
        DatabasePtr db;
        INVITEDESK_REQUIRE_DB(db);
        QSqlQuery q(db->connection().value());
        QVERIFY(insertTree(q, {-1, 0, 1, 2}));
        const QStringList before = closure(q);
        // 1 under 3, which is below 1.
        QVERIFY(!exec(q, QStringLiteral("UPDATE users SET parent_user_id = ? WHERE id = ?"),
                      {idOf(3), idOf(1)}));
        QCOMPARE(closure(q), before);
        QVERIFY(
            exec(q, QStringLiteral("SELECT parent_user_id FROM users WHERE id = ?"), {idOf(1)}));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), idOf(0));
    }

    void backfilledFromAnExistingTree()
    {
        QString error;
        DatabasePtr db = databaseAtVersion(16, &error);
        QVERIFY2(db, qPrintable(error));
        Migrator m(db);
        QSqlQuery q(db->connection().value());
        const QList<int> parents{-1, 0, 0, 1, 1, 2, 5, 6, -1, 8};
        QVERIFY(insertTree(q, parents));
        QCOMPARE(m.migrate().value(), m.latestVersion());
        QVERIFY(m.check().ok());
        const QStringList backfilled = closure(q);
        QCOMPARE(backfilled.size(), expectedPairs(parents));
        QCOMPARE(backfilled, recursive(q));
    }
};

QTEST_GUILESS_MAIN(TestUserDownline)
#include "test_user_downline.moc"
