// The CSV import dialog: a file is read and checked on the worker (counts, preview, the
// error table by row and column, unknown columns), only valid rows are imported, a file
// without valid rows cannot be imported, Cancel writes nothing, an unreadable file says so,
// and the window offers Import CSV… to those who may invite.
#include "UiFixture.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/models/ImportPreviewModel.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationActions.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestImportDialog : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;
    QTemporaryDir m_dir;

    std::unique_ptr<Session> session(const QString& who)
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                         m_fx.tree[who]);
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }
    qint64 countMatching(const QString& prefix) const
    {
        InvitationQuery q;
        q.search = prefix;
        return m_fx.countFor(QStringLiteral("admin"), q);
    }
    bool hasOpenInvitation(const QString& email) const
    {
        auto check = m_fx.service().checkEmail(m_fx.tree[QStringLiteral("admin")], email);
        return check && check->hasOpenInvitation;
    }
    static bool waitChecked(ImportDialog& d)
    {
        return QTest::qWaitFor([&] { return d.state() != ImportDialog::State::Checking; }, 20000);
    }
    // Three valid rows and four invalid ones of different kinds.
    static QByteArray mixedFile(const QString& p)
    {
        return QStringLiteral("email,First Name,last_name,invitation_type,npi,message\r\n"
                              "%1a@example.org,Ana,\"Ruiz, María\",doctor,1234567893,\r\n"
                              "not-an-email,Bo,Berg,doctor,,\r\n"
                              "%1b@example.org,Cy,Cruz,sales,,\r\n"
                              "%1c@example.org,Di,,doctor,,\r\n"
                              "%1a@example.org,Ed,Eng,doctor,,\r\n"
                              "%1d@example.org,Fe,Fox,unicorn,,\r\n"
                              "%1e@example.org,Gil,Gómez,doctor,,\"Welcome\naboard\"\r\n")
            .arg(p)
            .toUtf8();
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QString error;
        if (!m_fx.setUp(3, &error))
            QFAIL(qPrintable(error));
    }

    void checkShowsCountsPreviewAndErrors()
    {
        const QString path = writeFile(QStringLiteral("mixed.csv"), mixedFile("uichk-"));
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.show();
        QVERIFY(!dialog.importButton()->isEnabled());
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        // A result can come back before run() returns: hold the worker to see the busy state.
        QSemaphore hold;
        s->worker()->run(
            &dialog, [&hold] { hold.acquire(); }, [] {});
        dialog.loadFile(path);
        QCOMPARE(dialog.state(), ImportDialog::State::Checking);
        QVERIFY(!dialog.chooseButton()->isEnabled());
        QVERIFY(dialog.progressBar()->isVisible());
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);
        QStringList all;
        for (const ImportError& e : dialog.report().errors)
            all << QStringLiteral("%1/%2: %3").arg(e.row).arg(e.column, e.message);
        QVERIFY2(dialog.report().valid == 3, qPrintable(all.join(QStringLiteral(" | "))));
        QCOMPARE(dialog.report().invalid, 4);
        QCOMPARE(dialog.summaryText(), QStringLiteral("3 valid rows, 4 rows with errors"));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(dialog.importButton()->text(), QStringLiteral("&Import and send 3 invitations"));
        QVERIFY2(
            dialog.messageText().contains(QStringLiteral("4 rows with errors will be skipped")),
            qPrintable(dialog.messageText()));

        // The error table: spreadsheet rows (header = 1) and columns.
        QList<QPair<qint64, QString>> where;
        for (const ImportError& e : dialog.errorModel()->errors())
            where.append({e.row, e.column});
        const QList<QPair<qint64, QString>> expected = {{3, QStringLiteral("email")},
                                                        {5, QStringLiteral("last_name")},
                                                        {6, QStringLiteral("email")},
                                                        {7, QStringLiteral("invitation_type")}};
        QCOMPARE(where, expected);
        const ImportError& duplicate = dialog.errorModel()->errorAt(2);
        QVERIFY2(duplicate.message.contains(QStringLiteral("row 2")),
                 qPrintable(duplicate.message));
        // As the view shows it, sorted by row, and sortable by another column.
        QAbstractItemModel* shown = dialog.errorView()->model();
        QCOMPARE(shown->rowCount(), 4);
        QCOMPARE(shown->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Row"));
        QCOMPARE(shown->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Column"));
        QCOMPARE(shown->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Message"));
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("3"));
        dialog.errorView()->sortByColumn(ImportErrorModel::RowColumn, Qt::DescendingOrder);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("7"));
        dialog.errorView()->sortByColumn(ImportErrorModel::ColumnColumn, Qt::AscendingOrder);
        QCOMPARE(shown->index(0, 1).data().toString(), QStringLiteral("email"));

        // The preview: the file's own header, every record, row numbers as in a spreadsheet.
        ImportPreviewModel* preview = dialog.previewModel();
        QCOMPARE(preview->header(), QStringList({"email", "First Name", "last_name",
                                                 "invitation_type", "npi", "message"}));
        QCOMPARE(preview->rowCount(), 7);
        QCOMPARE(preview->index(0, 2).data().toString(), QStringLiteral("Ruiz, María"));
        QCOMPARE(preview->headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
        QCOMPARE(preview->index(6, 5).data().toString(), QStringLiteral("Welcome …"));
        QCOMPARE(preview->index(6, 5).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Welcome\naboard"));
        QVERIFY(preview->unknownColumns().isEmpty());
        QVERIFY(!preview->index(1, 0).data(Qt::BackgroundRole).isNull()); // row 3, email
        QVERIFY(preview->index(0, 0).data(Qt::BackgroundRole).isNull());
        QVERIFY(!preview->messagesFor(3).isEmpty()); // row 5
        QVERIFY(preview->messagesFor(0).isEmpty());
        QCOMPARE(countMatching(QStringLiteral("uichk-")), 0); // checking writes nothing
    }

    void previewStopsAtTwentyRows()
    {
        QByteArray file = "email,first_name,last_name,invitation_type\n";
        for (int i = 0; i < 45; ++i)
            file += QStringLiteral("uimany-%1@example.org,A,B,doctor\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("many.csv"), file);
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.report().valid, 45);
        QCOMPARE(dialog.previewModel()->rowCount(), ImportDialog::kPreviewRows);
        QCOMPARE(dialog.summaryText(), QStringLiteral("45 valid rows, 0 rows with errors"));
        QCOMPARE(dialog.errorView()->model()->rowCount(), 0);
    }

    void importWritesOnlyTheValidRows()
    {
        const QString path = writeFile(QStringLiteral("import.csv"), mixedFile("uiimp-"));
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(dialog.state(), ImportDialog::State::Done);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toLongLong(), 3);
        QCOMPARE(dialog.summaryText(), QStringLiteral("Imported 3 invitations"));
        QVERIFY(!dialog.importButton()->isVisible());

        QCOMPARE(countMatching(QStringLiteral("uiimp-")), 3);
        QVERIFY(hasOpenInvitation(QStringLiteral("uiimp-a@example.org")));
        QVERIFY(hasOpenInvitation(QStringLiteral("uiimp-b@example.org")));
        QVERIFY(hasOpenInvitation(QStringLiteral("uiimp-e@example.org")));
        QVERIFY(!hasOpenInvitation(QStringLiteral("uiimp-c@example.org")));
        QVERIFY(!hasOpenInvitation(QStringLiteral("uiimp-d@example.org")));
        InvitationQuery q;
        q.search = QStringLiteral("uiimp-a@");
        auto list = m_fx.service().list(m_fx.tree[QStringLiteral("admin")], q);
        QVERIFY(list);
        QCOMPARE(list->items.size(), 1);
        QCOMPARE(list->items.first().lastName, QStringLiteral("Ruiz, María"));
        QCOMPARE(list->items.first().firstName, QStringLiteral("Ana")); // the first row, not row 6
    }

    void fileWithoutValidRowsCannotBeImported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("all rows invalid")
            << QByteArray("email,first_name,last_name,invitation_type\n"
                          "bad,A,B,doctor\n"
                          "uiinv@example.org,,B,doctor\n")
            << "No row can be imported";
        QTest::newRow("header only")
            << QByteArray("email,first_name,last_name,invitation_type\n") << "no rows to import";
        QTest::newRow("unknown column")
            << QByteArray("email,first_name,last_name,invitation_type,favourite_colour\n"
                          "uiunk@example.org,A,B,doctor,blue\n")
            << "Unknown columns: favourite_colour";
    }
    void fileWithoutValidRowsCannotBeImported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path =
            writeFile(QStringLiteral("invalid-%1.csv").arg(QTest::currentDataTag()), content);
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(dialog.messageText().contains(message), qPrintable(dialog.messageText()));
        const qint64 before = m_fx.countFor(QStringLiteral("admin"));
        dialog.startImport(); // refused: nothing to import
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);
        QCOMPARE(m_fx.countFor(QStringLiteral("admin")), before);
        if (QByteArray(QTest::currentDataTag()) == "unknown column") {
            QCOMPARE(dialog.previewModel()->unknownColumns(), QStringList{"favourite_colour"});
            QVERIFY(dialog.report().fileError);
            QCOMPARE(dialog.errorModel()->errorAt(0).row, 1);
            QCOMPARE(dialog.errorModel()->errorAt(0).column, QStringLiteral("favourite_colour"));
        }
    }

    void unreadableFileIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(dialog.state(), ImportDialog::State::NoFile);
        QCOMPARE(dialog.summaryText(), QStringLiteral("The file cannot be imported"));
        QVERIFY2(dialog.messageText().contains(QStringLiteral("does-not-exist.csv")),
                 qPrintable(dialog.messageText()));
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.chooseButton()->isEnabled());
    }

    // A file of many bad rows: the table lists the first 1,000 problems, a line under it
    // says how many more there are (issue 11, finding 7).
    void manyErrorsListTheFirstThousandAndCountTheRest()
    {
        QByteArray content = "email,first_name,last_name,invitation_type\r\n";
        for (int i = 0; i < 1200; ++i)
            content += "not-an-email-" + QByteArray::number(i) + ",Ann,Bee,doctor\r\n";
        const QString path = writeFile(QStringLiteral("many-errors.csv"), content);
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.show();
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        dialog.loadFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(dialog.report().invalid, 1200);
        QCOMPARE(dialog.errorModel()->rowCount(), 1000);
        QCOMPARE(dialog.report().moreErrors, 200);
        auto* more = dialog.findChild<QLabel*>(QStringLiteral("importMoreErrors"));
        QVERIFY(more);
        QVERIFY(more->isVisible());
        QVERIFY2(more->text().contains(QStringLiteral("and 200 more")), qPrintable(more->text()));

        // A file with fewer problems hides the line again.
        const QString small = writeFile(QStringLiteral("few-errors.csv"), mixedFile("uimany-"));
        dialog.loadFile(small);
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 20000);
        QCOMPARE(dialog.report().moreErrors, 0);
        QVERIFY(!more->isVisible());
    }

    void cancelBeforeTheWriteWritesNothing()
    {
        const QString path = writeFile(QStringLiteral("cancel.csv"), mixedFile("uicnl-"));
        auto s = session(QStringLiteral("admin"));
        ImportDialog dialog(s.get());
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QVERIFY(dialog.importButton()->isEnabled());

        // Hold the worker so the import is still queued when Cancel is pressed.
        QSemaphore hold;
        s->worker()->run(
            &dialog, [&hold] { hold.acquire(); }, [] {});
        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.startImport();
        QCOMPARE(dialog.state(), ImportDialog::State::Importing);
        QVERIFY(dialog.progressBar()->isVisible() || !dialog.isVisible());
        dialog.reject(); // Escape / Cancel while importing stops the import, keeps the dialog
        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(dialog.state(), ImportDialog::State::Checked);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("nothing was written")),
                 qPrintable(dialog.messageText()));
        QCOMPARE(countMatching(QStringLiteral("uicnl-")), 0);
        QCOMPARE(dialog.result(), 0); // not closed
    }

    void windowOffersImportToThoseWhoMayInvite()
    {
        const QString path =
            writeFile(QStringLiteral("window.csv"), "email,first_name,last_name,invitation_type\n"
                                                    "uiwin-a@example.org,A,B,doctor\n");
        auto admin = session(QStringLiteral("admin"));
        MainWindow window(admin.get(), nullptr, nullptr, &m_languages);
        QAction* action = window.actions()->importAction();
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        QVERIFY(action->shortcut() != window.actions()->detailsAction()->shortcut());
        QCOMPARE(action->objectName(), QStringLiteral("actionImport"));

        QSignalSpy importedSpy(window.actions(), &InvitationActions::invitationsImported);
        QSignalSpy reset(window.invitationsPage()->model(), &QAbstractItemModel::modelReset);
        ImportDialog* dialog = window.actions()->importCsv(path);
        QVERIFY(dialog);
        QVERIFY(waitChecked(*dialog));
        QVERIFY2(dialog->importButton()->isEnabled(),
                 qPrintable(dialog->summaryText() + QLatin1Char(' ') + dialog->messageText()));
        dialog->startImport();
        QTRY_COMPARE_WITH_TIMEOUT(importedSpy.count(), 1, 20000);
        QCOMPARE(importedSpy.first().first().toLongLong(), 1);
        QTRY_VERIFY(reset.count() >= 1); // the list reloads
        QCOMPARE(countMatching(QStringLiteral("uiwin-")), 1);
        dialog->close();

        auto staff = session(QStringLiteral("staff1")); // medical staff invite nobody
        MainWindow staffWindow(staff.get(), nullptr, nullptr, &m_languages);
        QVERIFY(!staffWindow.actions()->importAction()->isEnabled());
        QVERIFY(!staffWindow.actions()->importCsv(path));
    }
};

QTEST_MAIN(TestImportDialog)
#include "test_import_dialog.moc"
