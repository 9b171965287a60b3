// local_time_zone::keepLoaded (app/main.cpp, invitedesk-bench): with TZ unset it names the
// file glibc would read anyway, so local times stay what they were; a TZ already set is kept.
#include "core/config/LocalTimeZone.h"

#include <QDateTime>
#include <QTimeZone>
#include <QtTest>

using namespace invitedesk;

class TestLocalTimeZone : public QObject {
    Q_OBJECT
private slots:
    void keepsTheZone_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::addColumn<QByteArray>("expected");
#if defined(Q_OS_LINUX)
        QTest::newRow("unset") << QByteArray() << QByteArray(":/etc/localtime");
#endif
        QTest::newRow("set by the user") << QByteArray("Asia/Tokyo") << QByteArray("Asia/Tokyo");
    }

    void keepsTheZone()
    {
        QFETCH(QByteArray, tz);
        QFETCH(QByteArray, expected);
        const QByteArray saved = qgetenv("TZ");
        const bool wasSet = qEnvironmentVariableIsSet("TZ");
        if (tz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", tz);
        // A summer and a winter moment: any daylight saving shows in one of them.
        const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), QTimeZone::utc());
        const QDateTime winter(QDate(2026, 1, 15), QTime(12, 0), QTimeZone::utc());
        const int summerBefore = summer.toLocalTime().offsetFromUtc();
        const int winterBefore = winter.toLocalTime().offsetFromUtc();

        local_time_zone::keepLoaded();

        const QByteArray now = qgetenv("TZ");
        const int summerAfter = summer.toLocalTime().offsetFromUtc();
        const int winterAfter = winter.toLocalTime().offsetFromUtc();
        if (wasSet)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
        QCOMPARE(now, expected);
        QCOMPARE(summerAfter, summerBefore);
        QCOMPARE(winterAfter, winterBefore);
        if (!tz.isNull()) // the zone was really in use: Tokyo is 9 hours ahead all year
            QCOMPARE(summerAfter, 9 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestLocalTimeZone)
#include "test_local_time_zone.moc"
