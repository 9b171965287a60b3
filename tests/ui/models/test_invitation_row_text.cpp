// The invitation list's words (issue 18, item 10): one date style per column (Created and
// Sent as a day, "4 Dec 2026"; Expires relative), relative durations rounded by calendar
// date so a 7-day invitation reads "in 7 days", and "Never delivered" for an invitation that
// expired before its e-mail ever went out. No database: rows are built here, on fixed dates.
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationRowText.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/RelativeTime.h"

#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;

namespace {
// Noon, local time: the calendar arithmetic below does not depend on the test machine's zone.
QDateTime localNoon(const QDate& day)
{
    return QDateTime(day, QTime(12, 0));
}
const QDateTime kNow = localNoon(QDate(2026, 12, 4));
} // namespace

class TestInvitationRowText : public QObject {
    Q_OBJECT
private:
    LanguageManager m_languages;

    static QString cell(const InvitationRow& row, int column)
    {
        return InvitationRowText::display(row, column, kNow).toString();
    }

private slots:
    void initTestCase() { m_languages.apply(QStringLiteral("en")); }

    void relativeDurations_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QString>("text");
        QTest::newRow("7 days, sent just now") << kNow.addDays(7) << "in 7 days";
        QTest::newRow("7 days, a minute later") << kNow.addDays(7).addSecs(-60) << "in 7 days";
        QTest::newRow("7 days, three hours less")
            << kNow.addDays(7).addSecs(-3 * 3600) << "in 7 days";
        QTest::newRow("tomorrow evening")
            << localNoon(QDate(2026, 12, 5)).addSecs(9 * 3600) << "in 1 day";
        QTest::newRow("two calendar days")
            << localNoon(QDate(2026, 12, 6)).addSecs(-11 * 3600) << "in 2 days";
        QTest::newRow("hours, rounded") << kNow.addSecs(5 * 3600 + 40 * 60) << "in 6 hours";
        QTest::newRow("never a day in hours") << kNow.addSecs(23 * 3600 + 50 * 60) << "in 23 hours";
        QTest::newRow("minutes, rounded") << kNow.addSecs(-(14 * 60 + 40)) << "15 minutes ago";
        QTest::newRow("just now") << kNow.addSecs(-30) << "just now";
        QTest::newRow("days ago") << kNow.addDays(-3).addSecs(3600) << "3 days ago";
        QTest::newRow("far ahead stays relative") << kNow.addDays(90) << "in 90 days";
    }
    void relativeDurations()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QString, text);
        QCOMPARE(RelativeTime::describe(moment, kNow), text);
    }

    void oneDateStylePerColumn()
    {
        InvitationRow row;
        row.status = InvitationStatus::Sent;
        row.delivery = DeliveryState::Sent;
        row.deliveryStatus = QStringLiteral("sent");
        row.createdAt = localNoon(QDate(2026, 12, 1)).addSecs(-3 * 3600);
        row.sentAt = localNoon(QDate(2026, 12, 1));
        row.expiresAt = kNow.addDays(7);
        QCOMPARE(cell(row, InvitationTableModel::CreatedColumn), QStringLiteral("1 Dec 2026"));
        QCOMPARE(cell(row, InvitationTableModel::SentColumn), QStringLiteral("1 Dec 2026"));
        QCOMPARE(cell(row, InvitationTableModel::ExpiresColumn), QStringLiteral("in 7 days"));
        // Long ago stays a day; far ahead stays relative.
        row.sentAt = localNoon(QDate(2025, 3, 9));
        QCOMPARE(cell(row, InvitationTableModel::SentColumn), QStringLiteral("9 Mar 2025"));
        row.sentAt = QDateTime();
        QCOMPARE(cell(row, InvitationTableModel::SentColumn), QStringLiteral("not yet"));
        // The exact moments are in the tooltips.
        QVERIFY(!InvitationRowText::toolTip(row, InvitationTableModel::CreatedColumn, kNow)
                     .toString()
                     .isEmpty());
    }

    void neverDelivered_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("deliveryStatus");
        QTest::addColumn<QString>("text");
        const int expired = int(InvitationStatus::Expired);
        QTest::newRow("expired, queued") << expired << "queued"
                                         << "Never delivered";
        QTest::newRow("expired, waiting to retry") << expired << "deferred"
                                                   << "Never delivered";
        QTest::newRow("pending, queued") << int(InvitationStatus::Pending) << "queued"
                                         << "queued";
        QTest::newRow("expired, cancelled") << expired << "cancelled"
                                            << "not sent";
    }
    void neverDelivered()
    {
        QFETCH(int, status);
        QFETCH(QString, deliveryStatus);
        QFETCH(QString, text);
        InvitationRow row;
        row.status = InvitationStatus(status);
        row.deliveryStatus = deliveryStatus;
        row.delivery = DeliveryStates::of(deliveryStatus, QString());
        row.expiresAt = kNow.addDays(-1);
        QCOMPARE(cell(row, InvitationTableModel::DeliveryColumn), text);
        QVERIFY(cell(row, InvitationTableModel::DeliveryColumn) != QStringLiteral("queued") ||
                row.status != InvitationStatus::Expired);
    }
};

QTEST_MAIN(TestInvitationRowText)
#include "test_invitation_row_text.moc"
