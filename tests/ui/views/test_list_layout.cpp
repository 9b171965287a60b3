// Issue 18, item 10: the invitation list on a 1366×768 screen. The window's first size and its
// smallest fit such a screen, the whole row of the list shows there without scrolling
// sideways, and the window's geometry and the list's header (widths, order, sort) come back
// as they were left (AppSettings' state, a QSettings file here).
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
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    InMemorySecretStore m_secrets;

    struct Desk {
        std::unique_ptr<Session> session;
        std::unique_ptr<MainWindow> window;
        InvitationTableModel* model() const { return window->invitationsPage()->model(); }
        QTableView* view() const { return window->invitationsPage()->view(); }
    };
    Desk open(const QString& who, bool sized = true)
    {
        Desk d;
        d.session = std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                              m_fx.tree[who]);
        d.window = std::make_unique<MainWindow>(d.session.get(), m_settings.get(), &m_secrets,
                                                &m_languages);
        if (sized)
            d.window->resize(1200, 700);
        d.window->show();
        if (!QTest::qWaitForWindowActive(d.window.get()))
            qWarning("window not active");
        (void)QTest::qWaitFor(
            [&] { return !d.model()->isLoading() && d.model()->totalCount() >= 0; }, 20000);
        return d;
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QString error;
        if (!m_fx.setUp(30, &error))
            QFAIL(qPrintable(error));
        m_settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("user.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("system.conf")),
                                        QSettings::IniFormat),
            QProcessEnvironment());
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
        m_settings->setState(QStringLiteral("invitations/header"), QByteArray());
        m_settings->setState(QStringLiteral("mainWindow/geometry"), QByteArray());
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
