// The small custom widgets: status badge colours and painting, trend chart, funnel, stat
// card and the SVG icons.
#include "ui/models/ItemRoles.h"
#include "ui/widgets/FunnelWidget.h"
#include "ui/widgets/StatCard.h"
#include "ui/widgets/StatusBadgeDelegate.h"
#include "ui/widgets/SvgIconEngine.h"
#include "ui/widgets/TrendChartWidget.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QtTest>

#include <cmath>

using namespace invitedesk;
using namespace invitedesk::ui;

Q_DECLARE_METATYPE(invitedesk::InvitationStatus)
Q_DECLARE_METATYPE(invitedesk::ui::StatusBadgeDelegate::Badge)

namespace {
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    return p;
}
// WCAG 2.1 relative luminance and contrast ratio, computed here from the 8-bit colours that
// are painted (not with the delegate's own function).
double wcagLuminance(const QColor& colour)
{
    const QColor c(colour.rgb());
    auto linear = [](int v8) {
        const double v = v8 / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}
double wcagContrast(const QColor& a, const QColor& b)
{
    const double la = wcagLuminance(a);
    const double lb = wcagLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
QString badgeName(StatusBadgeDelegate::Badge b)
{
    static const char* names[] = {
        "pending", "sent", "saved-not-delivered", "accepted", "failed", "cancelled", "expired"};
    return QString::fromLatin1(names[int(b)]);
}
} // namespace

class TestUiWidgets : public QObject {
    Q_OBJECT
private slots:
    void badgeIsReadableInBothPalettes_data()
    {
        QTest::addColumn<InvitationStatus>("status");
        QTest::addColumn<bool>("dark");
        for (InvitationStatus s : statuses::all()) {
            QTest::addRow("%s light", qPrintable(statuses::name(s))) << s << false;
            QTest::addRow("%s dark", qPrintable(statuses::name(s))) << s << true;
        }
    }
    void badgeIsReadableInBothPalettes()
    {
        QFETCH(InvitationStatus, status);
        QFETCH(bool, dark);
        const QPalette palette = dark ? darkPalette() : lightPalette();
        const auto c = StatusBadgeDelegate::colours(status, palette);
        // WCAG AA for normal text.
        QVERIFY2(StatusBadgeDelegate::contrastRatio(c.text, c.background) >= 4.5,
                 qPrintable(QStringLiteral("contrast %1")
                                .arg(StatusBadgeDelegate::contrastRatio(c.text, c.background))));
        // The badge is tinted, not the plain cell background.
        QVERIFY(c.background != palette.color(QPalette::Base));
    }

    // Issue 18, item 14 (WCAG 2.1 AA, 1.4.3): every badge's label on its tint reaches 4.5:1 in
    // light palettes: the tests' plain one, and Fusion's standard light one.
    void everyBadgeMeetsAaContrast_data()
    {
        QTest::addColumn<StatusBadgeDelegate::Badge>("badge");
        QTest::addColumn<QPalette>("palette");
        QPalette fusion = QApplication::style()->standardPalette();
        QVERIFY(wcagLuminance(fusion.color(QPalette::Base)) >
                wcagLuminance(fusion.color(QPalette::Text)));
        for (StatusBadgeDelegate::Badge b : StatusBadgeDelegate::allBadges()) {
            QTest::addRow("%s plain", qPrintable(badgeName(b))) << b << lightPalette();
            QTest::addRow("%s standard", qPrintable(badgeName(b))) << b << fusion;
        }
    }
    void everyBadgeMeetsAaContrast()
    {
        QFETCH(StatusBadgeDelegate::Badge, badge);
        QFETCH(QPalette, palette);
        const auto c = StatusBadgeDelegate::colours(badge, palette);
        const double ratio = wcagContrast(c.text, c.background);
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3:1")
                                              .arg(c.text.name(), c.background.name())
                                              .arg(ratio)));
    }

    // "Saved, not delivered" has its own colour, never the "Sent" one.
    void savedBadgeIsNotSent()
    {
        using B = StatusBadgeDelegate::Badge;
        QCOMPARE(
            StatusBadgeDelegate::badgeOf(InvitationStatus::Sent, DeliveryState::SavedNotDelivered),
            B::SavedNotDelivered);
        QCOMPARE(StatusBadgeDelegate::badgeOf(InvitationStatus::Sent, DeliveryState::Sent),
                 B::Sent);
        for (const QPalette& p : {lightPalette(), darkPalette()}) {
            const auto saved = StatusBadgeDelegate::colours(B::SavedNotDelivered, p);
            const auto sent = StatusBadgeDelegate::colours(B::Sent, p);
            QVERIFY(saved.background.rgb() != sent.background.rgb());
            QVERIFY(saved.text.rgb() != sent.text.rgb());
        }
        const int hueGap = std::abs(StatusBadgeDelegate::hue(B::SavedNotDelivered).hue() -
                                    StatusBadgeDelegate::hue(B::Sent).hue());
        QVERIFY2(std::min(hueGap, 360 - hueGap) >= 60, qPrintable(QString::number(hueGap)));
        QSet<QRgb> seen;
        for (B b : StatusBadgeDelegate::allBadges())
            seen.insert(StatusBadgeDelegate::colours(b, lightPalette()).background.rgb());
        QCOMPARE(seen.size(), StatusBadgeDelegate::allBadges().size());
    }

    // The list's model says a sent e-mail was only saved (DeliveryStateRole): the delegate
    // paints that badge, not the "Sent" one.
    void delegatePaintsTheSavedBadge()
    {
        QStandardItemModel model(1, 1);
        auto* item = new QStandardItem(QStringLiteral("Saved, not delivered"));
        item->setData(int(InvitationStatus::Sent), StatusRole);
        item->setData(int(DeliveryState::SavedNotDelivered), DeliveryStateRole);
        model.setItem(0, 0, item);
        QTableView view;
        view.setPalette(lightPalette());
        view.setModel(&model);
        view.setItemDelegateForColumn(0, new StatusBadgeDelegate(&view));
        view.resize(300, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab().toImage();
        const QColor expected = StatusBadgeDelegate::colours(
                                    StatusBadgeDelegate::Badge::SavedNotDelivered, view.palette())
                                    .background;
        bool found = false;
        for (int x = cell.left() + 5; x < cell.left() + 14 && !found; ++x) {
            const QColor px = image.pixelColor(x * image.devicePixelRatio(),
                                               cell.center().y() * image.devicePixelRatio());
            found = std::abs(px.red() - expected.red()) < 8 &&
                    std::abs(px.green() - expected.green()) < 8 &&
                    std::abs(px.blue() - expected.blue()) < 8;
        }
        QVERIFY(found);
    }

    void badgesDifferPerStatus()
    {
        QSet<QRgb> seen;
        for (InvitationStatus s : statuses::all())
            seen.insert(StatusBadgeDelegate::colours(s, lightPalette()).background.rgb());
        QCOMPARE(seen.size(), statuses::all().size());
    }

    void delegatePaintsTheBadge()
    {
        QStandardItemModel model(1, 1);
        auto* item = new QStandardItem(statuses::label(InvitationStatus::Failed));
        item->setData(int(InvitationStatus::Failed), StatusRole);
        model.setItem(0, 0, item);
        QTableView view;
        view.setPalette(lightPalette());
        view.setModel(&model);
        view.setItemDelegateForColumn(0, new StatusBadgeDelegate(&view));
        view.resize(300, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect cell = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab().toImage();
        const QColor expected =
            StatusBadgeDelegate::colours(InvitationStatus::Failed, view.palette()).background;
        // Somewhere inside the badge, left of the label, the tint shows.
        bool found = false;
        for (int x = cell.left() + 5; x < cell.left() + 14 && !found; ++x) {
            const QColor px = image.pixelColor(x * image.devicePixelRatio(),
                                               cell.center().y() * image.devicePixelRatio());
            found = std::abs(px.red() - expected.red()) < 8 &&
                    std::abs(px.green() - expected.green()) < 8 &&
                    std::abs(px.blue() - expected.blue()) < 8;
        }
        QVERIFY(found);
        QVERIFY(view.itemDelegateForColumn(0)
                    ->sizeHint(QStyleOptionViewItem(), model.index(0, 0))
                    .width() > 20);
    }

    void niceCeiling_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("zero") << qint64(0) << qint64(4);
        QTest::newRow("one") << qint64(1) << qint64(4);
        QTest::newRow("seven") << qint64(7) << qint64(12);
        QTest::newRow("ten") << qint64(10) << qint64(12);
        QTest::newRow("37") << qint64(37) << qint64(52);
        QTest::newRow("100") << qint64(100) << qint64(100);
        QTest::newRow("1234") << qint64(1234) << qint64(2000);
    }
    void niceCeiling()
    {
        QFETCH(qint64, value);
        QFETCH(qint64, ceiling);
        const qint64 top = TrendChartWidget::niceCeiling(value);
        QCOMPARE(top, ceiling);
        QVERIFY(top >= value);
        QCOMPARE(top % 4, 0);
    }

    void trendChartWeeksAndText()
    {
        TrendChartWidget chart;
        QList<TrendChartWidget::Week> weeks;
        QDate monday(2026, 1, 5);
        for (int i = 0; i < 12; ++i)
            weeks.append({monday.addDays(7 * i), 10 + i, i});
        chart.setWeeks(weeks);
        chart.resize(600, 260);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.weeks().size(), 12);
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("21 created, 11 accepted")));
        // The last slot is the last week; outside the plot is none.
        QCOMPARE(chart.weekAt(QPoint(chart.width() - 12, chart.height() / 2)), 11);
        QCOMPARE(chart.weekAt(QPoint(2, 2)), -1);
        const QImage image = chart.grab().toImage();
        QVERIFY(!image.isNull());
    }

    void funnelConversion()
    {
        FunnelWidget funnel;
        funnel.setSteps({{QStringLiteral("Created"), 200},
                         {QStringLiteral("Sent"), 180},
                         {QStringLiteral("Opened"), 90},
                         {QStringLiteral("Accepted"), 45}});
        QCOMPARE(funnel.conversion(0), 100.0);
        QCOMPARE(funnel.conversion(1), 90.0);
        QCOMPARE(funnel.conversion(2), 50.0);
        QCOMPARE(funnel.conversion(3), 50.0);
        QVERIFY(funnel.accessibleDescription().contains(QStringLiteral("Accepted: 45")));
        funnel.setSteps({{QStringLiteral("Created"), 0}, {QStringLiteral("Sent"), 0}});
        QCOMPARE(funnel.conversion(1), -1.0);
    }

    void statCardSpeaks()
    {
        StatCard card;
        card.setTitle(QStringLiteral("Acceptance rate"));
        card.setValue(QStringLiteral("42%"));
        card.setCaption(QStringLiteral("of 1,204 invitations"));
        QCOMPARE(card.accessibleName(), QStringLiteral("Acceptance rate"));
        QCOMPARE(card.accessibleDescription(), QStringLiteral("42%, of 1,204 invitations"));
    }

    void iconsRenderInThePaletteColour_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n :
             {"new",    "refresh",     "find",       "resend",   "cancel",  "export", "settings",
              "quit",   "invitations", "statistics", "audit",    "details", "edit",   "verify",
              "filter", "clear",       "user",       "language", "empty",   "app"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void iconsRenderInThePaletteColour()
    {
        QFETCH(QString, name);
        const QIcon icon = themedIcon(name);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(48, 48)).toImage();
        int opaque = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                opaque += qAlpha(image.pixel(x, y)) > 128;
        QVERIFY2(opaque > 30, qPrintable(QString::number(opaque)));
    }
};

QTEST_MAIN(TestUiWidgets)
#include "test_ui_widgets.moc"
