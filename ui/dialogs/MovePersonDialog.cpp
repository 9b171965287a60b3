#include "ui/dialogs/MovePersonDialog.h"

#include "core/services/BackendServices.h"
#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"
#include "ui/widgets/FieldButtonNames.h"
#include "ui/widgets/FieldMessage.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;

QString describe(const User& u)
{
    const QString name = u.fullName();
    return name.isEmpty() ? u.email : MovePersonDialog::tr("%1 — %2").arg(name, u.email);
}
} // namespace

MovePersonDialog::MovePersonDialog(Session* session, PersonNode person, QWidget* parent)
    : QDialog(parent), m_session(session), m_person(std::move(person)),
      m_question(new QLabel(this)), m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_searchDelay(new QTimer(this)), m_candidates(new QListWidget(this)),
      m_parentError(new FieldMessage(m_candidates, this)), m_error(new FieldMessage(nullptr, this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("movePersonDialog"));
    m_search->setObjectName(QStringLiteral("uplineSearch"));
    m_candidates->setObjectName(QStringLiteral("uplineCandidates"));
    m_parentError->setObjectName(QStringLiteral("uplineError"));
    m_error->setObjectName(QStringLiteral("moveError"));
    const User& u = m_person.person.user;
    setWindowTitle(tr("Move to another upline"));
    m_question->setWordWrap(true);
    m_question->setText(
        m_person.directDownline > 0
            ? tr("Move %1 (%2) and everyone below them under a new upline. Now under: %3.")
                  .arg(describe(u), roles::label(u.role), m_person.person.parentEmail)
            : tr("Move %1 (%2) under a new upline. Now under: %3.")
                  .arg(describe(u), roles::label(u.role), m_person.person.parentEmail));
    m_searchLabel->setText(tr("&New upline:"));
    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Type part of a name or e-mail"));
    m_search->setAccessibleName(tr("Search for the new upline"));
    nameFieldButtons(m_search, tr("Clear the search"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_candidates->setAccessibleName(tr("New upline"));
    m_candidates->setAccessibleDescription(
        tr("Only the people this person may be moved under are listed."));
    m_candidates->setMinimumHeight(220);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Working"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Move"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addSpacing(6);
    layout->addWidget(m_searchLabel);
    layout->addWidget(m_search);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_parentError);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setTabOrder(m_search, m_candidates);
    setTabOrder(m_candidates, m_buttons);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MovePersonDialog::loadCandidates);
    // Enter or Down in the search goes to the list (eventFilter), never to the Move button.
    m_search->installEventFilter(this);
    connect(m_candidates, &QListWidget::currentRowChanged, this, [this] {
        m_parentError->clearMessage();
        updateOk();
    });
    connect(m_candidates, &QListWidget::itemActivated, this, &MovePersonDialog::submit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MovePersonDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    updateOk();
    m_search->setFocus();
    loadCandidates();
}

QStringList MovePersonDialog::candidateIds() const
{
    QStringList ids;
    for (int i = 0; i < m_candidates->count(); ++i)
        ids << m_candidates->item(i)->data(kIdRole).toString();
    return ids;
}

bool MovePersonDialog::selectCandidate(const QString& id)
{
    for (int i = 0; i < m_candidates->count(); ++i) {
        if (m_candidates->item(i)->data(kIdRole).toString() == id) {
            m_candidates->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MovePersonDialog::loadCandidates()
{
    const quint64 lookup = ++m_lookup;
    m_loaded = false;
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), id = m_person.person.user.id,
         search = m_search->text()] {
            return backend->people().validUplines(actor, id, search, kShown);
        },
        [this, lookup](Result<QList<Person>> result) {
            if (lookup != m_lookup)
                return; // typed on meanwhile
            m_loaded = true;
            m_candidates->clear();
            if (!result) {
                const Error& e = result.error();
                (e.field == QLatin1String("parent") ? m_parentError : m_error)
                    ->showMessage(e.message);
                updateOk();
                emit candidatesLoaded(0);
                return;
            }
            for (const Person& p : result.value()) {
                auto* item = new QListWidgetItem(
                    tr("%1 (%2)").arg(describe(p.user), roles::label(p.user.role)), m_candidates);
                item->setData(kIdRole, p.user.id);
                item->setToolTip(p.user.email);
            }
            if (result->isEmpty()) {
                m_parentError->showMessage(m_search->text().trimmed().isEmpty()
                                               ? tr("No one in your downline can be their upline.")
                                               : tr("No one matching \"%1\" can be their upline.")
                                                     .arg(m_search->text().trimmed()),
                                           FieldMessage::Kind::Info);
            } else {
                m_parentError->clearMessage();
                m_candidates->setCurrentRow(0);
            }
            updateOk();
            emit candidatesLoaded(int(result->size()));
        });
}

bool MovePersonDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_searchDelay->isActive()) {
                m_searchDelay->stop();
                loadCandidates();
            }
            m_candidates->setFocus();
            return true;
        }
        if (key == Qt::Key_Down && m_candidates->count() > 0) {
            m_candidates->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MovePersonDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_search->setEnabled(!busy);
    m_candidates->setEnabled(!busy);
    updateOk();
}

void MovePersonDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && m_candidates->currentItem() != nullptr);
}

void MovePersonDialog::submit()
{
    QListWidgetItem* item = m_candidates->currentItem();
    if (m_busy || !item)
        return;
    m_parentError->clearMessage();
    m_error->clearMessage();
    setBusy(true);
    m_session->worker()->run(
        this,
        [backend = m_session->backend(), actor = m_session->actor(), id = m_person.person.user.id,
         upline = item->data(kIdRole).toString()] {
            return backend->people().move(actor, id, upline);
        },
        [this](Result<Person> result) {
            setBusy(false);
            if (!result) {
                const Error& e = result.error();
                if (e.field == QLatin1String("parent")) {
                    m_parentError->showMessage(e.message);
                    m_candidates->setFocus();
                } else {
                    m_error->showMessage(e.message);
                }
                return;
            }
            emit moved(result.value());
            accept();
        });
}

} // namespace invitedesk::ui
