// The desk records expiry in the background, off the first page's path: the sweep starts once
// the first page is painted, runs on the session's worker, and when it expired something the
// rows on screen change in place (selection kept), a list filtered by status reloads and the
// statistics refresh. One injected clock that the test moves forward; both backends.
#include "core/services/BackendServices.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/ExpiryRefresher.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/views/StatisticsPage.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

namespace {
const QDateTime kStart(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
} // namespace

class TestExpiryRefresh : public QObject {
    Q_OBJECT
private:
    DatabasePtr m_db;
    UserTree m_tree;
    std::shared_ptr<std::atomic<qint64>> m_now;
    ServiceConfig m_config;
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    InMemorySecretStore m_secrets;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    InvitationTableModel* model() const { return m_window->invitationsPage()->model(); }
    void setNow(const QDateTime& t) { m_now->store(t.toMSecsSinceEpoch()); }
    qint64 expiryEvents()
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = ?"));
        q.addBindValue(QStringLiteral("invitation.expired"));
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    // Opens the desk for sales1 and waits for its first page and the sweep's first run.
    void openDesk()
    {
        m_session = std::make_unique<Session>(BackendServices::wrap(m_db, m_config),
                                              m_tree[QStringLiteral("sales1")]);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get(), &m_secrets,
                                                &m_languages);
        QSignalSpy shown(m_window.get(), &MainWindow::firstPageShown);
        QSignalSpy ran(m_window->expiryRefresher(), &ExpiryRefresher::runFinished);
        QVERIFY(!m_window->expiryRefresher()->isStarted());
        m_window->resize(1000, 600);
        m_window->show();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        // Started by the first page, not before; its first run finds nothing due yet.
        QTRY_COMPARE_WITH_TIMEOUT(ran.count(), 1, 20000);
        QCOMPARE(ran.first().at(0).toInt(), 0);
        QCOMPARE(model()->rowCount(), 3);
    }

private Q_SLOTS:
    void init()
    {
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        m_now = std::make_shared<std::atomic<qint64>>(kStart.toMSecsSinceEpoch());
        m_config = ServiceConfig{};
        m_config.clock = [now = m_now] {
            return QDateTime::fromMSecsSinceEpoch(now->load(), Qt::UTC);
        };
        InvitationService service(m_db, m_config);
        for (int i = 0; i < 3; ++i) {
            NewInvitation in;
            in.email = QStringLiteral("desk.expiry%1@example.com").arg(i);
            in.type = QStringLiteral("doctor");
            in.firstName = QStringLiteral("Pat");
            in.lastName = QStringLiteral("Doe");
            auto made = service.create(m_tree[QStringLiteral("sales1")], in);
            QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().describe()));
        }
        m_settings = std::make_unique<AppSettings>(
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("u.conf")),
                                        QSettings::IniFormat),
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.conf")),
                                        QSettings::IniFormat),
            QProcessEnvironment());
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    // Rows that pass their expiry while on screen change in place once the background sweep
    // records it, keeping the selection; the statistics refresh.
    void rowsOnScreenChangeInPlace()
    {
        openDesk();
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(model()->rowAt(r).status, InvitationStatus::Pending);
        StatisticsPage* stats = m_window->statisticsPage();
        QSignalSpy statsRefreshed(stats, &StatisticsPage::refreshed);
        stats->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(statsRefreshed.count(), 1, 20000);
        QTableView* view = m_window->invitationsPage()->view();
        view->selectRow(1);
        const QString selectedId = model()->idAt(1);

        setNow(kStart.addDays(8));
        QSignalSpy expired(m_window->expiryRefresher(), &ExpiryRefresher::invitationsExpired);
        QSignalSpy drained(m_window->expiryRefresher(), &ExpiryRefresher::drainFinished);
        QSignalSpy reset(model(), &QAbstractItemModel::modelReset);
        m_window->expiryRefresher()->start();
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 20000);
        QCOMPARE(expired.first().at(0).value<QList<Invitation>>().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
        for (int r = 0; r < model()->rowCount(); ++r) {
            QCOMPARE(model()->rowAt(r).status, InvitationStatus::Expired);
            QCOMPARE(model()->rowAt(r).version, 2); // as the sweep left it
        }
        QCOMPARE(reset.count(), 0); // in place: no reload
        QCOMPARE(model()->idAt(1), selectedId);
        QVERIFY(view->selectionModel()->isRowSelected(1, {}));
        QTRY_COMPARE_WITH_TIMEOUT(statsRefreshed.count(), 2, 20000);
        QCOMPARE(expiryEvents(), 3);
    }

    // A list filtered by status reloads once the sweep has nothing more due.
    void filteredListReloads()
    {
        openDesk();
        model()->setStatuses({InvitationStatus::Pending});
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 3, 20000);
        setNow(kStart.addDays(8));
        QSignalSpy drained(m_window->expiryRefresher(), &ExpiryRefresher::drainFinished);
        m_window->expiryRefresher()->start();
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() == 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model()->totalCount(), qint64(0), 20000);
    }

    // A backlog drains in bounded runs, one after the other, without the list waiting.
    void backlogDrainsInSteps()
    {
        setNow(kStart.addDays(8)); // all three overdue before the desk opens
        m_session = std::make_unique<Session>(BackendServices::wrap(m_db, m_config),
                                              m_tree[QStringLiteral("sales1")]);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get(), &m_secrets,
                                                &m_languages);
        ExpirySchedule small;
        small.rowsPerRun = 2;
        small.followUpMs = 10;
        m_window->expiryRefresher()->setSchedule(small);
        QSignalSpy shown(m_window.get(), &MainWindow::firstPageShown);
        QSignalSpy ran(m_window->expiryRefresher(), &ExpiryRefresher::runFinished);
        QSignalSpy drained(m_window->expiryRefresher(), &ExpiryRefresher::drainFinished);
        m_window->show();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 20000);
        // The first page showed them expired, before any sweep recorded anything.
        QCOMPARE(model()->rowCount(), 3);
        for (int r = 0; r < model()->rowCount(); ++r)
            QCOMPARE(model()->rowAt(r).status, InvitationStatus::Expired);
        QTRY_COMPARE_WITH_TIMEOUT(drained.count(), 1, 20000);
        QCOMPARE(drained.first().at(0).toInt(), 3);
        QVERIFY(ran.count() >= 2);
        QCOMPARE(ran.at(0).at(0).toInt(), 2);
        QCOMPARE(ran.at(0).at(1).toBool(), true);
        QCOMPARE(ran.at(1).at(0).toInt(), 1);
        QCOMPARE(ran.at(1).at(1).toBool(), false);
        QCOMPARE(expiryEvents(), 3);
    }
};

QTEST_MAIN(TestExpiryRefresh)
#include "test_expiry_refresh.moc"
