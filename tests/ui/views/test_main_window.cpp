// The main window: title, pages and shortcuts, filters driven through the widgets, cancel and
// resend of selected rows (QTest input, QSignalSpy), the statistics page against
// `invitedesk stats --json`, remembered layout and a live language switch.
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/domain/Role.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/ResendConfirmDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/AuditTableModel.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/AttentionPage.h"
#include "ui/views/AuditPage.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"
#include "ui/views/StatisticsPage.h"
#include "ui/widgets/EmptyStateOverlay.h"
#include "ui/widgets/MultiSelectButton.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestMainWindow : public QObject {
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
    static void settle(const Desk& d) { d.settle(); }
    static QPoint centre(const Desk& d, int row)
    {
        return d.view()->visualRect(d.model()->index(row, 0)).center();
    }
    // Rows of a status among the loaded ones.
    static QList<int> rowsWith(const Desk& d, InvitationStatus status, int count)
    {
        QList<int> rows;
        for (int r = 0; r < d.model()->rowCount() && rows.size() < count; ++r)
            if (d.model()->rowAt(r).status == status)
                rows << r;
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        QString error;
        if (!m_fx.setUp(30, &error))
            QFAIL(qPrintable(error));
    }

    void titleAndPages()
    {
        Desk admin = open(QStringLiteral("admin"));
        const User& u = m_fx.tree[QStringLiteral("admin")];
        QCOMPARE(admin.window->windowTitle(), QStringLiteral("Fixture Org — %1").arg(u.fullName()));
        // What the title bar shows: Qt's platform windows append the display name
        // (QPlatformWindow::formatWindowTitle), so the product is named once, at the end.
        const QString displayName = QGuiApplication::applicationDisplayName();
        QGuiApplication::setApplicationDisplayName(QStringLiteral("InviteDesk"));
        const QString shown = admin.window->windowTitle() + QStringLiteral(" — ") +
                              QGuiApplication::applicationDisplayName();
        QGuiApplication::setApplicationDisplayName(displayName);
        QCOMPARE(shown.count(QStringLiteral("InviteDesk")), 1);
        QCOMPARE(admin.window->pages()->count(), 5); // with the audit page
        Desk sales = open(QStringLiteral("sales1"));
        // Invitations, Needs attention, Statistics, People
        QCOMPARE(sales.window->pages()->count(), 4);
        QCOMPARE(sales.window->pages()->widget(1), sales.window->attentionPage());
        QVERIFY(!sales.window->auditPage());
    }

    // Issue 18, item 7: the type filter offers the types the person's list can hold, and is
    // gone for a role whose list holds none.
    void typeFilterOffersWhatTheListCanHold_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("admin") << "admin" << roles::allNames();
        QTest::newRow("sales") << "sales1"
                               << QStringList{"doctor", "office_admin", "medical_staff"};
        QTest::newRow("office admin") << "office1" << QStringList{"office_admin", "medical_staff"};
        QTest::newRow("ivr company") << "ivr" << QStringList{};
    }
    void typeFilterOffersWhatTheListCanHold()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, types);
        Desk d = open(who);
        auto* filter = d.window->findChild<QToolButton*>(QStringLiteral("typeFilter"));
        QVERIFY(filter);
        QStringList offered;
        for (QAction* a : filter->menu()->actions()) {
            if (a->isCheckable() && !a->data().toString().isEmpty())
                offered << a->data().toString();
        }
        QCOMPARE(offered, types);
        QCOMPARE(filter->isVisible(), !types.isEmpty());
    }

    // Issue 18, item 5: the audit check in plain words.
    void auditCheckSaysItPlainly()
    {
        Desk d = open(QStringLiteral("admin"));
        AuditPage* audit = d.window->auditPage();
        QVERIFY(audit);
        auto* check = audit->findChild<QPushButton*>(QStringLiteral("verifyChain"));
        QCOMPARE(check->text().remove(QLatin1Char('&')),
                 QStringLiteral("Check that the log has not been altered"));
        QSignalSpy verified(audit, &AuditPage::verified);
        audit->verifyChain();
        QTRY_VERIFY_WITH_TIMEOUT(!verified.isEmpty(), 20000);
        QVERIFY(verified.first().at(0).toBool());
        QVERIFY2(audit->verifyResult().startsWith(QStringLiteral("The log has not been altered: ")),
                 qPrintable(audit->verifyResult()));
        QVERIFY(!audit->verifyResult().contains(QStringLiteral("chain")));
    }

    // Issue 18, item 5: audit rows name the invitee, the search takes a name or an e-mail,
    // an empty result says so, and a row opens its invitation.
    void auditNamesFindsAndOpensTheInvitee()
    {
        Desk d = open(QStringLiteral("admin"));
        AuditPage* audit = d.window->auditPage();
        d.window->pages()->setCurrentWidget(audit);
        AuditTableModel* model = audit->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 20000);
        auto* search = audit->findChild<QLineEdit*>(QStringLiteral("auditInvitation"));
        auto searchFor = [&](const QString& text) {
            search->setFocus();
            search->setText(text); // keyClicks types ASCII only
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(model->filter().invitee == text && !model->isLoading(), 20000);
        };
        searchFor(QStringLiteral("person0007@"));
        QVERIFY(model->rowCount() > 0);
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, AuditTableModel::InvitationColumn).data().toString(),
                     QStringLiteral("Zoë Last07 <person0007@example.com>"));
        auto* empty = audit->findChild<EmptyStateOverlay*>();
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());

        searchFor(QStringLiteral("nobody-by-this-name"));
        QCOMPARE(model->rowCount(), 0);
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->title(), QStringLiteral("No events match these filters"));

        searchFor(QStringLiteral("Zoë Last07"));
        QVERIFY(model->rowCount() > 0);
        QVERIFY(!empty->isVisible());
        const QRect cell = audit->view()->visualRect(model->index(0, 0));
        // A double-click is a press, a release and a second press delivered as a double-click.
        QTest::mouseClick(audit->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(audit->view()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(d.window->findChild<InvitationDetailsDialog*>(), 10000);
        auto* details = d.window->findChild<InvitationDetailsDialog*>();
        QTRY_VERIFY_WITH_TIMEOUT(details->isLoaded(), 10000);
        QCOMPARE(details->invitation().id, model->invitationIdAt(0));
        QCOMPARE(details->invitation().email, QStringLiteral("person0007@example.com"));
        details->close();
    }

    void shortcuts()
    {
        Desk d = open(QStringLiteral("admin"));
        QTest::keyClick(d.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(d.window->pages()->currentIndex(), 1);
        QTest::keyClick(d.window.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(d.window->pages()->currentIndex(), 2);
        QTest::keyClick(d.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(d.window->pages()->currentIndex(), 0);
        QTest::keyClick(d.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(d.window->invitationsPage()->searchField()->hasFocus());
        QSignalSpy reset(d.model(), &QAbstractItemModel::modelReset);
        QTest::keyClick(d.view(), Qt::Key_F5);
        QTRY_VERIFY(reset.count() >= 1);
        QCOMPARE(d.window->actions()->newAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(d.window->actions()->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
        // Every action can be reached from the keyboard.
        for (QAction* a :
             {d.window->actions()->newAction(), d.window->actions()->editAction(),
              d.window->actions()->detailsAction(), d.window->actions()->resendAction(),
              d.window->actions()->cancelAction(), d.window->actions()->exportAction(),
              d.window->actions()->refreshAction(), d.window->settingsAction(),
              d.window->quitAction(), d.window->changePasswordAction()})
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
    }

    void searchIsDebouncedAndFilters()
    {
        Desk d = open(QStringLiteral("admin"));
        QLineEdit* search = d.window->invitationsPage()->searchField();
        QSignalSpy reset(d.model(), &QAbstractItemModel::modelReset);
        QTest::keyClicks(search, QStringLiteral("person000"));
        QCOMPARE(reset.count(), 0); // nothing until the typing pauses
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 3000);
        settle(d);
        InvitationQuery q;
        q.search = QStringLiteral("person000");
        const qint64 expected = m_fx.countFor(QStringLiteral("admin"), q);
        QCOMPARE(qint64(d.model()->rowCount()), expected);
        QCOMPARE(d.window->invitationsPage()->countText(),
                 QStringLiteral("%1 invitations").arg(expected));

        d.window->invitationsPage()->statusFilter()->setSelectedValues(
            {QStringLiteral("cancelled")});
        settle(d);
        for (int r = 0; r < d.model()->rowCount(); ++r)
            QCOMPARE(d.model()->rowAt(r).status, InvitationStatus::Cancelled);
        q.statuses = {InvitationStatus::Cancelled};
        QCOMPARE(qint64(d.model()->rowCount()), m_fx.countFor(QStringLiteral("admin"), q));

        QTest::keyClicks(search, QStringLiteral("zzz-none"));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("no-such-person"));
        QTRY_VERIFY_WITH_TIMEOUT(d.window->invitationsPage()->emptyState()->isVisible(), 5000);
        QVERIFY(
            d.window->invitationsPage()->emptyState()->title().contains(QStringLiteral("match")));
        d.window->invitationsPage()->clearFilters();
        settle(d);
        QCOMPARE(d.model()->totalCount(), m_fx.countFor(QStringLiteral("admin")));
        QVERIFY(!d.window->invitationsPage()->emptyState()->isVisible());
    }

    void cancelSelectedRows()
    {
        Desk d = open(QStringLiteral("sales1"));
        d.window->invitationsPage()->statusFilter()->setSelectedValues({QStringLiteral("pending")});
        settle(d);
        const QList<int> rows = rowsWith(d, InvitationStatus::Pending, 2);
        QCOMPARE(rows.size(), 2);
        QVERIFY(!d.window->actions()->cancelAction()->isEnabled());
        QTest::mouseClick(d.view()->viewport(), Qt::LeftButton, {}, centre(d, rows[0]));
        QTest::mouseClick(d.view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          centre(d, rows[1]));
        QCOMPARE(d.window->invitationsPage()->selectedIds().size(), 2);
        QVERIFY(d.window->actions()->cancelAction()->isEnabled());
        const QStringList ids = d.window->invitationsPage()->selectedIds();

        int asked = 0;
        d.window->actions()->setReasonProvider([&](int count) -> std::optional<QString> {
            asked = count;
            return QStringLiteral("Duplicate invitation");
        });
        QSignalSpy finished(d.window->actions(), &InvitationActions::bulkFinished);
        d.view()->setFocus();
        QTest::keyClick(d.view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(asked, 2);
        const auto summary = finished.first().first().value<BulkSummary>();
        QCOMPARE(summary.succeeded(), 2);
        QVERIFY(summary.failures.isEmpty());
        for (const QString& id : ids) {
            auto inv = m_fx.service().get(m_fx.tree[QStringLiteral("sales1")], id);
            QVERIFY(inv.ok());
            QCOMPARE(inv->status, InvitationStatus::Cancelled);
            QCOMPARE(inv->cancelReason, QStringLiteral("Duplicate invitation"));
            // The list shows it at once.
            QCOMPARE(d.model()->rowAt(d.model()->rowOf(id)).status, InvitationStatus::Cancelled);
        }
    }

    void cancellingCanBeCalledOff()
    {
        Desk d = open(QStringLiteral("sales1"));
        const QList<int> rows = rowsWith(d, InvitationStatus::Pending, 1);
        QCOMPARE(rows.size(), 1);
        d.view()->selectRow(rows[0]);
        const QString id = d.model()->idAt(rows[0]);
        d.window->actions()->setReasonProvider([](int) { return std::nullopt; });
        QSignalSpy finished(d.window->actions(), &InvitationActions::bulkFinished);
        d.window->actions()->cancelAction()->trigger();
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(m_fx.service().get(m_fx.tree[QStringLiteral("sales1")], id)->status,
                 InvitationStatus::Pending);
    }

    void resendSelectedAndReportFailures()
    {
        Desk d = open(QStringLiteral("sales1"));
        d.window->invitationsPage()->statusFilter()->setSelectedValues({QStringLiteral("pending")});
        settle(d);
        const QList<int> rows = rowsWith(d, InvitationStatus::Pending, 3);
        QCOMPARE(rows.size(), 3);
        auto* selection = d.view()->selectionModel();
        for (int r : rows)
            selection->select(d.model()->index(r, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList ids = d.window->invitationsPage()->selectedIds();
        // Someone else cancels one of them meanwhile: that one must be reported, not lost.
        QVERIFY(m_fx.service()
                    .cancel(m_fx.tree[QStringLiteral("sales1")], ids.last(),
                            QStringLiteral("elsewhere"))
                    .ok());
        QSignalSpy finished(d.window->actions(), &InvitationActions::bulkFinished);
        QVERIFY(d.window->actions()->resendAction()->isEnabled());
        QTest::keyClick(d.window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        // Every resend asks first (test_resend_and_failures covers what it says).
        ResendConfirmDialog* confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (confirm = d.window->findChild<ResendConfirmDialog*>()) && confirm->isVisible(), 10000);
        QCOMPARE(confirm->preview().count(), 2); // the one cancelled meanwhile is not counted
        confirm->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto summary = finished.first().first().value<BulkSummary>();
        QCOMPARE(summary.requested, 3);
        QCOMPARE(summary.succeeded(), 2);
        QCOMPARE(summary.failures.size(), 1);
        QCOMPARE(summary.failures.first().first,
                 d.model()->rowAt(d.model()->rowOf(ids.last())).email);
        QTRY_VERIFY(d.window->findChild<QMessageBox*>(QStringLiteral("bulkReport")));
        auto* report = d.window->findChild<QMessageBox*>(QStringLiteral("bulkReport"));
        QVERIFY(report->detailedText().contains(summary.failures.first().second));
        report->close();
        for (int i = 0; i < 2; ++i) {
            auto inv = m_fx.service().get(m_fx.tree[QStringLiteral("sales1")], ids.at(i));
            QCOMPARE(inv->resendCount, 1);
            QCOMPARE(d.model()->rowAt(d.model()->rowOf(ids.at(i))).resendCount, 1);
        }
    }

    void exportWritesWhatTheFiltersShow()
    {
        Desk d = open(QStringLiteral("admin"));
        d.window->invitationsPage()->statusFilter()->setSelectedValues(
            {QStringLiteral("cancelled")});
        settle(d);
        QVERIFY(d.window->actions()->exportAction()->isEnabled());
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("cancelled.csv"));
        QSignalSpy done(d.window->actions(), &InvitationActions::exportFinished);
        d.window->actions()->exportTo(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        QVERIFY(lines.first().contains(QStringLiteral("\"email\"")));
        InvitationQuery q;
        q.statuses = {InvitationStatus::Cancelled};
        QCOMPARE(qint64(lines.size() - 1), m_fx.countFor(QStringLiteral("admin"), q));
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(QStringLiteral("\"cancelled\"")));
        d.window->invitationsPage()->clearFilters();
    }

    void statisticsEqualTheCommandLine()
    {
        Desk d = open(QStringLiteral("admin"));
        QSignalSpy refreshed(d.window->statisticsPage(), &StatisticsPage::refreshed);
        d.window->showPage(d.window->pages()->indexOf(d.window->statisticsPage()));
        QTRY_VERIFY_WITH_TIMEOUT(d.window->statisticsPage()->hasStatistics(), 10000);
        const QJsonObject shown = d.window->statisticsPage()->statistics().toJson();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INVITEDESK_PASSWORD"), TestFixtures::password());
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("INVITEDESK_BIN"),
                  {QStringLiteral("--database"), m_fx.db->url().display(), QStringLiteral("--as"),
                   m_fx.tree[QStringLiteral("admin")].email, QStringLiteral("--json"),
                   QStringLiteral("stats")});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject printed = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(!printed.isEmpty());
        QCOMPARE(shown, printed);
        // And the cards show those numbers.
        QCOMPARE(d.window->statisticsPage()->statistics().total,
                 printed.value(QStringLiteral("total")).toInteger());
    }

    void layoutIsRemembered()
    {
        {
            Desk d = open(QStringLiteral("admin"));
            d.view()->horizontalHeader()->resizeSection(InvitationTableModel::EmailColumn, 333);
            d.view()->horizontalHeader()->moveSection(InvitationTableModel::ResendsColumn, 0);
            d.window->resize(1000, 640);
            d.window->showPage(1);
            d.window->close();
        }
        Desk again = open(QStringLiteral("admin"), false);
        QCOMPARE(again.view()->horizontalHeader()->sectionSize(InvitationTableModel::EmailColumn),
                 333);
        QCOMPARE(again.view()->horizontalHeader()->visualIndex(InvitationTableModel::ResendsColumn),
                 0);
        QCOMPARE(again.window->size(), QSize(1000, 640));
        QCOMPARE(again.window->pages()->currentIndex(), 1);
        again.window->showPage(0);
        again.window->close();
    }

    void languageSwitchesLive()
    {
        Desk d = open(QStringLiteral("admin"));
        m_desks.languages().apply(QStringLiteral("es")); // LanguageChange reaches widgets as events
        QTRY_COMPARE(d.window->pages()->tabText(0), QStringLiteral("&Invitaciones"));
        QCOMPARE(
            d.model()->headerData(InvitationTableModel::EmailColumn, Qt::Horizontal).toString(),
            QStringLiteral("Correo"));
        QCOMPARE(d.window->actions()->newAction()->text(), QStringLiteral("&Nueva invitación…"));
        QVERIFY(d.window->invitationsPage()->countText().endsWith(QStringLiteral("invitaciones")));
        QCOMPARE(
            d.model()->data(d.model()->index(0, InvitationTableModel::StatusColumn)).toString(),
            statuses::label(d.model()->rowAt(0).status));
        m_desks.languages().apply(QStringLiteral("en"));
        QTRY_COMPARE(d.window->pages()->tabText(0), QStringLiteral("&Invitations"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
