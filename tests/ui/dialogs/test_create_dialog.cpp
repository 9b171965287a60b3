// The create dialog (issue 18, item 8) and "Preview and share" (item 13): required fields are
// marked and described, the footer names every field that needs attention, nothing moves when
// messages appear, Tab follows the screen, the upline is found by e-mail, an office admin's
// practice and the organisation's e-mail language are filled in, the preview is the e-mail in
// the invitee's language, and a shared link is shown once, works, is audited and kept nowhere.
#include "UiFixture.h"
#include "core/mail/InvitationMailPreview.h"
#include "core/security/TokenGenerator.h"
#include "core/services/AcceptanceService.h"
#include "core/services/OrganizationService.h"
#include "ui/dialogs/EmailPreviewDialog.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/dialogs/ShareLinkDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/views/ShareLinkFlow.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/PersonPicker.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QtTest>

#include <algorithm>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestCreateDialog : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;

    std::unique_ptr<Session> session(const User& who)
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}), who);
    }
    std::unique_ptr<Session> session(const char* who)
    {
        return session(m_fx.tree[QString::fromLatin1(who)]);
    }
    static void open(InvitationDialog& d)
    {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        QVERIFY(QTest::qWaitFor([&] { return d.isReady(); }, 10000));
    }
    static QLineEdit* edit(InvitationDialog& d, const char* name)
    {
        return qobject_cast<QLineEdit*>(d.form()->field(QString::fromLatin1(name)));
    }
    static QLabel* labelOf(InvitationDialog& d, const char* name)
    {
        QWidget* field = d.form()->field(QString::fromLatin1(name));
        for (QLabel* l : d.findChildren<QLabel*>()) {
            if (l->buddy() == field)
                return l;
        }
        return nullptr;
    }
    static QPoint at(QWidget* w, QWidget* in) { return w->mapTo(in, QPoint(0, 0)); }
    qint64 scalar(const QString& sql, const QVariantList& binds = {})
    {
        QSqlQuery q(m_fx.db->connection().value());
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
    void setOrgLanguage(const QString& language)
    {
        OrganizationService org(m_fx.db, ServiceConfig{});
        QVERIFY(org.set(m_fx.tree[QStringLiteral("admin")], QStringLiteral("default-language"),
                        language)
                    .ok());
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QString error;
        if (!m_fx.setUp(2, &error))
            QFAIL(qPrintable(error));
    }

    void requiredFieldsAreMarkedAndEveryMissingOneNamed()
    {
        auto s = session("sales1");
        InvitationDialog dialog(s.get());
        open(dialog);
        for (const char* name : {"email", "first_name", "last_name"}) {
            QVERIFY2(labelOf(dialog, name)->text().endsWith(QStringLiteral(" *")), name);
            QCOMPARE(dialog.form()->field(QString::fromLatin1(name))->accessibleDescription(),
                     QStringLiteral("Required"));
            QVERIFY(!dialog.form()
                         ->field(QString::fromLatin1(name))
                         ->accessibleName()
                         .contains(QLatin1Char('*')));
        }
        QVERIFY(!labelOf(dialog, "npi")->text().contains(QLatin1Char('*')));
        QVERIFY(dialog.form()->field(QStringLiteral("npi"))->accessibleDescription().isEmpty());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("requiredLegend"))->isVisible());
        dialog.submit();
        const QString why = dialog.blockingReason();
        for (const char* label : {"E-mail", "First name", "Last name"})
            QVERIFY2(why.contains(QString::fromLatin1(label)), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("more")), qPrintable(why));
        // A message replaces the description while it shows.
        QCOMPARE(dialog.form()->field(QStringLiteral("last_name"))->accessibleDescription(),
                 dialog.form()->message(QStringLiteral("last_name"))->text());
        edit(dialog, "email")->setText(QStringLiteral("pat@example.com"));
        edit(dialog, "first_name")->setText(QStringLiteral("Pat"));
        QVERIFY2(dialog.blockingReason().startsWith(QStringLiteral("Not ready: The last name")),
                 qPrintable(dialog.blockingReason()));
    }

    void tabOrderFollowsTheScreen()
    {
        auto s = session("dist1");
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::Doctor);
        QList<QWidget*> expected;
        for (QWidget* w : dialog.form()->visualOrder()) {
            if (w->isVisibleTo(&dialog) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
                expected << w;
        }
        std::stable_sort(expected.begin(), expected.end(), [&](QWidget* a, QWidget* b) {
            return at(a, &dialog).y() < at(b, &dialog).y();
        });
        QVERIFY(expected.size() >= 10);
        QCOMPARE(expected, [&] {
            QList<QWidget*> order = dialog.form()->visualOrder();
            order.removeIf([&](QWidget* w) { return !expected.contains(w); });
            return order;
        }());
        expected.first()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(expected.first()->hasFocus(), 5000);
        QList<QWidget*> visited{expected.first()};
        for (qsizetype i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            while (now && !expected.contains(now))
                now = now->parentWidget();
            visited << now;
        }
        QCOMPARE(visited, expected);
    }

    void messagesDoNotMoveTheLayout()
    {
        auto s = session("sales1");
        InvitationDialog dialog(s.get());
        open(dialog);
        QWidget* language = dialog.form()->field(QStringLiteral("language"));
        QWidget* ok = dialog.findChild<QDialogButtonBox*>();
        const QPoint languageAt = at(language, &dialog);
        const QPoint okAt = at(ok, &dialog);
        QLineEdit* email = edit(dialog, "email");
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("not-an-address"));
        QTest::keyClick(email, Qt::Key_Tab);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.form()->message(QStringLiteral("email"))->isVisible(),
                                 5000);
        dialog.submit(); // every message shows
        QVERIFY(dialog.form()->message(QStringLiteral("first_name"))->isVisible());
        QApplication::processEvents();
        QCOMPARE(at(language, &dialog), languageAt);
        QCOMPARE(at(ok, &dialog), okAt);
    }

    void uplineIsFoundByEmail()
    {
        auto s = session("dist1");
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::Doctor);
        PersonPicker* picker = dialog.form()->uplinePicker();
        const User sales = m_fx.tree[QStringLiteral("sales1")];
        const QString entry = PersonPicker::entryText(sales.fullName(), sales.email);
        QVERIFY(picker->findText(entry) > 0); // "Name <e-mail>"
        // Part of the address, not of the name.
        const QString part = sales.email.section(QLatin1Char('@'), 0, 0);
        QVERIFY(!sales.fullName().contains(part));
        picker->setFocus();
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), part);
        QCompleter* search = picker->search();
        QTRY_COMPARE_WITH_TIMEOUT(search->completionCount(), 1, 5000);
        QCOMPARE(search->currentCompletion(), entry);
        // Not an entry yet: the form says so.
        bool named = false;
        for (const auto& p : dialog.form()->problems())
            named = named || p.first == QLatin1String("parent");
        QVERIFY(named);
        QTRY_VERIFY_WITH_TIMEOUT(search->popup()->isVisible(), 5000);
        search->popup()->setCurrentIndex(search->completionModel()->index(0, 0));
        QTest::keyClick(search->popup(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(picker->chosenId(), sales.id, 5000);
        QCOMPARE(dialog.form()->newInvitation().parentUserId, sales.id);
        for (const auto& p : dialog.form()->problems())
            QVERIFY(p.first != QLatin1String("parent"));
    }

    void officeAdminGetsTheirPractice()
    {
        NewInvitation in;
        in.email = QStringLiteral("office.own@example.com");
        in.firstName = QStringLiteral("Olivia");
        in.lastName = QStringLiteral("Chen");
        in.type = QStringLiteral("office_admin");
        in.details.practiceName = QStringLiteral("Sunrise Family Clinic");
        auto own = m_fx.service().create(m_fx.tree[QStringLiteral("doctor1")], in);
        QVERIFY(own.ok());
        User office = m_fx.tree[QStringLiteral("office1")];
        office.invitationId = own->id;
        auto s = session(office);
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::MedicalStaff);
        QTRY_COMPARE_WITH_TIMEOUT(edit(dialog, "practice")->text(),
                                  QStringLiteral("Sunrise Family Clinic"), 5000);
        QCOMPARE(dialog.form()->newInvitation().details.practiceName,
                 QStringLiteral("Sunrise Family Clinic"));
        // A sales rep types their own.
        auto rep = session("sales1");
        InvitationDialog other(rep.get());
        open(other);
        QVERIFY(edit(other, "practice")->text().isEmpty());
    }

    void languageDefaultsToTheOrganisation()
    {
        m_languages.apply(QStringLiteral("en")); // the admin's interface language
        setOrgLanguage(QStringLiteral("es"));
        auto s = session("sales1");
        InvitationDialog dialog(s.get());
        open(dialog);
        auto* language = qobject_cast<QComboBox*>(dialog.form()->field(QStringLiteral("language")));
        QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
        setOrgLanguage(QString());
        InvitationDialog again(s.get());
        open(again);
        auto* second = qobject_cast<QComboBox*>(again.form()->field(QStringLiteral("language")));
        QCOMPARE(second->currentData().toString(), QStringLiteral("en"));
    }

    void previewIsTheEmailInTheInviteesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subject");
        QTest::newRow("es") << "es"
                            << "le invita a unirse";
        QTest::newRow("en") << "en"
                            << "invited you to join";
    }

    void previewIsTheEmailInTheInviteesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, subject);
        auto s = session("sales1");
        InvitationDialog dialog(s.get());
        open(dialog);
        edit(dialog, "email")->setText(QStringLiteral("ana@example.com"));
        edit(dialog, "first_name")->setText(QStringLiteral("Ana"));
        edit(dialog, "last_name")->setText(QStringLiteral("García"));
        dialog.form()->setDefaultLanguage(language);
        const qint64 links = scalar(QStringLiteral("SELECT count(*) FROM invitation_links"));
        QSignalSpy shown(&dialog, &InvitationDialog::previewShown);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("previewEmail"));
        QVERIFY(button && button->isVisible());
        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        auto* preview = qobject_cast<EmailPreviewDialog*>(shown.at(0).at(0).value<QDialog*>());
        QVERIFY(preview);
        QVERIFY2(preview->subject().contains(subject), qPrintable(preview->subject()));
        QVERIFY(preview->plainText().contains(QStringLiteral("Ana")));
        QVERIFY(preview->plainText().contains(InvitationMailPreview::placeholderToken()));
        QVERIFY(!preview->formatted()->toPlainText().isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invitation_links")), links);
        preview->close();
    }

    void shareShowsAWorkingLinkOnce()
    {
        NewInvitation in;
        in.email = QStringLiteral("share.me@example.com");
        in.firstName = QStringLiteral("Robin");
        in.lastName = QStringLiteral("Share");
        in.type = QStringLiteral("doctor");
        auto created = m_fx.service().create(m_fx.tree[QStringLiteral("sales1")], in);
        QVERIFY(created.ok());
        auto s = session("sales1");
        InvitationDetailsDialog details(s.get(), created->id);
        details.show();
        QTRY_VERIFY_WITH_TIMEOUT(details.isLoaded(), 10000);
        QVERIFY(details.shareButton()->isEnabled());
        QSignalSpy shown(details.shareFlow(), &ShareLinkFlow::shown);
        details.shareButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        auto* dialog = shown.at(0).at(0).value<ShareLinkDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const QString link = dialog->link();
        const QString token = link.section(QLatin1Char('/'), -1);
        QVERIFY(link.contains(QStringLiteral("/invite/")));
        QVERIFY(tokens::looksLikeToken(token));
        // It works: the acceptance lookup finds the invitation, open.
        AcceptanceService acceptance(m_fx.db, ServiceConfig{});
        auto found = acceptance.lookup(token);
        QVERIFY(found.ok());
        QCOMPARE(found->state, AcceptanceState::Open);
        QCOMPARE(found->invitation.id, created->id);
        // Copy puts it on the clipboard.
        dialog->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), link);
        QGuiApplication::clipboard()->clear();
        // Audited, and only the hash is stored.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE invitation_id = ? "
                                       "AND action = 'invitation.link_shared'"),
                        {created->id}),
                 qint64(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM invitation_links WHERE "
                                       "token_hash = ?"),
                        {tokens::hash(token)}),
                 qint64(1));
        const QString like = QLatin1Char('%') + token + QLatin1Char('%');
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_events WHERE "
                                       "CAST(details AS TEXT) LIKE ?"),
                        {like}),
                 qint64(0));
        // The timeline shows it.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const AuditEvent& e : details.events())
                    if (e.action == QLatin1String("invitation.link_shared"))
                        return true;
                return false;
            }(),
            10000);
        // Shown once: closing the dialog forgets it.
        QPointer<ShareLinkDialog> gone(dialog);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(gone.isNull(), 5000);
        for (QWidget* w : QApplication::allWidgets()) {
            if (auto* e = qobject_cast<QLineEdit*>(w))
                QVERIFY(!e->text().contains(token));
        }
    }
};

QTEST_MAIN(TestCreateDialog)
#include "test_create_dialog.moc"
