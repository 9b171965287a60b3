// The statistics page (issue 18, item 6 and the chart part of item 14), offscreen: the status
// card of invitations sent and not yet accepted is "Awaiting acceptance" and the funnel's
// step "Ever sent", its percentages "of the previous step"; the acceptance rate card explains
// its definition (delivered invitations) in its tooltip; ticking a date range and changing
// its dates changes the numbers; "Show charts as tables" (keyboard) swaps the funnel and the
// trend for tables with the same numbers; "Export CSV" writes the inviter breakdown 0600; the
// breakdown can show its first inviters only, with every one on request.
#include "UiFixture.h"
#include "core/io/PrivateFiles.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/FunnelWidget.h"
#include "ui/widgets/StatCard.h"
#include "ui/widgets/TrendChartWidget.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestStatisticsPage : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<StatisticsPage> m_page;

    // Refreshes and waits for the answer.
    bool reload()
    {
        QSignalSpy refreshed(m_page.get(), &StatisticsPage::refreshed);
        m_page->refresh();
        return refreshed.wait(20000);
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QString error;
        if (!m_fx.setUp(12, &error))
            QFAIL(qPrintable(error));
        m_session = std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                              m_fx.tree[QStringLiteral("admin")]);
        m_page = std::make_unique<StatisticsPage>(m_session.get());
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasStatistics(), 20000);
    }

    void namesTellTheCardFromTheFunnel()
    {
        QCOMPARE(m_page->card(QStringLiteral("sent"))->title(),
                 QStringLiteral("Awaiting acceptance"));
        QCOMPARE(m_page->funnel()->steps().size(), 4);
        QCOMPARE(m_page->funnel()->steps().at(1).label, QStringLiteral("Ever sent"));
        QVERIFY(m_page->funnel()->steps().at(1).label !=
                m_page->card(QStringLiteral("sent"))->title());
        QCOMPARE(m_page->funnel()->steps().at(1).count, m_page->statistics().sent);
        QVERIFY2(m_page->funnel()->summaryText().contains(QStringLiteral("of the previous step")) ||
                     m_page->statistics().created == 0,
                 qPrintable(m_page->funnel()->summaryText()));
        QCOMPARE(FunnelWidget::ofPreviousStep(50), QStringLiteral("50.0% of the previous step"));
    }

    void acceptanceRateExplainsItself()
    {
        StatCard* rate = m_page->card(QStringLiteral("acceptance_rate"));
        QVERIFY2(rate->toolTip().contains(QStringLiteral("reached the invitee")),
                 qPrintable(rate->toolTip()));
        QVERIFY(rate->toolTip().contains(QStringLiteral("not delivered")));
        QVERIFY(rate->accessibleDescription().contains(QStringLiteral("reached the invitee")));
        // Nothing of the fixture was delivered: no rate to speak of, and the caption says why.
        QCOMPARE(m_page->statistics().delivered, 0);
        QCOMPARE(rate->value(), QStringLiteral("—"));
        QCOMPARE(rate->caption(), QStringLiteral("0 accepted of 0 delivered"));
    }

    void dateRangeChangesTheNumbers()
    {
        const qint64 all = m_page->statistics().total;
        QCOMPARE(all, qint64(m_fx.created));
        // Weeks before the fixture's invitations (made over the last minutes): none.
        {
            QSignalSpy refreshed(m_page.get(), &StatisticsPage::refreshed);
            m_page->fromDate()->setDate(QDate::currentDate().addDays(-40));
            m_page->toDate()->setDate(QDate::currentDate().addDays(-20));
            QVERIFY(refreshed.isEmpty()); // not ticked: the dates alone change nothing
            m_page->dateRangeToggle()->setChecked(true);
            QTRY_VERIFY_WITH_TIMEOUT(
                m_page->statistics().range.isBounded() && m_page->statistics().total == 0, 20000);
        }
        QCOMPARE(m_page->card(QStringLiteral("total"))->value(), QLocale().toString(0));
        // The trend follows the range: its 21 days are three weeks from its first day.
        QCOMPARE(m_page->trend()->weeks().size(), 3);
        QCOMPARE(m_page->trend()->weeks().first().start, QDate::currentDate().addDays(-40));
        QCOMPARE(m_page->trendTable()->rowCount(), 3);
        QVERIFY(m_page->statistics().byInviter.isEmpty());
        QCOMPARE(m_page->byInviter()->rowCount(), 0);
        // The range reaching today: everything again.
        m_page->toDate()->setDate(QDate::currentDate());
        QTRY_COMPARE_WITH_TIMEOUT(m_page->statistics().total, all, 20000);
        QCOMPARE(m_page->statistics().range.to, QDate::currentDate().addDays(1).startOfDay());
        QCOMPARE(m_page->byInviter()->rowCount(), int(m_page->statistics().byInviter.size()));
        // Unticked: unbounded.
        m_page->dateRangeToggle()->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->statistics().range.isBounded(), 20000);
        QCOMPARE(m_page->statistics().total, all);
        QCOMPARE(m_page->trend()->weeks().size(), StatisticsRange::kTrendWeeks);
    }

    void inviterBreakdownShowsNameAndEmail()
    {
        QTableWidget* table = m_page->byInviter();
        const auto& lines = m_page->statistics().byInviter;
        QVERIFY(!lines.isEmpty());
        QCOMPARE(table->rowCount(), int(lines.size()));
        const User sales = m_fx.tree[QStringLiteral("sales1")];
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 1)->text() != sales.email)
                continue;
            found = true;
            QCOMPARE(table->item(row, 0)->text(), sales.fullName());
        }
        QVERIFY(found);
        QStringList headers;
        for (int c = 0; c < table->columnCount(); ++c)
            headers << table->horizontalHeaderItem(c)->text();
        QVERIFY2(headers.contains(QStringLiteral("Awaiting acceptance")) &&
                     headers.contains(QStringLiteral("Acceptance rate")),
                 qPrintable(headers.join(QLatin1Char('|'))));
    }

    void chartsHaveATableAlternative()
    {
        QPushButton* toggle = m_page->tablesToggle();
        QVERIFY(toggle->focusPolicy() & Qt::TabFocus);
        QVERIFY(m_page->funnel()->isVisible());
        QVERIFY(!m_page->funnelTable()->isVisible());
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(toggle->isChecked());
        QVERIFY(!m_page->funnel()->isVisible());
        QVERIFY(!m_page->trend()->isVisible());
        QVERIFY(m_page->funnelTable()->isVisible());
        QVERIFY(m_page->trendTable()->isVisible());
        QVERIFY(m_page->funnelTable()->focusPolicy() & Qt::TabFocus);

        const QLocale locale;
        QTableWidget* funnel = m_page->funnelTable();
        const auto& steps = m_page->funnel()->steps();
        QCOMPARE(funnel->rowCount(), int(steps.size()));
        for (int row = 0; row < steps.size(); ++row) {
            QCOMPARE(funnel->item(row, 0)->text(), steps.at(row).label);
            QCOMPARE(funnel->item(row, 1)->text(), locale.toString(steps.at(row).count));
        }
        QCOMPARE(funnel->horizontalHeaderItem(2)->text(), QStringLiteral("Of the previous step"));
        QTableWidget* trend = m_page->trendTable();
        const auto& weeks = m_page->trend()->weeks();
        QCOMPARE(trend->rowCount(), int(weeks.size()));
        QCOMPARE(trend->rowCount(), 12);
        for (int row = 0; row < weeks.size(); ++row) {
            QCOMPARE(trend->item(row, 1)->text(), locale.toString(weeks.at(row).created));
            QCOMPARE(trend->item(row, 2)->text(), locale.toString(weeks.at(row).accepted));
        }
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(!toggle->isChecked());
        QVERIFY(m_page->funnel()->isVisible());
        QVERIFY(!m_page->trendTable()->isVisible());
    }

    void exportWritesTheBreakdownPrivately()
    {
        QVERIFY(m_page->exportButton()->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("statistics.csv"));
        QSignalSpy finished(m_page.get(), &StatisticsPage::exportFinished);
        m_page->exportTo(path);
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!PrivateFiles::isOpenToOthers(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // the BOM
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const auto& inviters = m_page->statistics().byInviter;
        QCOMPARE(lines.size(), int(inviters.size()) + 1);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("\"inviter_name\",\"inviter_email\"")));
        for (int i = 0; i < inviters.size(); ++i) {
            QVERIFY2(lines.at(i + 1).startsWith(QStringLiteral("\"%1\",\"%2\",\"%3\"")
                                                    .arg(inviters.at(i).name, inviters.at(i).email)
                                                    .arg(inviters.at(i).total)),
                     qPrintable(lines.at(i + 1)));
        }
    }

    // Set to read one inviter at first: the table holds the first (and those tied with it),
    // a line says how many of how many, the export still writes every inviter, and "Show all
    // inviters" reads them all.
    void showsTheFirstInvitersThenEveryOne()
    {
        const Statistics whole = m_page->statistics(); // the fixture has fewer than 100
        QVERIFY(whole.hasEveryInviter());
        QVERIFY(whole.inviterCount >= 2);
        QVERIFY(m_page->invitersShown()->isHidden());
        QVERIFY(m_page->allInvitersButton()->isHidden());
        // Distinct totals at the top, so that one line is the whole first rank.
        QVERIFY(whole.byInviter.at(0).total > whole.byInviter.at(1).total);

        m_page->setInvitersShownFirst(1);
        QVERIFY(reload());
        const Statistics first = m_page->statistics();
        QVERIFY(!first.hasEveryInviter());
        QCOMPARE(first.inviterCount, whole.inviterCount);
        QCOMPARE(first.byInviter.size(), 1);
        QCOMPARE(first.byInviter.at(0).userId, whole.byInviter.at(0).userId);
        QCOMPARE(m_page->byInviter()->rowCount(), 1);
        QVERIFY(!m_page->invitersShown()->isHidden());
        QCOMPARE(m_page->invitersShown()->text(),
                 QStringLiteral("The 1 inviter with the most invitations, of %1.")
                     .arg(QLocale().toString(whole.inviterCount)));
        QPushButton* all = m_page->allInvitersButton();
        QVERIFY(!all->isHidden() && all->isEnabled());

        // The file gets every inviter, read on the worker.
        const QString path = m_dir.filePath(QStringLiteral("every-inviter.csv"));
        QSignalSpy finished(m_page.get(), &StatisticsPage::exportFinished);
        m_page->exportTo(path);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(!PrivateFiles::isOpenToOthers(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll().mid(3))
                                      .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(whole.inviterCount) + 1);
        QCOMPARE(m_page->byInviter()->rowCount(), 1); // the page as it was

        QSignalSpy refreshed(m_page.get(), &StatisticsPage::refreshed);
        all->setFocus();
        QTest::keyClick(all, Qt::Key_Space);
        QVERIFY(refreshed.wait(20000));
        QVERIFY(m_page->statistics().hasEveryInviter());
        QCOMPARE(m_page->byInviter()->rowCount(), int(whole.inviterCount));
        QVERIFY(m_page->invitersShown()->isHidden());
        QVERIFY(all->isHidden());
        // Asked for once, every inviter stays.
        QVERIFY(reload());
        QCOMPARE(m_page->byInviter()->rowCount(), int(whole.inviterCount));
    }

    void spanishNamesToo()
    {
        m_languages.apply(QStringLiteral("es")); // LanguageChange reaches widgets as events
        QTRY_COMPARE(m_page->card(QStringLiteral("sent"))->title(),
                     QStringLiteral("En espera de aceptación"));
        QCOMPARE(m_page->funnel()->steps().at(1).label, QStringLiteral("Enviadas alguna vez"));
        QVERIFY(m_page->card(QStringLiteral("acceptance_rate"))
                    ->toolTip()
                    .contains(QStringLiteral("entregadas")));
        QCOMPARE(m_page->tablesToggle()->text(), QStringLiteral("Mostrar gráficos como &tablas"));
        // The date range in the interface language's order, day before month, and its calendar
        // in Spanish too (the edits keep the locale they were made with unless told).
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        const QDate fifthOfNovember(2026, 11, 5);
        for (QDateEdit* edit : {m_page->fromDate(), m_page->toDate()}) {
            edit->setDate(fifthOfNovember);
            QTRY_COMPARE(edit->locale().language(), QLocale::Spanish);
            QCOMPARE(edit->text(), spanish.toString(fifthOfNovember, QLocale::ShortFormat));
            QVERIFY2(edit->text().startsWith(QStringLiteral("5/11")), qPrintable(edit->text()));
        }
        m_languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(m_page->fromDate()->locale().language(), QLocale::English);
        QVERIFY2(m_page->fromDate()->text().startsWith(QStringLiteral("11/5")),
                 qPrintable(m_page->fromDate()->text()));
        QTRY_COMPARE(m_page->card(QStringLiteral("sent"))->title(),
                     QStringLiteral("Awaiting acceptance"));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_session.reset();
    }
};

QTEST_MAIN(TestStatisticsPage)
#include "test_statistics_page.moc"
