// The create/edit dialog: types follow the invite-permission matrix, fields follow the type,
// inline validation under each field with the reason OK is disabled, warnings for an open
// invitation or an existing account, and what is saved lands in the database.
#include "UiFixture.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldMessage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

class TestInvitationDialog : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    LanguageManager m_languages;

    std::unique_ptr<Session> session(const QString& who)
    {
        return std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                         m_fx.tree[who]);
    }
    static QLineEdit* edit(InvitationDialog& d, const char* name)
    {
        return qobject_cast<QLineEdit*>(d.form()->field(QString::fromLatin1(name)));
    }
    static QPushButton* okButton(InvitationDialog& d)
    {
        return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static bool visible(InvitationDialog& d, const char* name)
    {
        QWidget* w = d.form()->field(QString::fromLatin1(name));
        return w && w->isVisibleTo(&d);
    }
    static void open(InvitationDialog& d)
    {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(QTest::qWaitFor([&] { return d.isReady(); }, 10000));
    }
    static void type(QLineEdit* e, const QString& text)
    {
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
        QTest::keyClick(e, Qt::Key_Tab); // leaving the field marks it touched
    }

private slots:
    void initTestCase()
    {
        m_languages.apply(QStringLiteral("en"));
        QString error;
        if (!m_fx.setUp(12, &error))
            QFAIL(qPrintable(error));
    }

    void typesFollowPermissions_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("admin") << "admin" << roles::allNames();
        QTest::newRow("chp") << "chp"
                             << QStringList{"doctor", "sales", "distributor", "master_distributor"};
        QTest::newRow("master") << "master" << QStringList{"doctor", "sales", "distributor"};
        QTest::newRow("distributor") << "dist1" << QStringList{"doctor", "sales"};
        QTest::newRow("sales") << "sales1" << QStringList{"doctor"};
        QTest::newRow("doctor") << "doctor1" << QStringList{"office_admin", "medical_staff"};
        QTest::newRow("office admin") << "office1" << QStringList{"office_admin", "medical_staff"};
        QTest::newRow("medical staff") << "staff1" << QStringList();
        QTest::newRow("ivr") << "ivr" << QStringList();
    }
    void typesFollowPermissions()
    {
        QFETCH(QString, who);
        QFETCH(QStringList, types);
        auto s = session(who);
        InvitationDialog dialog(s.get());
        auto* combo = qobject_cast<QComboBox*>(dialog.form()->field(QStringLiteral("type")));
        QStringList offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << roles::name(static_cast<Role>(combo->itemData(i).toInt()));
        QCOMPARE(QSet<QString>(offered.begin(), offered.end()),
                 QSet<QString>(types.begin(), types.end()));
        if (types.isEmpty()) {
            open(dialog);
            QVERIFY(!okButton(dialog)->isEnabled());
            QVERIFY(dialog.blockingReason().contains(QStringLiteral("cannot invite")));
        }
    }

    void fieldsFollowTheType()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::Doctor);
        QVERIFY(visible(dialog, "npi"));
        QVERIFY(visible(dialog, "specialty"));
        QVERIFY(visible(dialog, "practice"));
        QVERIFY(!visible(dialog, "territory"));
        QVERIFY(visible(dialog, "parent"));
        dialog.form()->setType(Role::Sales);
        QVERIFY(!visible(dialog, "npi"));
        QVERIFY(visible(dialog, "territory"));
        dialog.form()->setType(Role::OfficeAdmin);
        QVERIFY(visible(dialog, "practice"));
        QVERIFY(visible(dialog, "doctor")); // an admin names the doctor
        QVERIFY(!visible(dialog, "parent"));
        auto* doctors = qobject_cast<QComboBox*>(dialog.form()->field(QStringLiteral("doctor")));
        QVERIFY(doctors->findData(m_fx.tree[QStringLiteral("doctor1")].id) >= 0);
        dialog.form()->setType(Role::IvrCompany);
        QVERIFY(visible(dialog, "company"));
        QVERIFY(!visible(dialog, "practice"));
    }

    void practiceStaffOfADoctorWorkForThem()
    {
        auto s = session(QStringLiteral("doctor1"));
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::MedicalStaff);
        QVERIFY(!visible(dialog, "doctor"));
        QVERIFY(!visible(dialog, "parent"));
        QVERIFY(visible(dialog, "practice"));
    }

    void uplinePickerOffersTheDownline()
    {
        auto s = session(QStringLiteral("master"));
        InvitationDialog dialog(s.get());
        open(dialog);
        dialog.form()->setType(Role::Doctor);
        auto* upline = qobject_cast<QComboBox*>(dialog.form()->field(QStringLiteral("parent")));
        QVERIFY(upline->findData(m_fx.tree[QStringLiteral("sales1")].id) >= 0);
        QVERIFY(upline->findData(m_fx.tree[QStringLiteral("dist2")].id) >= 0);
        QVERIFY(upline->findData(m_fx.tree[QStringLiteral("doctor1")].id) < 0);
        QCOMPARE(upline->itemData(0).toString(), QString()); // "Me" first
    }

    void validationMessagesUnderFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("email") << "email"
                               << "not-an-address"
                               << "is not a valid e-mail address";
        QTest::newRow("npi short") << "npi"
                                   << "12345"
                                   << "The NPI has 10 digits; this one has 5.";
        QTest::newRow("npi luhn") << "npi"
                                  << "1234567890"
                                  << "check digit does not match";
        QTest::newRow("first name")
            << "first_name" << QString(100 + 1, QLatin1Char('x')) << "longer than 100 characters";
    }
    void validationMessagesUnderFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        auto s = session(QStringLiteral("sales1"));
        InvitationDialog dialog(s.get());
        open(dialog);
        auto* e = qobject_cast<QLineEdit*>(dialog.form()->field(field));
        QVERIFY(e);
        type(e, value);
        FieldMessage* under = dialog.form()->message(field);
        QVERIFY(under->isVisible());
        QVERIFY2(under->text().contains(message), qPrintable(under->text()));
        QCOMPARE(e->accessibleDescription(), under->text());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.blockingReason().startsWith(QStringLiteral("Not ready:")));
        QCOMPARE(okButton(dialog)->toolTip(), dialog.blockingReason());
    }

    void untouchedFieldsStayQuietUntilSubmit()
    {
        auto s = session(QStringLiteral("sales1"));
        InvitationDialog dialog(s.get());
        open(dialog);
        QVERIFY(!dialog.form()->message(QStringLiteral("last_name"))->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.submit();
        QVERIFY(dialog.form()->message(QStringLiteral("last_name"))->isVisible());
        QVERIFY(dialog.form()->message(QStringLiteral("email"))->isVisible());
    }

    void createLandsInTheDatabase()
    {
        auto s = session(QStringLiteral("sales1"));
        InvitationDialog dialog(s.get());
        open(dialog);
        QSignalSpy saved(&dialog, &InvitationDialog::saved);
        type(edit(dialog, "email"), QStringLiteral("New.Doctor@Example.com"));
        type(edit(dialog, "first_name"), QStringLiteral("Ada"));
        type(edit(dialog, "last_name"), QStringLiteral("Lovelace"));
        type(edit(dialog, "npi"), QStringLiteral("1234567893"));
        type(edit(dialog, "specialty"), QStringLiteral("Cardiology"));
        auto* message =
            qobject_cast<QPlainTextEdit*>(dialog.form()->field(QStringLiteral("message")));
        message->setPlainText(QStringLiteral("Welcome aboard"));
        dialog.checkEmailNow();
        // The e-mail check runs on a worker; wait for its answer, however slow the machine.
        QTRY_VERIFY2_WITH_TIMEOUT(okButton(dialog)->isEnabled(),
                                  qPrintable(dialog.blockingReason()), 10000);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        const auto inv = saved.first().first().value<Invitation>();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        InvitationQuery q;
        q.search = QStringLiteral("new.doctor@example.com");
        auto found = m_fx.service().list(m_fx.tree[QStringLiteral("sales1")], q);
        QVERIFY(found.ok());
        QCOMPARE(found->items.size(), 1);
        const Invitation& stored = found->items.first();
        QCOMPARE(stored.email, QStringLiteral("new.doctor@example.com"));
        QCOMPARE(stored.type, Role::Doctor);
        QCOMPARE(stored.details.npi, QStringLiteral("1234567893"));
        QCOMPARE(stored.details.specialty, QStringLiteral("Cardiology"));
        QCOMPARE(stored.message, QStringLiteral("Welcome aboard"));
        QCOMPARE(stored.invitedById, m_fx.tree[QStringLiteral("sales1")].id);
        QCOMPARE(stored.status, InvitationStatus::Pending);
    }

    void openInvitationOffersResend()
    {
        auto s = session(QStringLiteral("admin"));
        InvitationDialog dialog(s.get());
        open(dialog);
        QSignalSpy resend(&dialog, &InvitationDialog::resendRequested);
        type(edit(dialog, "email"), QStringLiteral("person0001@example.com"));
        type(edit(dialog, "first_name"), QStringLiteral("A"));
        type(edit(dialog, "last_name"), QStringLiteral("B"));
        dialog.checkEmailNow();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.form()->emailWarning().isEmpty(); }, 10000));
        QVERIFY(dialog.form()->emailBlocked());
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog.blockingReason().contains(QStringLiteral("open invitation")));
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("resendOpenInvitation"));
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(resend.count(), 1);
        InvitationQuery q;
        q.search = QStringLiteral("person0001@example.com");
        auto found = m_fx.service().list(m_fx.tree[QStringLiteral("admin")], q);
        QCOMPARE(resend.first().first().toString(), found->items.first().id);
    }

    void existingAccountWarnsAndTheServiceDecides()
    {
        auto s = session(QStringLiteral("sales1"));
        InvitationDialog dialog(s.get());
        open(dialog);
        const QString taken = m_fx.tree[QStringLiteral("doctor1")].email;
        type(edit(dialog, "email"), taken);
        type(edit(dialog, "first_name"), QStringLiteral("Already"));
        type(edit(dialog, "last_name"), QStringLiteral("Here"));
        dialog.checkEmailNow();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.form()->emailWarning().isEmpty(); }, 10000));
        QVERIFY(dialog.form()->emailWarning().contains(QStringLiteral("account")));
        QVERIFY(!dialog.form()->emailBlocked());
        QVERIFY(okButton(dialog)->isEnabled());
        QSignalSpy saved(&dialog, &InvitationDialog::saved);
        dialog.submit();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isBusy(); }, 10000));
        QCOMPARE(saved.count(), 0);
        FieldMessage* under = dialog.form()->message(QStringLiteral("email"));
        QVERIFY2(under->isVisible() && under->text().contains(QStringLiteral("already exists")),
                 qPrintable(under->text()));
        QVERIFY(dialog.isVisible());
    }

    void editChangesTheStoredInvitation()
    {
        InvitationQuery q;
        q.statuses = {InvitationStatus::Pending};
        q.types = {Role::Sales};
        auto list = m_fx.service().list(m_fx.tree[QStringLiteral("dist2")], q);
        QVERIFY(list.ok() && !list->items.isEmpty());
        const Invitation before = list->items.first();
        auto s = session(QStringLiteral("dist2"));
        InvitationDialog dialog(s.get(), before.id);
        open(dialog);
        QCOMPARE(edit(dialog, "email")->text(), before.email);
        QVERIFY(edit(dialog, "email")->isReadOnly());
        QVERIFY(visible(dialog, "territory"));
        QCOMPARE(edit(dialog, "territory")->text(), QStringLiteral("North"));
        type(edit(dialog, "territory"), QStringLiteral("South-West"));
        type(edit(dialog, "first_name"), QStringLiteral("Renamed"));
        QSignalSpy saved(&dialog, &InvitationDialog::saved);
        QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(dialog.blockingReason()));
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        auto after = m_fx.service().get(m_fx.tree[QStringLiteral("dist2")], before.id);
        QVERIFY(after.ok());
        QCOMPARE(after->firstName, QStringLiteral("Renamed"));
        QCOMPARE(after->details.territory, QStringLiteral("South-West"));
        QCOMPARE(after->version, before.version + 1);
    }
};

QTEST_MAIN(TestInvitationDialog)
#include "test_invitation_dialog.moc"
