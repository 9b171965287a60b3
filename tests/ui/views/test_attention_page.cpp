// Issue 18, item 12 at the desk: the "Needs attention" page lists bounced e-mails, open
// invitations expiring within 48 hours and those never delivered, with a count on its tab;
// each row's one-click fix works: the bounced one's address is corrected and it is resent,
// the others go through the resend confirmation (a click on the row's button, or Enter).
// One injected clock for the services and the desk.
#include "DeskHarness.h"
#include "core/domain/AttentionRules.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/dialogs/CorrectAddressDialog.h"
#include "ui/dialogs/ResendConfirmDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AttentionTableModel.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/ExpiryRefresher.h"
#include "ui/session/Session.h"
#include "ui/views/AttentionPage.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/widgets/EmptyStateOverlay.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

namespace {
const QDateTime kNow(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);

ServiceConfig at(const QDateTime& when)
{
    ServiceConfig c;
    c.clock = [when] { return when; };
    return c;
}
} // namespace

class TestAttentionPage : public QObject {
    Q_OBJECT
private:
    DatabasePtr m_db;
    UserTree m_tree;
    DeskHarness m_desks;
    QHash<QString, QString> m_ids; // bounced, expiring, never, fine

    // The harness's desk, looked at through its attention page.
    struct Desk : DeskHarness::Desk {
        AttentionPage* page() const { return window->attentionPage(); }
        AttentionTableModel* model() const { return page()->model(); }
    };
    Desk open()
    {
        Desk d{m_desks.open(m_db, m_tree[QStringLiteral("sales1")], at(kNow), QSize(1280, 700))};
        d.window->pages()->setCurrentWidget(d.page());
        settle(d);
        return d;
    }
    static void settle(const Desk& d)
    {
        (void)QTest::qWaitFor(
            [&] {
                auto* m = d.window->invitationsPage()->model();
                return d.model()->hasLoaded() && !d.model()->isLoading() && !m->isLoading() &&
                       m->totalCount() >= 0;
            },
            20000);
    }
    // Lets the desk's expiry sweep finish its run and the reloads it brings: a sweep that records
    // an expiry (the fixture's "never" is past its expiry) reloads this page, which starts its
    // pages over. A test that pages waits for it first.
    static void sweepDone(const Desk& d)
    {
        QSignalSpy ran(d.window->expiryRefresher(), &ExpiryRefresher::runFinished);
        d.window->expiryRefresher()->start(); // at once, or the run already under way
        QVERIFY(ran.wait(20000));
        settle(d);
    }
    QString label(const Desk& d, int row) const
    {
        return m_ids.key(d.model()->invitationAt(row).id);
    }
    QStringList labels(const Desk& d) const
    {
        QStringList out;
        for (int r = 0; r < d.model()->rowCount(); ++r)
            out << label(d, r);
        return out;
    }
    InvitationService service() const { return InvitationService(m_db, at(kNow)); }
    Invitation get(const QString& name) const
    {
        return service().get(m_tree[QStringLiteral("sales1")], m_ids.value(name)).value();
    }
    bool exec(const QString& sql, const QVariantList& binds)
    {
        QSqlQuery q(m_db->connection().value());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec();
    }
    bool add(const QString& name, const QString& status, const QString& delivery,
             const QDateTime& expiresAt, const QString& error = {})
    {
        InvitationService then(m_db, at(kNow.addDays(-10)));
        NewInvitation in;
        in.email = name + QStringLiteral("@example.com");
        in.type = QStringLiteral("doctor");
        in.firstName = QStringLiteral("Pat");
        in.lastName = name;
        auto inv = then.create(m_tree[QStringLiteral("sales1")], in);
        if (!inv)
            return false;
        m_ids.insert(name, inv->id);
        return exec(QStringLiteral("UPDATE user_invitations SET status = ?, "
                                   "email_delivery_status = ?, expires_at = ?, "
                                   "last_email_error = ? WHERE id = ?"),
                    {status, delivery, m_db->timeValue(expiresAt),
                     error.isEmpty() ? QVariant(QString()) : QVariant(error), inv->id});
    }
    int rowOf(const Desk& d, const QString& name) const
    {
        return d.model()->rowOf(m_ids.value(name));
    }
    static ResendConfirmDialog* confirmation(const Desk& d)
    {
        ResendConfirmDialog* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                found = d.window->findChild<ResendConfirmDialog*>();
                return found && found->isVisible();
            },
            10000);
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        QVERIFY(exec(QStringLiteral("UPDATE organizations SET expiry_days = 7"), {}));
        QVERIFY(add(QStringLiteral("bounced"), QStringLiteral("failed"), QStringLiteral("failed"),
                    kNow.addDays(4),
                    QStringLiteral("550 5.1.1 <bounced@example.com>: no such user")));
        QVERIFY(add(QStringLiteral("expiring"), QStringLiteral("sent"), QStringLiteral("sent"),
                    kNow.addSecs(30 * 3600)));
        QVERIFY(add(QStringLiteral("never"), QStringLiteral("pending"), QStringLiteral("queued"),
                    kNow.addDays(-2)));
        QVERIFY(add(QStringLiteral("fine"), QStringLiteral("sent"), QStringLiteral("sent"),
                    kNow.addDays(6)));
    }

    void listsTheThreeKinds()
    {
        Desk d = open();
        // Bounced first, then the one about to expire, then the one never delivered.
        QCOMPARE(labels(d), (QStringList{"bounced", "expiring", "never"}));
        QCOMPARE(int(d.model()->reasonAt(0)), int(AttentionReason::Bounced));
        QCOMPARE(int(d.model()->reasonAt(1)), int(AttentionReason::ExpiringSoon));
        QCOMPARE(int(d.model()->reasonAt(2)), int(AttentionReason::NeverDelivered));
        auto text = [&](int row, int column) {
            return d.model()->data(d.model()->index(row, column)).toString();
        };
        QCOMPARE(text(0, AttentionTableModel::ReasonColumn), QStringLiteral("The e-mail bounced"));
        QCOMPARE(text(1, AttentionTableModel::ReasonColumn),
                 QStringLiteral("Expires within 48 hours, not accepted"));
        // Past 24 hours the list counts calendar days (RelativeTime): 30 hours from noon is
        // tomorrow.
        QCOMPARE(text(1, AttentionTableModel::ExpiresColumn), QStringLiteral("in 1 day"));
        QCOMPARE(text(2, AttentionTableModel::ReasonColumn), QStringLiteral("Never delivered"));
        QVERIFY(d.model()
                    ->data(d.model()->index(0, AttentionTableModel::ReasonColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no such user")));
        QCOMPARE(d.page()->fixButton(0)->text(), QStringLiteral("Correct the address and resend…"));
        QCOMPARE(d.page()->fixButton(1)->text(), QStringLiteral("Resend…"));
        QCOMPARE(d.page()->fixButton(2)->text(), QStringLiteral("Resend…"));
        QVERIFY(d.page()->fixButton(0)->isVisible());
        QCOMPARE(d.model()->totalCount(), qint64(3));
        QVERIFY(d.page()->emptyState()->isHidden());
        // The tab carries the count.
        const int tab = d.window->pages()->indexOf(d.page());
        QCOMPARE(tab, 1);
        QCOMPARE(d.window->pages()->tabText(tab), QStringLiteral("Needs a&ttention (3)"));
        // The invitation list says the same of the one never delivered.
        InvitationTableModel* list = d.window->invitationsPage()->model();
        const int row = list->rowOf(m_ids.value(QStringLiteral("never")));
        QVERIFY(row >= 0);
        QCOMPARE(list->data(list->index(row, InvitationTableModel::DeliveryColumn)).toString(),
                 QStringLiteral("Never delivered"));
    }

    // More than a page: "Showing N of M" and "Show more", which adds the next (keyset) page,
    // no row twice, the current row kept, until all are there.
    void showMoreLoadsTheNextPage()
    {
        Desk d = open();
        sweepDone(d);
        d.model()->setPageSize(1);
        d.page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 1, 20000);
        QCOMPARE(d.page()->countText(), QStringLiteral("Showing 1 of 3"));
        QPushButton* more = d.page()->moreButton();
        QVERIFY(more->isVisible() && more->isEnabled());
        QCOMPARE(d.model()->rowCount(), 1);
        d.page()->view()->setCurrentIndex(d.model()->index(0, 0));
        const QString current = labels(d).first();
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 2, 20000);
        QCOMPARE(d.page()->countText(), QStringLiteral("Showing 2 of 3"));
        QCOMPARE(label(d, d.page()->view()->currentIndex().row()), current);
        QVERIFY(more->isVisible());
        more->setFocus();
        QTest::keyClick(more, Qt::Key_Space); // the keyboard too
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 3, 20000);
        // All three, each once, by reason as always; nothing more to show.
        QCOMPARE(labels(d), (QStringList{"bounced", "expiring", "never"}));
        QVERIFY(!d.model()->hasMore());
        QVERIFY(!more->isVisible());
        QCOMPARE(d.page()->countText(), QStringLiteral("3 invitations"));
        QCOMPARE(d.page()->fixButton(2)->text(), QStringLiteral("Resend…"));
    }

    // A long list is counted only so far: the page and the tab say "2+" rather than a count
    // that read every row, until every row is loaded.
    void aLongListIsCountedUpToItsBound()
    {
        Desk d = open();
        sweepDone(d);
        d.model()->setPageSize(1);
        d.model()->setCountedAtMost(2);
        d.page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 1, 20000);
        QCOMPARE(d.model()->totalCount(), qint64(2));
        QVERIFY(d.model()->totalIsAtLeast());
        QCOMPARE(d.page()->countText(), QStringLiteral("Showing 1 of 2+"));
        const int tab = d.window->pages()->indexOf(d.page());
        QCOMPARE(d.window->pages()->tabText(tab), QStringLiteral("Needs a&ttention (2+)"));
        QVERIFY(d.page()->moreButton()->isVisible() && d.page()->moreButton()->isEnabled());
        QTest::mouseClick(d.page()->moreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 2, 20000);
        QCOMPARE(d.page()->countText(), QStringLiteral("Showing 2 of 2+"));
        // The last page: every row is there, so the size is known.
        QTest::mouseClick(d.page()->moreButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 3, 20000);
        QVERIFY(!d.model()->totalIsAtLeast());
        QCOMPARE(d.page()->countText(), QStringLiteral("3 invitations"));
        QCOMPARE(d.window->pages()->tabText(tab), QStringLiteral("Needs a&ttention (3)"));
        // Counted again with room to spare: the exact figure.
        d.model()->setCountedAtMost(10);
        d.page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!d.model()->isLoading() && d.model()->rowCount() == 1, 20000);
        QVERIFY(!d.model()->totalIsAtLeast());
        QCOMPARE(d.page()->countText(), QStringLiteral("Showing 1 of 3"));
        QCOMPARE(d.window->pages()->tabText(tab), QStringLiteral("Needs a&ttention (3)"));
    }

    void bouncedIsCorrectedAndResent()
    {
        Desk d = open();
        const int row = rowOf(d, QStringLiteral("bounced"));
        QVERIFY(row >= 0);
        QTest::mouseClick(d.page()->fixButton(row), Qt::LeftButton);
        CorrectAddressDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = d.window->findChild<CorrectAddressDialog*>()) && dialog->isVisible(), 10000);
        dialog->emailField()->setText(QStringLiteral("bounced.right@example.com"));
        QSignalSpy saved(d.actions(), &InvitationActions::invitationSaved);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const Invitation after = get(QStringLiteral("bounced"));
        QCOMPARE(after.email, QStringLiteral("bounced.right@example.com"));
        QCOMPARE(after.status, InvitationStatus::Pending);
        // The page reads the list again: the fixed one is gone.
        QTRY_COMPARE_WITH_TIMEOUT(labels(d), (QStringList{"expiring", "never"}), 10000);
        QTRY_COMPARE(d.window->pages()->tabText(d.window->pages()->indexOf(d.page())),
                     QStringLiteral("Needs a&ttention (2)"));
    }

    void expiringIsResentAfterConfirmation()
    {
        Desk d = open();
        const int row = rowOf(d, QStringLiteral("expiring"));
        QVERIFY(row >= 0);
        QTest::mouseClick(d.page()->fixButton(row), Qt::LeftButton);
        ResendConfirmDialog* dialog = confirmation(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->preview().count(), 1);
        QSignalSpy finished(d.actions(), &InvitationActions::bulkFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const Invitation after = get(QStringLiteral("expiring"));
        QCOMPARE(after.resendCount, 1);
        QCOMPARE(after.expiresAt, kNow.addDays(7));
        QTRY_COMPARE_WITH_TIMEOUT(labels(d), QStringList{"never"}, 10000);
    }

    void neverDeliveredIsResentFromTheKeyboard()
    {
        Desk d = open();
        const int row = rowOf(d, QStringLiteral("never"));
        QVERIFY(row >= 0);
        QTableView* view = d.page()->view();
        view->setFocus();
        view->setCurrentIndex(d.model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        ResendConfirmDialog* dialog = confirmation(d);
        QVERIFY(dialog);
        QSignalSpy finished(d.actions(), &InvitationActions::bulkFinished);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(d.model()->rowCount() == 0 && !d.model()->isLoading(), 10000);
        const Invitation after = get(QStringLiteral("never"));
        QCOMPARE(after.status, InvitationStatus::Pending);
        QCOMPARE(after.expiresAt, kNow.addDays(7));
        // Nothing left: the page says so, and the tab has no count.
        QTRY_VERIFY(d.page()->emptyState()->isVisible());
        QCOMPARE(d.page()->emptyState()->title(), QStringLiteral("Nothing needs attention"));
        QCOMPARE(d.window->pages()->tabText(d.window->pages()->indexOf(d.page())),
                 QStringLiteral("Needs a&ttention"));
    }
};

QTEST_MAIN(TestAttentionPage)
#include "test_attention_page.moc"
