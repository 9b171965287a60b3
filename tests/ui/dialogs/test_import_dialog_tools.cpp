// The import dialog's tools (issue 18, item 9): "Download template" writes the header and an
// example row (0600); batch defaults fill the empty cells of the imported rows and a change
// checks the file again; "Save the rejected rows" writes them with an "error" column, and
// that file, fixed, imports; the import button says the e-mails go out, in English and
// Spanish; problem messages are never cut off.
#include "UiFixture.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/PrivateFiles.h"
#include "core/services/ImportTemplate.h"
#include "ui/dialogs/ImportDefaultsBox.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/ImportErrorModel.h"
#include "ui/session/Session.h"

#include <QBuffer>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestImportDialogTools : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;
    QTemporaryDir m_dir;

    std::unique_ptr<Session> session()
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                         m_fx.tree[QStringLiteral("admin")]);
    }
    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return path;
    }
    static bool waitChecked(ImportDialog& d)
    {
        return QTest::qWaitFor([&] { return d.state() != ImportDialog::State::Checking; }, 20000);
    }
    static bool importAll(ImportDialog& d)
    {
        QSignalSpy finished(&d, &ImportDialog::importFinished);
        QTest::mouseClick(d.importButton(), Qt::LeftButton);
        return finished.wait(20000) && d.state() == ImportDialog::State::Done;
    }
    std::optional<Invitation> invitation(const QString& email) const
    {
        InvitationQuery q;
        q.search = email;
        auto list = m_fx.service().list(m_fx.tree[QStringLiteral("admin")], q);
        if (!list || list->items.size() != 1)
            return std::nullopt;
        return list->items.first();
    }
    static QList<QStringList> readCsv(const QString& path, QStringList* header)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        CsvReader reader(&f);
        *header = reader.readHeader().value();
        QList<QStringList> rows;
        CsvRecord r;
        while (reader.readRecord(r).value())
            rows << r.fields;
        return rows;
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QVERIFY(m_dir.isValid());
        QString error;
        if (!m_fx.setUp(1, &error))
            QFAIL(qPrintable(error));
    }
    void cleanup() { m_languages.apply(QStringLiteral("en")); }

    void templateIsDownloaded()
    {
        auto s = session();
        ImportDialog dialog(s.get());
        dialog.show();
        QCOMPARE(dialog.templateButton()->text(), QStringLiteral("&Download template…"));
        QVERIFY(dialog.templateButton()->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("template.csv"));
        QVERIFY(dialog.saveTemplateTo(path));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray content = saved.readAll();
        QBuffer expected;
        expected.open(QIODevice::WriteOnly);
        QVERIFY(ImportTemplate::write(&expected).ok());
        QCOMPARE(content, expected.data());
        QVERIFY(content.contains("\"email\",\"first_name\",\"last_name\",\"invitation_type\""));
        QCOMPARE(content.count("\r\n"), 2); // header and one example row
        QVERIFY(!PrivateFiles::isOpenToOthers(path));
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Template saved")),
                 qPrintable(dialog.messageText()));

        // The template imports as it is: its example row passes the check.
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.report().valid, 1);
        QCOMPARE(dialog.report().invalid, 0);
    }

    void batchDefaultsAreApplied()
    {
        const User& sales = m_fx.tree[QStringLiteral("sales1")];
        const QString path = writeFile(QStringLiteral("defaults.csv"),
                                       "email,first_name,last_name,invitation_type,language\r\n"
                                       "uidef-a@example.org,Ana,Ruiz,doctor,\r\n"
                                       "uidef-b@example.org,Bo,Berg,M\xC3\xA9"
                                       "dico,en\r\n");
        auto s = session();
        ImportDialog dialog(s.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.report().valid, 2);

        // An upline no one has: the file is checked again with it, and both rows fail.
        ImportDefaultsBox* box = dialog.defaultsBox();
        QSignalSpy checked(&dialog, &ImportDialog::checked);
        box->uplineEdit()->setFocus();
        QTest::keyClicks(box->uplineEdit(), QStringLiteral("nobody@example.org"));
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 20000);
        QCOMPARE(dialog.report().valid, 0);
        QCOMPARE(dialog.report().invalid, 2);
        QVERIFY(!dialog.importButton()->isEnabled());

        // The real upline, a language, an expiry and a message for the empty cells.
        box->uplineEdit()->clear();
        QTest::keyClicks(box->uplineEdit(), sales.email);
        box->languageBox()->setCurrentIndex(box->languageBox()->findData(QStringLiteral("es")));
        box->expiryBox()->setValue(21);
        box->messageEdit()->setText(QStringLiteral("Bienvenidos"));
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= 2 &&
                                     dialog.state() == ImportDialog::State::Checked &&
                                     dialog.report().valid == 2,
                                 20000);
        QCOMPARE(box->defaults().expiresDays.value_or(0), 21);
        QVERIFY(importAll(dialog));

        const auto a = invitation(QStringLiteral("uidef-a@example.org"));
        QVERIFY(a);
        QCOMPARE(a->parentUserId, sales.id);
        QCOMPARE(a->language, QStringLiteral("es"));
        QCOMPARE(a->validityDays, 21);
        QCOMPARE(a->message, QStringLiteral("Bienvenidos"));
        QCOMPARE(invitation_types::name(a->type), QStringLiteral("doctor"));
        const auto b = invitation(QStringLiteral("uidef-b@example.org"));
        QVERIFY(b);
        QCOMPARE(b->language, QStringLiteral("en")); // the row's own value wins
        QCOMPARE(invitation_types::name(b->type), QStringLiteral("doctor")); // "Médico"
    }

    void rejectedRowsRoundTrip()
    {
        const QString path =
            writeFile(QStringLiteral("mixed.csv"), "email,first_name,last_name,invitation_type\r\n"
                                                   "uirej-a@example.org,Ana,Ruiz,doctor\r\n"
                                                   "uirej-b@example.org,Bo,,doctor\r\n"
                                                   "uirej-c@example.org,Cy,Cruz,unicorn\r\n");
        auto s = session();
        ImportDialog dialog(s.get());
        dialog.show();
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.report().invalid, 2);
        QVERIFY(dialog.saveRejectedButton()->isEnabled());
        QVERIFY(importAll(dialog));
        QVERIFY(dialog.saveRejectedButton()->isEnabled()); // after the import too

        // Messages are never cut off: they wrap, and the tooltip holds them whole.
        QVERIFY(dialog.errorView()->wordWrap());
        QCOMPARE(dialog.errorView()->textElideMode(), Qt::ElideNone);
        const QModelIndex message = dialog.errorModel()->index(0, ImportErrorModel::MessageColumn);
        QCOMPARE(message.data(Qt::ToolTipRole), message.data(Qt::DisplayRole));

        const QString rejects = m_dir.filePath(QStringLiteral("mixed-rejected.csv"));
        QSignalSpy saved(&dialog, &ImportDialog::rejectedRowsSaved);
        dialog.saveRejectedRowsTo(rejects);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
        QCOMPARE(saved.first().first().toLongLong(), 2);
        QVERIFY(!PrivateFiles::isOpenToOthers(rejects));
        QStringList header;
        QList<QStringList> rows = readCsv(rejects, &header);
        QCOMPARE(header,
                 (QStringList{"email", "first_name", "last_name", "invitation_type", "error"}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).first(), QStringLiteral("uirej-b@example.org"));
        QVERIFY2(rows.at(0).at(4).startsWith(QStringLiteral("last_name: ")),
                 qPrintable(rows.at(0).at(4)));
        QVERIFY2(rows.at(1).at(4).startsWith(QStringLiteral("invitation_type: ")),
                 qPrintable(rows.at(1).at(4)));

        // Fixed in place, the "error" column left as it is: it imports.
        rows[0][2] = QStringLiteral("Berg");
        rows[1][3] = QStringLiteral("Representante de ventas");
        QFile out(rejects);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        CsvWriter writer(&out);
        QVERIFY(writer.writeRow(header).ok());
        for (const QStringList& row : std::as_const(rows))
            QVERIFY(writer.writeRow(row).ok());
        out.close();
        ImportDialog again(s.get());
        again.show();
        again.loadFile(rejects);
        QVERIFY(waitChecked(again));
        QVERIFY(!again.report().fileError);
        QCOMPARE(again.report().valid, 2);
        QCOMPARE(again.report().invalid, 0);
        QVERIFY(!again.saveRejectedButton()->isEnabled()); // nothing rejected
        QVERIFY(importAll(again));
        QVERIFY(invitation(QStringLiteral("uirej-b@example.org")));
        const auto c = invitation(QStringLiteral("uirej-c@example.org"));
        QVERIFY(c);
        QCOMPARE(invitation_types::name(c->type), QStringLiteral("sales"));
    }

    void buttonSaysTheMailsGoOut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("text");
        QTest::newRow("English, one") << "en" << 1 << "&Import and send 1 invitation";
        QTest::newRow("English, three") << "en" << 3 << "&Import and send 3 invitations";
        QTest::newRow("Spanish, one") << "es" << 1 << "&Importar y enviar 1 invitación";
        QTest::newRow("Spanish, three") << "es" << 3 << "&Importar y enviar 3 invitaciones";
    }

    void buttonSaysTheMailsGoOut()
    {
        QFETCH(QString, language);
        QFETCH(int, rows);
        QFETCH(QString, text);
        m_languages.apply(language);
        QByteArray file = "email,first_name,last_name,invitation_type\r\n";
        for (int i = 0; i < rows; ++i)
            file += QStringLiteral("uibtn-%1-%2@example.org,A,B,doctor\r\n")
                        .arg(language)
                        .arg(i)
                        .toUtf8();
        const QString path =
            writeFile(QStringLiteral("button-%1-%2.csv").arg(language).arg(rows), file);
        auto s = session();
        ImportDialog dialog(s.get());
        dialog.show();
        dialog.loadFile(path);
        QVERIFY(waitChecked(dialog));
        QCOMPARE(dialog.report().valid, rows);
        QCOMPARE(dialog.importButton()->text(), text);
        QVERIFY(dialog.importButton()->isEnabled());
    }
};

QTEST_MAIN(TestImportDialogTools)
#include "test_import_dialog_tools.moc"
