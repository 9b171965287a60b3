// The Statistics page reads the first inviters of the breakdown only (issue 16: a platform has
// thousands, and reading, ranking and naming each was most of the statistics' time), the rest
// on request. The first N lines are the full breakdown's first N, with every inviter tied with
// the last of them, and inviterCount says how many there are in all; the same on the kept
// counts' path (all time, ranked in the database) and on the grouped path (a range, a
// downline). Fixed clock; both backends.
#include "InvitationServiceFixture.h"
#include "StatisticsComparison.h"

#include <QTest>
#include <QTimeZone>

using namespace invitedesk;
using namespace invitedesk::test;

namespace {
const QDateTime kStart(QDate(2026, 10, 5), QTime(9, 30), QTimeZone::utc());
const QDateTime kNow = kStart.addDays(9);
// Past every invitation's expiry, before any sweep: the lines show them expired.
const QDateTime kLate = kStart.addDays(45);
const StatisticsRange kEverything = everythingRange();

// Invitations per inviter: sales1 3, dist1 2, dist2 2, doctor1 1, admin 1.
struct Planned {
    const char* inviter;
    const char* type;
};
const Planned kPlan[] = {
    {"sales1", "doctor"}, {"sales1", "doctor"},   {"sales1", "doctor"},
    {"dist1", "sales"},   {"dist1", "doctor"},    {"dist2", "sales"},
    {"dist2", "doctor"},  {"admin", "chp_admin"}, {"doctor1", "medical_staff"}};
} // namespace

class TestStatisticsFirstInviters : public InvitationServiceFixture {
    Q_OBJECT
private:
    QStringList namesOf(const QList<InviterStatistics>& lines) const
    {
        QStringList out;
        for (const InviterStatistics& line : lines) {
            for (auto it = m_tree.users.begin(); it != m_tree.users.end(); ++it) {
                if (it.value().id == line.userId)
                    out << it.key();
            }
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        setUpFixture();
        for (int i = 0; i < int(std::size(kPlan)); ++i) {
            NewInvitation in = request(QStringLiteral("first%1@example.com").arg(i),
                                       QString::fromLatin1(kPlan[i].type));
            in.expiresDays = 30;
            auto made = serviceAt(kStart.addDays(i))
                            .create(m_tree[QString::fromLatin1(kPlan[i].inviter)], in);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
        }
    }

    void firstLinesOfTheWhole_data()
    {
        QTest::addColumn<bool>("kept"); // all time (the kept counts) or a range (grouped)
        QTest::addColumn<bool>("late"); // every invitation past its expiry, unswept
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // as a set; the order is the whole's
        const QStringList all{"sales1", "dist1", "dist2", "admin", "doctor1"};
        for (const bool kept : {true, false}) {
            for (const bool late : {false, true}) {
                const QString path = QStringLiteral("%1%2: ").arg(
                    kept ? QStringLiteral("kept") : QStringLiteral("grouped"),
                    late ? QStringLiteral(", unswept") : QString());
                const auto row = [&](const char* what) -> QTestData& {
                    return QTest::newRow(qPrintable(path + QLatin1String(what)));
                };
                row("every inviter") << kept << late << 0 << all;
                row("the first") << kept << late << 1 << QStringList{"sales1"};
                row("a tie at the cut comes whole")
                    << kept << late << 2 << QStringList{"sales1", "dist1", "dist2"};
                row("the cut after the tie")
                    << kept << late << 3 << QStringList{"sales1", "dist1", "dist2"};
                row("the last tie") << kept << late << 4 << all;
                row("more than there are") << kept << late << 50 << all;
            }
        }
    }
    void firstLinesOfTheWhole()
    {
        QFETCH(bool, kept);
        QFETCH(bool, late);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        const User admin = m_tree["admin"];
        const StatisticsRange range = kept ? StatisticsRange{} : kEverything;
        InvitationService service = serviceAt(late ? kLate : kNow);
        auto whole = service.statistics(admin, {}, range);
        QVERIFY2(whole.ok(), whole.ok() ? "" : qPrintable(whole.error().describe()));
        auto first = service.statistics(admin, {}, range, limit);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));

        QCOMPARE(whole->inviterCount, qint64(5));
        QCOMPARE(first->inviterCount, qint64(5));
        QCOMPARE(whole->byInviter.size(), 5);
        QVERIFY(whole->hasEveryInviter());
        QCOMPARE(first->hasEveryInviter(), expected.size() == 5);
        QStringList got = namesOf(first->byInviter);
        QCOMPARE(got, namesOf(whole->byInviter).mid(0, got.size())); // the whole's order
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        // Each line as the whole has it: totals, statuses (expired when late), delivery.
        for (qsizetype i = 0; i < first->byInviter.size(); ++i) {
            compareInviterLine(first->byInviter.at(i), whole->byInviter.at(i));
            if (QTest::currentTestFailed())
                return;
            if (late) {
                const InviterStatistics& line = first->byInviter.at(i);
                QCOMPARE(line.byStatus.value(QStringLiteral("expired")), line.total);
            }
        }
        // The rest of the figures do not depend on the breakdown's length.
        QCOMPARE(first->total, whole->total);
        QCOMPARE(first->byStatus, whole->byStatus);
        QCOMPARE(first->byType, whole->byType);
        QCOMPARE(first->toJson().value(QStringLiteral("inviter_count")).toInteger(), 5);
    }

    // A downline's statistics (the grouped path through the closure) are cut the same way.
    void aDownlineIsCutAlike()
    {
        auto first = serviceAt(kNow).statistics(m_tree["admin"], m_tree["master"].id, {}, 1);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().describe()));
        auto whole = serviceAt(kNow).statistics(m_tree["admin"], m_tree["master"].id);
        QVERIFY(whole.ok());
        QVERIFY(whole->inviterCount >= 2);
        QCOMPARE(first->inviterCount, whole->inviterCount);
        QCOMPARE(namesOf(first->byInviter), QStringList{"sales1"});
    }

    void aNegativeLimitIsRefused()
    {
        auto s = serviceAt(kNow).statistics(m_tree["admin"], {}, {}, -1);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QCOMPARE(s.error().field, QStringLiteral("inviter_limit"));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsFirstInviters)
#include "test_statistics_first_inviters.moc"
