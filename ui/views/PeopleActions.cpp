#include "ui/views/PeopleActions.h"

#include "core/services/BackendServices.h"
#include "ui/async/TaskRunner.h"
#include "ui/dialogs/DeactivateDialog.h"
#include "ui/dialogs/MovePersonDialog.h"
#include "ui/models/PeopleTreeModel.h"
#include "ui/session/Session.h"
#include "ui/views/PeoplePage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QAction>
#include <QWidget>

namespace invitedesk::ui {

namespace {
// What the services answered for one person: may the actor do each action?
struct Permissions {
    Result<void> deactivate;
    Result<void> reactivate;
    Result<void> move;
    Result<void> resetPassword;
    Result<void> invitations; // narrowing the invitation list to their downline
};

QString refusal(const Result<void>& r)
{
    return r ? QString() : r.error().message;
}

// The tooltip says what the action does (with its keys), or why it is refused.
void describe(QAction* a, const QString& what, const QString& why)
{
    const QString keys = a->shortcut().toString(QKeySequence::NativeText);
    a->setToolTip(why.isEmpty() ? QStringLiteral("%1 (%2)").arg(what, keys) : why);
    a->setStatusTip(why);
}
} // namespace

PeopleActions::PeopleActions(Session* session, PeoplePage* page, QWidget* window)
    : QObject(window), m_session(session), m_page(page), m_window(window)
{
    m_deactivate = make(QStringLiteral("actionDeactivatePerson"), QStringLiteral("user-off"));
    m_deactivate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_reactivate = make(QStringLiteral("actionReactivatePerson"), QStringLiteral("user-check"));
    m_reactivate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_move = make(QStringLiteral("actionMovePerson"), QStringLiteral("move"));
    m_move->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    // Ctrl+Alt+P: Ctrl+Shift+R resends and Ctrl+Shift+P changes one's own password.
    m_resetPassword = make(QStringLiteral("actionResetPassword"), QStringLiteral("password"));
    m_resetPassword->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_showInvitations =
        make(QStringLiteral("actionShowTheirInvitations"), QStringLiteral("invitations"));
    m_showInvitations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_refresh = make(QStringLiteral("actionRefreshPeople"), QStringLiteral("refresh"));
    QList<QKeySequence> refreshKeys = {QKeySequence(Qt::Key_F5)};
    const QKeySequence platformRefresh(QKeySequence::Refresh);
    if (!platformRefresh.isEmpty() && platformRefresh != QKeySequence(Qt::Key_F5))
        refreshKeys << platformRefresh;
    m_refresh->setShortcuts(refreshKeys);
    m_find = make(QStringLiteral("actionFindPeople"), QStringLiteral("find"));
    m_find->setShortcut(QKeySequence::Find);

    connect(m_deactivate, &QAction::triggered, this, &PeopleActions::deactivateCurrent);
    connect(m_reactivate, &QAction::triggered, this, &PeopleActions::reactivateCurrent);
    connect(m_move, &QAction::triggered, this, &PeopleActions::moveCurrent);
    connect(m_resetPassword, &QAction::triggered, this, &PeopleActions::resetPasswordCurrent);
    connect(m_showInvitations, &QAction::triggered, this, &PeopleActions::showCurrentInvitations);
    connect(m_refresh, &QAction::triggered, this, &PeopleActions::refresh);
    connect(m_find, &QAction::triggered, page, &PeoplePage::focusSearch);
    connect(page, &PeoplePage::currentPersonChanged, this, &PeopleActions::updateEnabled);
    connect(this, &PeopleActions::personChanged, page->model(), &PeopleTreeModel::updatePerson);

    QList<QAction*> pageActions = personActions();
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    pageActions << separator << m_refresh;
    page->setActions(pageActions);
    retranslate();
    updateEnabled();
}

QAction* PeopleActions::make(const QString& objectName, const QString& icon)
{
    auto* action = new QAction(themedIcon(icon), QString(), m_window);
    action->setObjectName(objectName);
    m_window->addAction(action);
    return action;
}

QList<QAction*> PeopleActions::personActions() const
{
    return {m_deactivate, m_reactivate, m_move, m_resetPassword, m_showInvitations};
}

QString PeopleActions::labelOf(const Person& person)
{
    const QString name = person.user.fullName();
    return name.isEmpty() ? person.user.email : name;
}

void PeopleActions::retranslate()
{
    m_deactivate->setText(tr("&Deactivate…"));
    m_reactivate->setText(tr("Re&activate"));
    m_move->setText(tr("&Move…"));
    m_resetPassword->setText(tr("Reset &password"));
    m_showInvitations->setText(tr("Show &their invitations"));
    m_refresh->setText(tr("Re&fresh"));
    m_find->setText(tr("&Find…"));
    m_refresh->setToolTip(tr("Load the people again (F5)"));
    m_find->setToolTip(tr("Search by name or e-mail (%1)")
                           .arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    updateEnabled();
}

void PeopleActions::updateEnabled()
{
    const bool visible = m_page->isVisible();
    m_refresh->setEnabled(visible);
    m_find->setEnabled(visible);
    const std::optional<PersonNode> node = visible ? m_page->currentPerson() : std::nullopt;
    for (QAction* a : personActions())
        a->setEnabled(false);
    const quint64 serial = ++m_checkSerial;
    m_checked = false;
    if (!node) {
        describe(m_deactivate, tr("Stop this person from signing in"), {});
        describe(m_reactivate, tr("Let this person sign in again"), {});
        describe(m_move, tr("Put this person and their downline under another upline"), {});
        describe(m_resetPassword, tr("E-mail this person a link to choose a new password"), {});
        describe(m_showInvitations, tr("The invitations of this person and their downline"), {});
        m_checked = true;
        emit checked();
        return;
    }
    const Person person = node->person;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), person] {
            const PeopleService people = backend->people();
            return Permissions{people.checkMayAct(actor, PeopleAction::Deactivate, person),
                               people.checkMayAct(actor, PeopleAction::Reactivate, person),
                               people.checkMayAct(actor, PeopleAction::Move, person),
                               people.checkMayAct(actor, PeopleAction::ResetPassword, person),
                               backend->invitations().checkScope(actor, person.user.id)};
        },
        [this, serial, person](Permissions p) {
            if (serial != m_checkSerial)
                return; // the current person changed meanwhile
            const bool active = person.user.isActive;
            m_deactivate->setEnabled(p.deactivate.ok() && active);
            m_reactivate->setEnabled(p.reactivate.ok() && !active);
            m_move->setEnabled(p.move.ok());
            m_resetPassword->setEnabled(p.resetPassword.ok());
            m_showInvitations->setEnabled(p.invitations.ok());
            describe(m_deactivate,
                     active ? tr("Stop %1 from signing in").arg(labelOf(person))
                            : tr("%1 is already deactivated").arg(labelOf(person)),
                     refusal(p.deactivate));
            describe(m_reactivate,
                     active ? tr("%1 is active").arg(labelOf(person))
                            : tr("Let %1 sign in again").arg(labelOf(person)),
                     refusal(p.reactivate));
            describe(m_move,
                     tr("Put %1 and their downline under another upline").arg(labelOf(person)),
                     refusal(p.move));
            describe(m_resetPassword,
                     tr("E-mail %1 a link to choose a new password").arg(labelOf(person)),
                     refusal(p.resetPassword));
            describe(m_showInvitations,
                     tr("The invitations of %1 and their downline").arg(labelOf(person)),
                     refusal(p.invitations));
            m_checked = true;
            emit checked();
        });
}

