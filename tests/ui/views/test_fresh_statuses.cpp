// Fresh statuses (issue 18, item 1): a send by the desk's own dispatcher (BackgroundServices,
// on its thread) updates the invitation list's rows without a refresh: the change feed names
// the invitations (ids only), the model reads just those rows again, the selection and the
// scroll position stay, and the changed rows are highlighted for a moment. With the file
// transport the row says "Saved, not delivered" (issue 18, item 2), and the main window's
// test-mode banner says so too.
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/config/DeliveryNotice.h"
#include "core/services/InvitationChangeFeed.h"
#include "core/services/InvitationService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "core/settings/SettingKeys.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/ItemRoles.h"
#include "ui/session/BackgroundServices.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/widgets/DeliveryBanner.h"

#include <QDir>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestFreshStatuses : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    DeskHarness m_desks;

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        QString error;
        if (!m_fx.setUp(60, &error))
            QFAIL(qPrintable(error));
        const QString outbox = m_desks.filePath(QStringLiteral("outbox"));
        QVERIFY(QDir().mkpath(outbox));
        m_desks.settings()->setUserValue(settings::mailUrl, QUrl::fromLocalFile(outbox).toString());
        m_desks.settings()->setUserValue(settings::handlerEnabled, false);
    }

    void dispatcherSendUpdatesRowsInPlace()
    {
        Session session(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                        m_fx.tree[QStringLiteral("admin")]);
        MainWindow window(&session, m_desks.settings(), &m_desks.secrets(), &m_desks.languages());
        window.resize(1000, 360); // a list taller than the view: it scrolls
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InvitationTableModel* model = window.invitationsPage()->model();
        QTableView* view = window.invitationsPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == m_fx.created, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_fx.created, 20000);
        model->setHighlightDuration(6000);

        // A pending row well down the list, selected and scrolled to.
        int target = -1;
        for (int r = model->rowCount() - 1; r >= 30 && target < 0; --r) {
            if (model->rowAt(r).status == InvitationStatus::Pending)
                target = r;
        }
        QVERIFY(target >= 0);
        const QString targetId = model->idAt(target);
        QCOMPARE(model->index(target, InvitationTableModel::DeliveryColumn).data().toString(),
                 QStringLiteral("queued"));
        view->selectRow(target);
        view->scrollTo(model->index(target, 0), QAbstractItemView::PositionAtCenter);
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY2(scroll > 0, "the list does not scroll; the window is too tall");
        QVERIFY(!model->index(target, 0).data(HighlightRole).toBool());

        BackgroundServices background(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                      m_desks.settings(), &m_desks.secrets());
        // As DesktopController wires them.
        connect(background.changes(), &InvitationChangeFeed::invitationsChanged, model,
                &InvitationTableModel::refreshRows);
        // The feed emits on the dispatcher's thread: heard here through a queued connection
        // (a QSignalSpy on it would be written from that thread while this one reads).
        auto fed = std::make_shared<QStringList>();
        connect(background.changes(), &InvitationChangeFeed::invitationsChanged, this,
                [fed](const QStringList& ids) { *fed << ids; });
        QSignalSpy refreshed(model, &InvitationTableModel::rowsRefreshed);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        background.start(session.config());
        background.wake();

        // No F5: the row says what happened as soon as the dispatcher recorded it.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowAt(target).status == InvitationStatus::Sent, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(fed->contains(targetId), 10000);
        QVERIFY(refreshed.count() >= 1);
        bool named = false;
        for (const QList<QVariant>& args : std::as_const(refreshed))
            named = named || args.first().toStringList().contains(targetId);
        QVERIFY(named);
        QCOMPARE(model->idAt(target), targetId);
        QVERIFY(model->index(target, 0).data(HighlightRole).toBool());
        QVERIFY(model->isHighlighted(target));
        QVERIFY(model->index(target, 0).data(Qt::BackgroundRole).isValid());
        // The file transport only saved it: the list says so, never "Sent".
        QCOMPARE(model->index(target, InvitationTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Saved, not delivered"));
        QCOMPARE(model->index(target, InvitationTableModel::DeliveryColumn).data().toString(),
                 QStringLiteral("Saved, not delivered"));

        // Selection and scroll position stay: nothing was reset, removed or inserted.
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), target);
        QCOMPARE(view->currentIndex().row(), target);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        // The highlight is brief.
        QTRY_VERIFY_WITH_TIMEOUT(!model->index(target, 0).data(HighlightRole).toBool(), 20000);
        QVERIFY(!model->index(target, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        background.stop();
    }

    // A refreshed row that no longer matches the list's filters leaves the list (no F5): the
    // other rows, the selection of another row and the count follow; one that still matches
    // stays, updated.
    void rowNoLongerMatchingLeaves()
    {
        Session session(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                        m_fx.tree[QStringLiteral("admin")]);
        MainWindow window(&session, m_desks.settings(), &m_desks.secrets(), &m_desks.languages());
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        InvitationTableModel* model = window.invitationsPage()->model();
        QTableView* view = window.invitationsPage()->view();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() == m_fx.created, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), m_fx.created, 20000);
        // Narrowed to one cancellable status with at least three rows.
        QMap<InvitationStatus, int> byStatus;
        for (int r = 0; r < model->rowCount(); ++r)
            ++byStatus[model->rowAt(r).status];
        InvitationStatus status = InvitationStatus::Pending;
        if (byStatus.value(status) < 3)
            status = InvitationStatus::Sent;
        QVERIFY2(byStatus.value(status) >= 3, "the fixture has too few open invitations");
        model->setStatuses({status});
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() &&
                                     model->totalCount() == byStatus.value(status) &&
                                     model->rowCount() == byStatus.value(status),
                                 20000);
        const qint64 before = model->totalCount();
        const QString victim = model->idAt(1);
        const QString kept = model->idAt(2);
        const QString still = model->idAt(0);
        view->selectRow(2);

        // Cancelled elsewhere (another desk, the API): the feed names it, and one that is
        // unchanged.
        InvitationService service(m_fx.db, ServiceConfig{});
        QVERIFY(service.cancel(m_fx.tree[QStringLiteral("admin")], victim, QStringLiteral("test"))
                    .ok());
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(model, &InvitationTableModel::rowsRefreshed);
        model->refreshRows({victim, still});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(victim), -1, 20000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), before - 1, 20000);
        QCOMPARE(model->rowCount(), int(before - 1));
        QCOMPARE(model->rowOf(still), 0); // still matching: kept, refreshed
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 20000);
        QVERIFY(refreshed.first().first().toStringList().contains(still));
        // The selected row moved up one with the rows below the removed one; still selected.
        QCOMPARE(model->rowOf(kept), 1);
        const QModelIndexList selected = view->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->idAt(selected.first().row()), kept);
    }

    void bannerWhileMailIsOnlySaved()
    {
        Session session(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                        m_fx.tree[QStringLiteral("admin")]);
        MainWindow window(&session, m_desks.settings(), &m_desks.secrets(), &m_desks.languages());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DeliveryBanner* banner = window.deliveryBanner();
        QVERIFY(!banner->isVisible()); // until told

        MailConfig saved;
        saved.url = m_desks.settings()->value(settings::mailUrl);
        window.setDeliveryNotice(
            DeliveryNotice::of(saved, QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral(
                     "Test mode: e-mails are saved to a folder; links work only on this computer")),
                 qPrintable(banner->text()));

        MailConfig relay;
        relay.url = QStringLiteral("smtp://relay.example.com:587");
        window.setDeliveryNotice(
            DeliveryNotice::of(relay, QStringLiteral("https://invite.example.com")));
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestFreshStatuses)
#include "test_fresh_statuses.moc"
