// Issue 18, items 3 and 4 at the desk: every resend (one invitation or a selection, toolbar or
// Ctrl+Shift+R) asks first, with the count, the new expiry and a warning for a send under an
// hour old or an address that bounced, and "don't" changes nothing; a failed invitation's
// details explain the server's reply in plain words and offer the correction; every disabled
// action says why. One injected clock for the services and the desk.
#include "DeskHarness.h"
#include "core/domain/InvitationActionRules.h"
#include "core/mail/DeliveryExplanation.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"
#include "ui/dialogs/CorrectAddressDialog.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/ResendConfirmDialog.h"
#include "ui/dialogs/ShareLinkDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/models/RelativeTime.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/views/ShareLinkFlow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
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

class TestResendAndFailures : public QObject {
    Q_OBJECT
private:
    DatabasePtr m_db;
    UserTree m_tree;
    DeskHarness m_desks;
    QHash<QString, QString> m_ids; // by name: twelve, week, recent, bounced, deferred, cancelled

    using Desk = DeskHarness::Desk;
    Desk open() { return m_desks.open(m_db, m_tree[QStringLiteral("sales1")], at(kNow)); }
    static void select(const Desk& d, const QStringList& names, const QHash<QString, QString>& ids)
    {
        auto* selection = d.window->invitationsPage()->view()->selectionModel();
        selection->clearSelection();
        for (const QString& name : names) {
            const int row = d.model()->rowOf(ids.value(name));
            QVERIFY2(row >= 0, qPrintable(name));
            selection->select(d.model()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
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
    QString create(const QString& email, const QDateTime& when, int days = 0)
    {
        InvitationService then(m_db, at(when));
        NewInvitation in;
        in.email = email;
        in.type = QStringLiteral("doctor");
        in.firstName = QStringLiteral("Pat");
        in.lastName = QStringLiteral("Doe");
        if (days > 0)
            in.expiresDays = days;
        auto inv = then.create(m_tree[QStringLiteral("sales1")], in);
        return inv ? inv->id : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        INVITEDESK_REQUIRE_DB(m_db);
        m_tree = TestFixtures::makeTree(m_db);
        QVERIFY(exec(QStringLiteral("UPDATE organizations SET expiry_days = 7"), {}));
        m_ids[QStringLiteral("twelve")] =
            create(QStringLiteral("twelve@example.com"), kNow.addDays(-3), 12);
        m_ids[QStringLiteral("week")] =
            create(QStringLiteral("week@example.com"), kNow.addDays(-1));
        m_ids[QStringLiteral("recent")] =
            create(QStringLiteral("recent@example.com"), kNow.addDays(-2));
        m_ids[QStringLiteral("bounced")] =
            create(QStringLiteral("bouncd@example.com"), kNow.addDays(-1));
        m_ids[QStringLiteral("deferred")] =
            create(QStringLiteral("slow@example.com"), kNow.addDays(-1));
        m_ids[QStringLiteral("cancelled")] =
            create(QStringLiteral("gone@example.com"), kNow.addDays(-1));
        for (const QString& id : std::as_const(m_ids))
            QVERIFY(!id.isEmpty());
        const QVariant twentyMinutesAgo = m_db->timeValue(kNow.addSecs(-20 * 60));
        QVERIFY(exec(QStringLiteral("UPDATE user_invitations SET status = 'sent', sent_at = ?, "
                                    "last_sent_at = ?, email_delivery_status = 'sent' "
                                    "WHERE id = ?"),
                     {twentyMinutesAgo, twentyMinutesAgo, m_ids[QStringLiteral("recent")]}));
        QVERIFY(exec(QStringLiteral("UPDATE user_invitations SET status = 'failed', "
                                    "email_delivery_status = 'failed', last_email_error = ? "
                                    "WHERE id = ?"),
                     {QStringLiteral("550 5.1.1 <bouncd@example.com>: Recipient address rejected"),
                      m_ids[QStringLiteral("bounced")]}));
        QVERIFY(exec(QStringLiteral("UPDATE user_invitations SET email_delivery_status = "
                                    "'deferred', last_email_error = ? WHERE id = ?"),
                     {QStringLiteral("451 4.7.1 Greylisted, try again later"),
                      m_ids[QStringLiteral("deferred")]}));
        QVERIFY(exec(QStringLiteral("UPDATE email_outbox SET next_attempt_at = ? "
                                    "WHERE invitation_id = ?"),
                     {m_db->timeValue(kNow.addSecs(35 * 60)), m_ids[QStringLiteral("deferred")]}));
        QVERIFY(service()
                    .cancel(m_tree[QStringLiteral("sales1")], m_ids[QStringLiteral("cancelled")],
                            QStringLiteral("duplicate"))
                    .ok());
    }

    void singleResendAsksAndDontChangesNothing()
    {
        Desk d = open();
        select(d, {QStringLiteral("twelve")}, m_ids);
        const Invitation before = get(QStringLiteral("twelve"));
        QSignalSpy finished(d.actions(), &InvitationActions::bulkFinished);
        QVERIFY(d.actions()->resendAction()->isEnabled());
        d.actions()->resendAction()->trigger();
        ResendConfirmDialog* dialog = confirmation(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->preview().count(), 1);
        QVERIFY(dialog->question().contains(QStringLiteral("twelve@example.com")));
        // Its own 12 days again from now; not the organisation's 7, not the 9 it had left.
        QCOMPARE(dialog->preview().items.first().newExpiry, kNow.addDays(12));
        QVERIFY2(dialog->expiryText().contains(RelativeTime::exact(kNow.addDays(12))),
                 qPrintable(dialog->expiryText()));
        auto* recent = dialog->findChild<QLabel*>(QStringLiteral("recentSendWarning"));
        auto* bounced = dialog->findChild<QLabel*>(QStringLiteral("bouncedAddressWarning"));
        QVERIFY(recent && !recent->isVisible());
        QVERIFY(bounced && !bounced->isVisible());
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        const Invitation after = get(QStringLiteral("twelve"));
        QCOMPARE(after.resendCount, 0);
        QCOMPARE(after.expiresAt, before.expiresAt);
        QCOMPARE(after.version, before.version);
    }

    void bulkResendCountsAndWarnsOfARecentSend()
    {
        Desk d = open();
        select(d, {QStringLiteral("twelve"), QStringLiteral("week"), QStringLiteral("recent")},
               m_ids);
        QSignalSpy finished(d.actions(), &InvitationActions::bulkFinished);
        QTest::keyClick(d.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        ResendConfirmDialog* dialog = confirmation(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->preview().count(), 3);
        QVERIFY2(dialog->question().contains(QStringLiteral("3 invitations")),
                 qPrintable(dialog->question()));
        QVERIFY2(dialog->expiryText().contains(RelativeTime::exact(kNow.addDays(7))) &&
                     dialog->expiryText().contains(RelativeTime::exact(kNow.addDays(12))),
                 qPrintable(dialog->expiryText()));
        auto* recent = dialog->findChild<QLabel*>(QStringLiteral("recentSendWarning"));
        QVERIFY(recent->isVisible());
        QVERIFY2(recent->text().contains(QStringLiteral("1 of them")), qPrintable(recent->text()));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("bouncedAddressWarning"))->isVisible());
        QVERIFY(dialog->findChild<QDialogButtonBox*>()
                    ->button(QDialogButtonBox::Cancel)
                    ->isDefault()); // a warning: Enter does not send
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().value<BulkSummary>().succeeded(), 3);
        QCOMPARE(get(QStringLiteral("twelve")).expiresAt, kNow.addDays(12));
        QCOMPARE(get(QStringLiteral("week")).expiresAt, kNow.addDays(7));
        QCOMPARE(get(QStringLiteral("recent")).resendCount, 1);
    }

    void bouncedAddressIsWarnedOf()
    {
        Desk d = open();
        select(d, {QStringLiteral("bounced")}, m_ids);
        QSignalSpy finished(d.actions(), &InvitationActions::bulkFinished);
        d.actions()->resendAction()->trigger();
        ResendConfirmDialog* dialog = confirmation(d);
        QVERIFY(dialog);
        auto* bounced = dialog->findChild<QLabel*>(QStringLiteral("bouncedAddressWarning"));
        QVERIFY(bounced->isVisible());
        QVERIFY2(bounced->text().contains(QStringLiteral("bouncd@example.com")) &&
                     bounced->text().contains(QStringLiteral("bounced")),
                 qPrintable(bounced->text()));
        dialog->reject();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(get(QStringLiteral("bounced")).status, InvitationStatus::Failed);
    }

    void detailsExplainTheReply_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("words");
        QTest::newRow("5.1.1") << "bounced"
                               << "This address does not exist";
        QTest::newRow("4.x with the next attempt")
            << "deferred"
            << QStringLiteral("trying again at %1")
                   .arg(kNow.addSecs(35 * 60).toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    void detailsExplainTheReply()
    {
        QFETCH(QString, name);
        QFETCH(QString, words);
        Session session(BackendServices::wrap(m_db, at(kNow)), m_tree[QStringLiteral("sales1")]);
        InvitationDetailsDialog dialog(&session, m_ids.value(name));
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        auto* meaning = dialog.findChild<QLabel*>(QStringLiteral("deliveryExplanation"));
        QVERIFY(meaning);
        QVERIFY2(meaning->text().contains(words), qPrintable(meaning->text()));
        // The words are the core's mapping (a 5.1.1 reply names no time).
        QCOMPARE(meaning->text(),
                 DeliveryExplanation::explain(get(name).lastEmailError, kNow.addSecs(35 * 60)));
        auto* raw = dialog.findChild<QLabel*>(QStringLiteral("lastEmailError"));
        QVERIFY(raw && raw->text() == get(name).lastEmailError);
    }

    void detailsSayWhyActionsAreDisabled()
    {
        Session session(BackendServices::wrap(m_db, at(kNow)), m_tree[QStringLiteral("sales1")]);
        {
            InvitationDetailsDialog dialog(&session, m_ids.value(QStringLiteral("bounced")));
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
            auto* edit = dialog.findChild<QPushButton*>(QStringLiteral("editInvitation"));
            QVERIFY(!edit->isEnabled());
            QCOMPARE(edit->toolTip(), InvitationActionRules::whyNotEdit(InvitationStatus::Failed));
            QVERIFY(!edit->toolTip().isEmpty());
            auto* correct = dialog.findChild<QPushButton*>(QStringLiteral("correctAddress"));
            QVERIFY(correct->isVisible() && correct->isEnabled());
            auto* resend = dialog.findChild<QPushButton*>(QStringLiteral("resendInvitation"));
            QVERIFY(resend->toolTip().contains(QStringLiteral("bounced")));
        }
        {
            InvitationDetailsDialog dialog(&session, m_ids.value(QStringLiteral("cancelled")));
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
            for (const char* name : {"editInvitation", "resendInvitation", "cancelInvitation"}) {
                auto* b = dialog.findChild<QPushButton*>(QString::fromLatin1(name));
                QVERIFY2(!b->isEnabled(), name);
                QVERIFY2(!b->toolTip().isEmpty(), name);
            }
            QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("resendInvitation"))->toolTip(),
                     InvitationActionRules::whyNotResend(InvitationStatus::Cancelled));
            QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("correctAddress"))
                         ->isVisibleTo(&dialog));
        }
    }

    void windowActionsSayWhyTheyAreDisabled()
    {
        Desk d = open();
        d.window->invitationsPage()->view()->selectionModel()->clearSelection();
        for (QAction* a :
             {d.actions()->editAction(), d.actions()->resendAction(), d.actions()->cancelAction(),
              d.actions()->detailsAction(), d.actions()->correctAddressAction()}) {
            QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
            QVERIFY2(a->toolTip().contains(QStringLiteral("Select")), qPrintable(a->toolTip()));
        }
        select(d, {QStringLiteral("cancelled")}, m_ids);
        QVERIFY(!d.actions()->resendAction()->isEnabled());
        QVERIFY(d.actions()->resendAction()->toolTip().contains(
            InvitationActionRules::whyNotResend(InvitationStatus::Cancelled)));
        QVERIFY(d.actions()->editAction()->toolTip().contains(
            InvitationActionRules::whyNotEdit(InvitationStatus::Cancelled)));
        QVERIFY(d.actions()->cancelAction()->toolTip().contains(
            InvitationActionRules::whyNotCancel(InvitationStatus::Cancelled)));
        select(d, {QStringLiteral("bounced")}, m_ids);
        QVERIFY(!d.actions()->editAction()->isEnabled());
        QVERIFY(d.actions()->editAction()->toolTip().contains(
            InvitationActionRules::whyNotEdit(InvitationStatus::Failed)));
        QVERIFY(d.actions()->correctAddressAction()->isEnabled());
        QVERIFY(d.actions()->resendAction()->isEnabled());
        QVERIFY(!d.actions()->resendAction()->toolTip().contains(QStringLiteral("unavailable")));
    }

    // "Create a link to share" from the list's context menu: the details dialog's rule
    // (InvitationActionRules::whyNotShare) and its reasons, and the same flow.
    void shareLinkFromTheContextMenu()
    {
        Desk d = open();
        QAction* share = d.actions()->shareLinkAction();
        QVERIFY(d.window->invitationsPage()->view()->actions().contains(share));
        QCOMPARE(d.window->invitationsPage()->view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        d.window->invitationsPage()->view()->selectionModel()->clearSelection();
        QVERIFY(!share->isEnabled());
        QVERIFY2(share->toolTip().contains(QStringLiteral("Select")), qPrintable(share->toolTip()));

        Session session(BackendServices::wrap(m_db, at(kNow)), m_tree[QStringLiteral("sales1")]);
        for (const QString& name : {QStringLiteral("cancelled"), QStringLiteral("twelve")}) {
            InvitationDetailsDialog details(&session, m_ids.value(name));
            details.show();
            QTRY_VERIFY_WITH_TIMEOUT(details.isLoaded(), 10000);
            select(d, {name}, m_ids);
            QCOMPARE(share->isEnabled(), details.shareButton()->isEnabled());
            if (!share->isEnabled()) {
                QVERIFY(!details.shareButton()->toolTip().isEmpty());
                QVERIFY2(share->toolTip().contains(details.shareButton()->toolTip()),
                         qPrintable(share->toolTip()));
                QVERIFY(share->toolTip().contains(
                    InvitationActionRules::whyNotShare(InvitationStatus::Cancelled)));
            }
        }
        QVERIFY(share->isEnabled()); // "twelve" is open
        QVERIFY(!share->toolTip().contains(QStringLiteral("unavailable")));
        QSignalSpy shown(d.actions()->shareFlow(), &ShareLinkFlow::shown);
        share->trigger();
        QVERIFY(shown.wait(10000));
        auto* dialog = shown.at(0).at(0).value<ShareLinkDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->reject();
    }

    void correctingTheAddressResends()
    {
        Desk d = open();
        select(d, {QStringLiteral("bounced")}, m_ids);
        d.actions()->correctAddressAction()->trigger();
        CorrectAddressDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = d.window->findChild<CorrectAddressDialog*>()) && dialog->isVisible(), 10000);
        QPushButton* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // the bounced address as it was
        QVERIFY(!ok->toolTip().isEmpty());
        dialog->emailField()->setText(QStringLiteral("bounced@example.com"));
        QVERIFY(ok->isEnabled());
        QSignalSpy saved(d.actions(), &InvitationActions::invitationSaved);
        ok->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const Invitation after = get(QStringLiteral("bounced"));
        QCOMPARE(after.email, QStringLiteral("bounced@example.com"));
        QCOMPARE(after.status, InvitationStatus::Pending);
        QCOMPARE(after.resendCount, 1);
    }
};

QTEST_MAIN(TestResendAndFailures)
#include "test_resend_and_failures.moc"