void PeopleActions::deactivateCurrent()
{
    const auto node = m_page->currentPerson();
    if (!node || !m_deactivate->isEnabled())
        return;
    auto* dialog = new DeactivateDialog(m_session, node->person, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeactivateDialog::deactivated, this, [this](const Person& person) {
        emit statusMessage(
            tr("%1 is deactivated and can no longer sign in.").arg(person.user.email));
        emit personChanged(person);
    });
    dialog->open();
}

void PeopleActions::reactivateCurrent()
{
    const auto node = m_page->currentPerson();
    if (!node || !m_reactivate->isEnabled())
        return;
    m_reactivate->setEnabled(false);
    const QString id = node->person.user.id;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), id] {
            return backend->people().reactivate(actor, id);
        },
        [this](Result<Person> result) {
            if (!result) {
                m_page->showMessage(result.error().message, true);
                updateEnabled();
                return;
            }
            const QString text = tr("%1 is active again and can sign in.").arg(result->user.email);
            m_page->showMessage(text, false);
            emit statusMessage(text);
            emit personChanged(result.value());
        });
}

void PeopleActions::moveCurrent()
{
    const auto node = m_page->currentPerson();
    if (!node || !m_move->isEnabled())
        return;
    auto* dialog = new MovePersonDialog(m_session, node.value(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MovePersonDialog::moved, this, [this](const Person& person) {
        const QString text = tr("%1 and their downline are now under %2.")
                                 .arg(person.user.email, person.parentEmail);
        m_page->showMessage(text, false);
        emit statusMessage(text);
        emit personChanged(person);
        // Both uplines' levels and counts changed: load again, keeping the open rows.
        m_page->model()->reload();
    });
    dialog->open();
}

void PeopleActions::resetPasswordCurrent()
{
    const auto node = m_page->currentPerson();
    if (!node || !m_resetPassword->isEnabled())
        return;
    m_resetPassword->setEnabled(false);
    const QString id = node->person.user.id;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), id] {
            return backend->passwordResets().requestReset(actor, id);
        },
        [this](Result<Person> result) {
            updateEnabled();
            if (!result) {
                m_page->showMessage(result.error().message, true);
                return;
            }
            // The outbox sends it on its next round; the link is made then, valid 24 hours.
            const QString text = tr("A link to choose a new password will be e-mailed to %1.")
                                     .arg(result->user.email);
            m_page->showMessage(text, false);
            emit statusMessage(text);
        });
}

void PeopleActions::showCurrentInvitations()
{
    const auto node = m_page->currentPerson();
    if (!node || !m_showInvitations->isEnabled())
        return;
    emit showInvitationsRequested(node->person.user.id, labelOf(node->person));
}

void PeopleActions::refresh()
{
    if (!m_page->isVisible())
        return;
    m_page->refresh();
    emit statusMessage(tr("People refreshed."));
}

} // namespace invitedesk::ui
