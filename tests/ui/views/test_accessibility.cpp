// Issue 18, item 14 (Section 508, WCAG 2.1 AA): through Qt's accessibility interfaces (what
// AT-SPI hands a screen reader), every interactive element of the main window's pages and of
// the main dialogs has a name; every action has a keyboard path (a shortcut or a menu entry).
#include "DeskHarness.h"
#include "UiFixture.h"
#include "core/settings/AppSettings.h"
#include "core/settings/InMemorySecretStore.h"
#include "ui/dialogs/CancelReasonDialog.h"
#include "ui/dialogs/ChangePasswordDialog.h"
#include "ui/dialogs/CorrectAddressDialog.h"
#include "ui/dialogs/FirstRunDialog.h"
#include "ui/dialogs/ImportDialog.h"
#include "ui/dialogs/InvitationDetailsDialog.h"
#include "ui/dialogs/InvitationDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/i18n/LanguageManager.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/views/InvitationsPage.h"
#include "ui/views/MainWindow.h"

#include <QAccessible>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace invitedesk;
using namespace invitedesk::ui;
using namespace invitedesk::test;

namespace {
// The roles a person acts on: each needs a name a screen reader can say.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface* iface)
{
    QStringList path;
    for (QObject* o = iface->object(); o; o = o->parent()) {
        path.prepend(QString::fromLatin1(o->metaObject()->className()) +
                     (o->objectName().isEmpty() ? QString() : QLatin1Char('#') + o->objectName()));
        if (o->isWidgetType() && static_cast<QWidget*>(o)->isWindow())
            break;
    }
    return QStringLiteral("role %1 at %2")
        .arg(int(iface->role()))
        .arg(path.isEmpty() ? QStringLiteral("(no object)") : path.join(QLatin1Char('/')));
}

// The visible interactive elements without a name, under `root`.
void collectUnnamed(QAccessibleInterface* iface, QStringList* unnamed, int* checked, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen)
        return;
    if (isInteractive(iface->role())) {
        ++*checked;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            *unnamed << describe(iface);
    }
    // Cells and list items are named by their data; the views themselves are checked above.
    const QAccessible::Role role = iface->role();
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, checked, depth + 1);
}

