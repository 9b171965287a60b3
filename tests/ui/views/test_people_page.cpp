// The People page in the main window: the actor's row opens by itself, the keyboard opens and
// closes rows (Enter, Space) and reaches every control; the actions' buttons follow what the
// service allows; deactivate (with a reason), reactivate, move (through the picker) and "Show
// their invitations" change the service's state and the tree or the invitation list shows it.
// Both backends.
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/services/AuditService.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/dialogs/DeactivateDialog.h"
#include "ui/dialogs/MovePersonDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/PeopleTreeModel.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/views/PeopleActions.h"
#include "ui/views/PeoplePage.h"
#include "ui/widgets/FieldMessage.h"

#include <QAction>
#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestPeoplePage : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    DeskHarness m_desks;

    // The harness's desk, looked at through its people page.
    struct Desk : DeskHarness::Desk {
        PeoplePage* page() const { return window->peoplePage(); }
        PeopleTreeModel* model() const { return page()->model(); }
        PeopleActions* actions() const { return window->peopleActions(); }
    };
    Desk open(const QString& who)
    {
        Desk d{m_desks.open(m_fx.db, m_fx.tree[who])};
        d.window->showPage(d.window->pages()->indexOf(d.page()));
        return d;
    }
    PeopleService people() const { return PeopleService(m_fx.db, ServiceConfig{}); }
    // Finds one person through the search and makes their row current; waits for the
    // permission check of the buttons.
    static bool select(const Desk& d, const QString& email)
    {
        d.page()->searchField()->setText(email);
        d.page()->applyFilters();
        if (!QTest::qWaitFor([&] { return d.model()->rowCount() == 1 && !d.model()->isLoading(); },
                             10000))
            return false;
        d.page()->view()->setCurrentIndex(d.model()->index(0, 0));
        return QTest::qWaitFor([&] { return d.actions()->isChecked(); }, 10000);
    }
    static QModelIndex rowOf(const PeopleTreeModel* model, const QString& id,
                             const QModelIndex& parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(PeopleTreeModel::PersonIdRole).toString() == id)
                return i;
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_desks.setUp()); }
    void init()
    {
        QString error;
        m_fx = UiFixture();
        if (!m_fx.setUp(6, &error))
            QFAIL(qPrintable(error));
    }

    void theActorsRowOpensAndTheKeyboardWorks()
    {
        Desk d = open(QStringLiteral("master"));
        QTreeView* view = d.page()->view();
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount() > 0 && !d.model()->isLoading(), 10000);
        QCOMPARE(d.model()->rowCount(), 1);
        const QModelIndex master = d.model()->index(0, 0);
        // The first level of the downline shows without a click.
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount(master) == 2, 10000);
        QVERIFY(view->isExpanded(master));
        const QModelIndex dist1 = rowOf(d.model(), m_fx.tree["dist1"].id, master);
        view->setFocus();
        view->setCurrentIndex(dist1);
        QTest::keyClick(view, Qt::Key_Space);
        QVERIFY(view->isExpanded(dist1));
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount(dist1) == 1, 10000);
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(!view->isExpanded(dist1));
        QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(view->isExpanded(dist1));
        // Tab order: search, role, status, clear, the tree.
        d.page()->searchField()->setFocus();
        QStringList order;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order, (QStringList{"peopleRoleFilter", "peopleStatusFilter", "peopleClearFilters",
                                     "peopleTree"}));
        // Every control has an accessible name; every action a shortcut.
        for (QWidget* w : QList<QWidget*>{d.page()->searchField(), d.page()->roleFilter(),
                                          d.page()->statusFilter(), view, d.page()->toolbar()})
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        for (QAction* a :
             d.actions()->personActions() + QList<QAction*>{d.actions()->refreshAction(),
                                                            d.actions()->findAction(),
                                                            d.window->changePasswordAction()})
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        // Ctrl+F and F5 act on this page while it shows.
        QTest::keyClick(d.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(d.page()->searchField()->hasFocus());
        QSignalSpy reset(d.model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(view, Qt::Key_F5);
        QTRY_VERIFY(reset.count() >= 1);
    }

    void buttonsFollowTheService_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("person");
        QTest::addColumn<bool>("deactivate");
        QTest::addColumn<bool>("move");
        QTest::addColumn<bool>("invitations");
        QTest::newRow("master on its distributor") << "master"
                                                   << "dist1" << true << true << true;
        QTest::newRow("master on itself") << "master"
                                          << "master" << false << false << true;
        QTest::newRow("master on an office admin (matrix)") << "master"
                                                            << "office1" << false << false << true;
        QTest::newRow("office admin on the practice's staff") << "office1"
                                                              << "staff1" << true << true << false;
        QTest::newRow("sales rep on itself") << "sales1"
                                             << "sales1" << false << false << true;
    }
    void buttonsFollowTheService()
    {
        QFETCH(QString, actor);
        QFETCH(QString, person);
        QFETCH(bool, deactivate);
        QFETCH(bool, move);
        QFETCH(bool, invitations);
        Desk d = open(actor);
        QVERIFY(select(d, m_fx.tree[person].email));
        PeopleActions* a = d.actions();
        QCOMPARE(a->deactivateAction()->isEnabled(), deactivate);
        QCOMPARE(a->reactivateAction()->isEnabled(), false); // everyone is active
        QCOMPARE(a->moveAction()->isEnabled(), move);
        QCOMPARE(a->showInvitationsAction()->isEnabled(), invitations);
        // A refused action says why.
        if (!deactivate)
            QVERIFY(!a->deactivateAction()->toolTip().isEmpty());
        // On another page the People actions are off, and F5 is the invitation list's again.
        d.window->showPage(0);
        QVERIFY(!a->deactivateAction()->isEnabled());
        QVERIFY(!a->refreshAction()->isEnabled());
        QVERIFY(d.window->actions()->refreshAction()->isEnabled());
    }

    void deactivateWithAReasonThenReactivate()
    {
        Desk d = open(QStringLiteral("master"));
        const User dist2 = m_fx.tree["dist2"];
        QVERIFY(select(d, dist2.email));
        QVERIFY(d.actions()->deactivateAction()->isEnabled());
        d.actions()->deactivateAction()->trigger();
        auto* dialog = d.window->findChild<DeactivateDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Too long a reason: said under the reason, nothing changed.
        dialog->reasonField()->setText(QString(501, QLatin1Char('x')));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->reasonError()->isHidden(), 10000);
        QVERIFY(!dialog->reasonError()->text().isEmpty());
        QVERIFY(people().show(m_fx.tree["master"], dist2.email)->person.user.isActive);
        dialog->reasonField()->setText(QStringLiteral("Left the company"));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(
            d.model()->index(0, PeopleTreeModel::StatusColumn).data().toString() ==
                QStringLiteral("Deactivated"),
            10000);
        QVERIFY(!people().show(m_fx.tree["master"], dist2.email)->person.user.isActive);
        AuditFilter f;
        f.action = QStringLiteral("user.deactivated");
        auto events = AuditService(m_fx.db, ServiceConfig{}).list(m_fx.tree["admin"], f);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QVERIFY(QString::fromUtf8(QJsonDocument(events->first().details).toJson())
                    .contains(QStringLiteral("Left the company")));
        // The buttons follow: now only reactivate.
        QTRY_VERIFY_WITH_TIMEOUT(
            d.actions()->isChecked() && d.actions()->reactivateAction()->isEnabled(), 10000);
        QVERIFY(!d.actions()->deactivateAction()->isEnabled());
        // The dialog has gone; the offscreen platform does not give the activation back.
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(d.window.get()));
        QTest::keyClick(d.page()->view(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            d.model()->index(0, PeopleTreeModel::StatusColumn).data().toString() ==
                QStringLiteral("Active"),
            10000);
        QVERIFY(people().show(m_fx.tree["master"], dist2.email)->person.user.isActive);
    }

    void resetPasswordQueuesALink()
    {
        Desk d = open(QStringLiteral("master"));
        const User dist1 = m_fx.tree["dist1"];
        QVERIFY(select(d, dist1.email));
        QAction* reset = d.actions()->resetPasswordAction();
        QVERIFY(reset->isEnabled());
        QVERIFY(d.actions()->personActions().contains(reset));
        QSignalSpy said(d.actions(), &PeopleActions::statusMessage);
        reset->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        QVERIFY2(said.first().at(0).toString().contains(dist1.email),
                 qPrintable(said.first().at(0).toString()));
        // The service queued it: one audit event, naming the person.
        AuditFilter f;
        f.action = QStringLiteral("user.password_reset_requested");
        auto events = AuditService(m_fx.db, ServiceConfig{}).list(m_fx.tree["admin"], f);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().actorUserId, m_fx.tree["master"].id);
        // Never on oneself: off, and the tooltip says why.
        QVERIFY(select(d, m_fx.tree["master"].email));
        QVERIFY(!reset->isEnabled());
        QVERIFY(!reset->toolTip().isEmpty());
    }

    void moveThroughThePicker()
    {
        Desk d = open(QStringLiteral("master"));
        const User sales1 = m_fx.tree["sales1"];
        QVERIFY(select(d, sales1.email));
        QTest::keyClick(d.page()->view(), Qt::Key_M, Qt::ControlModifier);
        auto* dialog = d.window->findChild<MovePersonDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        // Only the valid uplines: not the current one, not below, not outside the reach.
        QStringList ids = dialog->candidateIds();
        ids.sort();
        QStringList expected{m_fx.tree["dist2"].id, m_fx.tree["master"].id};
        expected.sort();
        QCOMPARE(ids, expected);
        // Typing narrows the list.
        dialog->searchField()->setText(QStringLiteral("dist2"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded() && dialog->candidateIds().size() == 1, 10000);
        QVERIFY(dialog->selectCandidate(m_fx.tree["dist2"].id));
        QPointer<MovePersonDialog> guard(dialog);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
        auto shown = people().show(m_fx.tree["master"], sales1.email);
        QCOMPARE(shown->person.parentEmail, m_fx.tree["dist2"].email);
        // The tree shows them under the new upline.
        d.page()->clearFilters();
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount() == 1, 10000);
        const QModelIndex master = d.model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount(master) == 2, 10000);
        const QModelIndex dist2 = rowOf(d.model(), m_fx.tree["dist2"].id, master);
        d.page()->view()->expand(dist2);
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount(dist2) == 2, 10000);
        QVERIFY(rowOf(d.model(), sales1.id, dist2).isValid());
        const QModelIndex dist1 = rowOf(d.model(), m_fx.tree["dist1"].id, master);
        QVERIFY(!d.model()->hasChildren(dist1));
    }

    void showTheirInvitations()
    {
        Desk d = open(QStringLiteral("master"));
        QVERIFY(select(d, m_fx.tree["dist2"].email));
        QVERIFY(d.actions()->showInvitationsAction()->isEnabled());
        QTest::keyClick(d.page()->view(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        InvitationsPage* invitations = d.window->invitationsPage();
        QTRY_COMPARE(d.window->pages()->currentWidget(), static_cast<QWidget*>(invitations));
        QCOMPARE(invitations->model()->query().scopeUserId, m_fx.tree["dist2"].id);
        QVERIFY(invitations->scopeText().contains(QStringLiteral("dist2")));
        InvitationQuery scoped;
        scoped.scopeUserId = m_fx.tree["dist2"].id;
        const qint64 expected = m_fx.countFor(QStringLiteral("master"), scoped);
        QCOMPARE(expected, qint64(8)); // UiFixture: dist2 invited 8 sales reps
        QTRY_COMPARE_WITH_TIMEOUT(invitations->model()->totalCount(), expected, 10000);
        // "Clear filters" shows everyone's again.
        invitations->clearFilters();
        QVERIFY(invitations->scopeText().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(invitations->model()->totalCount() > expected, 10000);
    }
};

QTEST_MAIN(TestPeoplePage)
#include "test_people_page.moc"
