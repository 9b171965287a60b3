// Issue 18, item 10: the invitation list on a 1366×768 screen. The window's first size and its
// smallest fit such a screen, the whole row of the list shows there without scrolling
// sideways, and the window's geometry and the list's header (widths, order, sort) come back
// as they were left (AppSettings' state, a QSettings file here).
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestListLayout : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    DeskHarness m_desks;

    using Desk = DeskHarness::Desk;
    Desk open(const QString& who, bool sized = true)
    {
        return m_desks.open(m_fx.db, m_fx.tree[who], ServiceConfig{},
                            sized ? QSize(1200, 700) : QSize());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        QString error;
        if (!m_fx.setUp(30, &error))
            QFAIL(qPrintable(error));
    }

    // Issue 18, item 10: the window's first size and its smallest fit a 1366×768 screen, and
    // there the whole row of the list shows without scrolling sideways.
    void fitsA1366By768Screen_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("first size") << MainWindow::kInitialSize;
        QTest::newRow("1366×768, maximised") << QSize(1366, 768 - 40);
    }
    void fitsA1366By768Screen()
    {
        QFETCH(QSize, size);
        const QSize screen(1366, 768);
        QVERIFY(MainWindow::kInitialSize.width() <= screen.width() - 40);
        QVERIFY(MainWindow::kInitialSize.height() <= screen.height() - 60);
        QVERIFY(MainWindow::kMinimumSize.boundedTo(screen) == MainWindow::kMinimumSize);
        m_desks.settings()->setState(QStringLiteral("invitations/header"), QByteArray());
        m_desks.settings()->setState(QStringLiteral("mainWindow/geometry"), QByteArray());
        Desk d = open(QStringLiteral("admin"), false);
        QVERIFY(d.window->minimumSizeHint().width() <= screen.width());
        QVERIFY(d.window->minimumSizeHint().height() <= screen.height());
        d.window->resize(size);
        QTRY_COMPARE(d.window->size(), size);
        QVERIFY(d.model()->rowCount() > 0);
        QTableView* view = d.view();
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        int total = 0;
        for (int c = 0; c < InvitationTableModel::ColumnCount; ++c)
            total += view->horizontalHeader()->sectionSize(c);
        QVERIFY2(total <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(total).arg(view->viewport()->width())));
        d.window->close();
    }

    // The window's geometry and the list's header come back as they were left.
    void geometryAndHeaderAreRestored()
    {
        QByteArray header;
        {
            Desk d = open(QStringLiteral("admin"));
            d.window->move(30, 40);
            d.window->resize(1100, 650);
            d.view()->horizontalHeader()->resizeSection(InvitationTableModel::NameColumn, 177);
            d.view()->horizontalHeader()->setSortIndicator(InvitationTableModel::EmailColumn,
                                                           Qt::AscendingOrder);
            header = d.view()->horizontalHeader()->saveState();
            d.window->close();
        }
        Desk again = open(QStringLiteral("admin"), false);
        QCOMPARE(again.window->size(), QSize(1100, 650));
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(InvitationTableModel::NameColumn),
                 177);
        QCOMPARE(again.model()->sortColumn(), int(InvitationTableModel::EmailColumn));
        QCOMPARE(again.model()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(again.view()->horizontalHeader()->saveState(), header);
        again.view()->horizontalHeader()->setSortIndicator(InvitationTableModel::CreatedColumn,
                                                           Qt::DescendingOrder);
        again.window->close();
    }
};

QTEST_MAIN(TestListLayout)
#include "test_list_layout.moc"
