#pragma once

#include "core/services/Statistics.h"

#include <QTest>
#include <QTimeZone>

namespace invitedesk::test {

// A range that holds every invitation: the grouped reads answer for it, where the same
// statistics without a range come from the kept counts.
inline StatisticsRange everythingRange()
{
    return {QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()),
            QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc())};
}

// One inviter's line, every figure.
inline void compareInviterLine(const InviterStatistics& a, const InviterStatistics& b)
{
    QCOMPARE(a.userId, b.userId);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.email, b.email);
    QCOMPARE(a.total, b.total);
    QCOMPARE(a.byStatus, b.byStatus);
    QCOMPARE(a.delivered, b.delivered);
    QCOMPARE(a.acceptedDelivered, b.acceptedDelivered);
}

// Compares every figure of two statistics that should agree (QCOMPARE: returns from the
// calling test function's helper on the first difference; check QTest::currentTestFailed()).
// The weekly trend only when `withTrend` (two date ranges have different weeks).
inline void compareStatistics(const Statistics& actual, const Statistics& expected, bool withTrend)
{
    QCOMPARE(actual.total, expected.total);
    QCOMPARE(actual.byStatus, expected.byStatus);
    QCOMPARE(actual.byType, expected.byType);
    QCOMPARE(actual.sent, expected.sent);
    QCOMPARE(actual.opened, expected.opened);
    QCOMPARE(actual.accepted, expected.accepted);
    QCOMPARE(actual.delivered, expected.delivered);
    QCOMPARE(actual.acceptedDelivered, expected.acceptedDelivered);
    QCOMPARE(actual.expiring48h, expected.expiring48h);
    QCOMPARE(actual.medianHoursToAccept, expected.medianHoursToAccept);
    if (withTrend)
        QCOMPARE(actual.weekly, expected.weekly);
    QCOMPARE(actual.byInviter.size(), expected.byInviter.size());
    for (int i = 0; i < int(actual.byInviter.size()); ++i) {
        compareInviterLine(actual.byInviter.at(i), expected.byInviter.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    // Not a vacuous agreement: there are invitations to count.
    QVERIFY(actual.total > 0);
}

} // namespace invitedesk::test