QStringList unnamedIn(QWidget* root, int* checked)
{
    QStringList unnamed;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), &unnamed, checked);
    return unnamed;
}
} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private:
    UiFixture m_fx;
    DeskHarness m_desks;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    static void verifyNamed(QWidget* root, const char* what)
    {
        int checked = 0;
        const QStringList unnamed = unnamedIn(root, &checked);
        QVERIFY2(checked >= 3, qPrintable(QString::number(checked))); // the walk saw controls
        QVERIFY2(unnamed.isEmpty(), unnamed.isEmpty()
                                        ? QByteArray()
                                        : QByteArray(what) + " has unnamed elements: " +
                                              unnamed.join(QStringLiteral(" | ")).toUtf8());
    }

    QString firstInvitationId() const
    {
        InvitationTableModel* model = m_window->invitationsPage()->model();
        return model->rowCount() > 0 ? model->rowAt(0).idText() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_desks.setUp());
        QString error;
        if (!m_fx.setUp(10, &error))
            QFAIL(qPrintable(error));
        m_session = std::make_unique<Session>(BackendServices::wrap(m_fx.db, ServiceConfig{}),
                                              m_fx.tree[QStringLiteral("admin")]);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_desks.settings(),
                                                &m_desks.secrets(), &m_desks.languages());
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        InvitationTableModel* model = m_window->invitationsPage()->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 20000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_session.reset();
    }

    // The search fields' clear buttons (QLineEdit::setClearButtonEnabled) say what they do.
    void clearButtonsHaveNames()
    {
        int buttons = 0;
        for (QLineEdit* edit : m_window->findChildren<QLineEdit*>()) {
            for (QToolButton* b : edit->findChildren<QToolButton*>(Qt::FindDirectChildrenOnly)) {
                ++buttons;
                QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(b);
                QVERIFY(iface);
                QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(edit->objectName()));
            }
        }
        QVERIFY(buttons >= 3); // the invitations', the people's and the audit's searches
    }

    void everyPageNamesItsControls_data()
    {
        QTest::addColumn<int>("page");
        for (int i = 0; i < 4; ++i)
            QTest::addRow("page %d", i) << i;
    }
    void everyPageNamesItsControls()
    {
        QFETCH(int, page);
        QVERIFY(page < m_window->pages()->count());
        m_window->showPage(page);
        QTRY_VERIFY(m_window->pages()->currentIndex() == page);
        QTest::qWait(200); // the page's first load
        verifyNamed(m_window.get(), qPrintable(m_window->pages()->tabText(page)));
    }

    void dialogsNameTheirControls_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char* name : {"new invitation", "details", "correct address", "cancel",
                                 "settings", "change password", "import", "sign in", "first run"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void dialogsNameTheirControls()
    {
        QFETCH(QString, dialog);
        const QString id = firstInvitationId();
        QVERIFY(!id.isEmpty());
        std::unique_ptr<QDialog> d;
        auto authenticate = [](const QString&, const QString&) -> Result<User> {
            return Error::make(Error::Code::NotPermitted, QStringLiteral("no"));
        };
        if (dialog == QLatin1String("new invitation")) {
            d = std::make_unique<InvitationDialog>(m_session.get(), QString(), m_window.get());
        } else if (dialog == QLatin1String("details")) {
            auto* details = new InvitationDetailsDialog(m_session.get(), id, m_window.get());
            d.reset(details);
            QTRY_VERIFY_WITH_TIMEOUT(details->isLoaded(), 10000);
        } else if (dialog == QLatin1String("correct address")) {
            auto inv = m_session->backend()->invitations().get(m_session->actor(), id);
            QVERIFY(inv);
            d = std::make_unique<CorrectAddressDialog>(m_session.get(), inv.value(),
                                                       m_window.get());
        } else if (dialog == QLatin1String("cancel")) {
            d = std::make_unique<CancelReasonDialog>(2, m_window.get());
        } else if (dialog == QLatin1String("settings")) {
            d = std::make_unique<SettingsDialog>(m_desks.settings(), &m_desks.secrets(),
                                                 &m_desks.languages(), m_session->worker(),
                                                 m_window.get());
        } else if (dialog == QLatin1String("change password")) {
            d = std::make_unique<ChangePasswordDialog>(m_session.get(), m_window.get());
        } else if (dialog == QLatin1String("import")) {
            d = std::make_unique<ImportDialog>(m_session.get(), m_window.get());
        } else if (dialog == QLatin1String("sign in")) {
            d = std::make_unique<SignInDialog>(m_desks.settings(), m_session->worker(),
                                               authenticate, m_window.get());
        } else if (dialog == QLatin1String("first run")) {
            d = std::make_unique<FirstRunDialog>(
                m_session->worker(),
                [](const NewUser&) -> Result<User> {
                    return Error::make(Error::Code::NotPermitted, QStringLiteral("no"));
                },
                m_window.get());
        }
        QVERIFY(d);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTest::qWait(100);
        verifyNamed(d.get(), qPrintable(dialog));
        // Tabbed dialogs: every tab.
        if (auto* tabs = d->findChild<QTabWidget*>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QTest::qWait(50);
                verifyNamed(d.get(), qPrintable(dialog + QLatin1Char('/') + tabs->tabText(i)));
            }
        }
        d->close();
    }

    // Every action reaches from the keyboard: a shortcut, or an entry in the menu bar.
    void everyActionHasAKeyboardPath()
    {
        QSet<QAction*> inMenus;
        for (QAction* top : m_window->menuBar()->actions()) {
            QVERIFY2(top->text().contains(QLatin1Char('&')), qPrintable(top->text()));
            if (QMenu* menu = top->menu())
                for (QAction* a : menu->actions())
                    inMenus.insert(a);
        }
        QStringList unreachable;
        for (QAction* a : m_window->QWidget::actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            if (a->shortcut().isEmpty() && !inMenus.contains(a))
                unreachable << a->objectName() + QLatin1Char(' ') + a->text();
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(" | "))));
        QVERIFY(m_window->QWidget::actions().size() > 10);
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
