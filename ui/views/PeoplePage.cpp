#include "ui/views/PeoplePage.h"

#include "core/domain/Role.h"
#include "ui/models/PeopleTreeModel.h"
#include "ui/session/Session.h"
#include "ui/widgets/EmptyStateOverlay.h"
#include "ui/widgets/FieldButtonNames.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
enum StatusChoice { AnyStatus, OnlyActive, OnlyDeactivated };
} // namespace

PeoplePage::PeoplePage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new PeopleTreeModel(session, this)),
      m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)), m_roleLabel(new QLabel(this)),
      m_role(new QComboBox(this)), m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)),
      m_clear(new QToolButton(this)), m_mode(new QLabel(this)), m_toolbar(new QToolBar(this)),
      m_message(new FieldMessage(nullptr, this)), m_view(new QTreeView(this)),
      m_empty(new EmptyStateOverlay(m_view->viewport()))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_role->setObjectName(QStringLiteral("peopleRoleFilter"));
    m_status->setObjectName(QStringLiteral("peopleStatusFilter"));
    m_clear->setObjectName(QStringLiteral("peopleClearFilters"));
    m_mode->setObjectName(QStringLiteral("peopleMode"));
    m_toolbar->setObjectName(QStringLiteral("peopleToolbar"));
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_view->setObjectName(QStringLiteral("peopleTree"));

    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_roleLabel->setBuddy(m_role);
    m_role->addItem(QString(), QString());
    for (Role r : roles::all())
        m_role->addItem(roles::label(r), roles::name(r));
    m_statusLabel->setBuddy(m_status);
    m_status->addItems(QStringList(3, QString()));
    m_clear->setIcon(themedIcon(QStringLiteral("clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(18, 18));
    m_message->clearMessage();
    // A hint, not a size: it may shrink rather than widen the window.
    m_mode->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_mode->setMinimumWidth(0);
    m_mode->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true); // cheap layout for levels of thousands
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAllColumnsShowFocus(true);
    m_view->setExpandsOnDoubleClick(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PeopleTreeModel::NameColumn, QHeaderView::Stretch);
    const int widths[] = {360, 170, 110, 130, 150};
    for (int c = 1; c < PeopleTreeModel::ColumnCount; ++c)
        m_view->header()->resizeSection(c, widths[c]);
    m_view->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_roleLabel);
    filters->addWidget(m_role);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_clear);
    filters->addWidget(m_mode, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    // Tab order: search, filters, clear, the tree (the toolbar's buttons are reached by their
    // shortcuts and the context menu, as in the invitation list).
    setTabOrder(m_search, m_role);
    setTabOrder(m_role, m_status);
    setTabOrder(m_status, m_clear);
    setTabOrder(m_clear, m_view);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::applyFilters);
    connect(m_searchDelay, &QTimer::timeout, this, &PeoplePage::applyFilters);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PeoplePage::applyFilters);
    connect(m_clear, &QToolButton::clicked, this, &PeoplePage::clearFilters);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        if (m_model->isFlat())
            return;
        m_expanded.insert(index.data(PeopleTreeModel::PersonIdRole).toString());
        // The view asks at its next layout pass; asking now saves that wait.
        if (m_model->canFetchMore(index))
            m_model->fetchMore(index);
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex& index) {
        if (!m_model->isFlat())
            m_expanded.remove(index.data(PeopleTreeModel::PersonIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::expandRemembered);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_loadError.clear();
        updateEmptyState();
        emit currentPersonChanged();
    });
    connect(m_model, &PeopleTreeModel::loadingChanged, this, &PeoplePage::updateEmptyState);
    connect(m_model, &PeopleTreeModel::loadFailed, this, [this](const QString& message) {
        m_loadError = message;
        showMessage(message, true);
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeoplePage::currentPersonChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeoplePage::currentPersonChanged);

    // The actor's own row opens by itself: the first level of their downline shows at once.
    if (m_session)
        m_expanded.insert(m_session->actor().id);
    retranslate();
}

void PeoplePage::retranslate()
{
    m_search->setPlaceholderText(tr("Search name or e-mail (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search people"));
    nameFieldButtons(m_search, tr("Clear the search"), tr("Search"));
    m_roleLabel->setText(tr("&Role:"));
    m_role->setItemText(0, tr("all roles"));
    for (int i = 1; i < m_role->count(); ++i) {
        if (auto r = roles::fromName(m_role->itemData(i).toString()))
            m_role->setItemText(i, roles::label(*r));
    }
    m_role->setAccessibleName(tr("Role"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_status->setItemText(AnyStatus, tr("active and deactivated"));
    m_status->setItemText(OnlyActive, tr("active only"));
    m_status->setItemText(OnlyDeactivated, tr("deactivated only"));
    m_status->setAccessibleName(tr("Status"));
    m_clear->setText(tr("Clear filters"));
    m_toolbar->setWindowTitle(tr("People actions"));
    m_toolbar->setAccessibleName(tr("People actions"));
    m_view->setAccessibleName(tr("People"));
    m_view->setAccessibleDescription(tr("Your downline. Enter or Space opens or closes a "
                                        "person's row; the context menu lists the actions."));
    m_model->retranslate();
    updateEmptyState();
}

void PeoplePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeoplePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_model->reload();
    }
}

bool PeoplePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool toggle = key->modifiers() == Qt::NoModifier &&
                            (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return ||
                             key->key() == Qt::Key_Enter);
        // Keypad Enter arrives with Qt::KeypadModifier.
        const bool keypadEnter =
            key->key() == Qt::Key_Enter && key->modifiers() == Qt::KeypadModifier;
        if (toggle || keypadEnter) {
            const QModelIndex current = m_view->currentIndex().siblingAtColumn(0);
            if (current.isValid() && m_model->hasChildren(current)) {
                m_view->setExpanded(current, !m_view->isExpanded(current));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PeoplePage::expandRemembered(const QModelIndex& parent, int first, int last)
{
    if (m_model->isFlat())
        return;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = m_model->index(row, 0, parent);
        if (m_expanded.contains(index.data(PeopleTreeModel::PersonIdRole).toString()) &&
            m_model->hasChildren(index)) {
            m_view->expand(index);
            // Load that level now rather than at the view's next layout pass.
            if (m_model->canFetchMore(index))
                m_model->fetchMore(index);
        }
    }
    // The first row of the top level is current, so the keyboard starts there.
    if (!parent.isValid() && first == 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void PeoplePage::applyFilters()
{
    m_searchDelay->stop();
    std::optional<bool> active;
    if (m_status->currentIndex() == OnlyActive)
        active = true;
    else if (m_status->currentIndex() == OnlyDeactivated)
        active = false;
    m_model->setFilters(m_search->text(), m_role->currentData().toString(), active);
    updateEmptyState();
}

void PeoplePage::clearFilters()
{
    const QSignalBlocker b1(m_search);
    const QSignalBlocker b2(m_role);
    const QSignalBlocker b3(m_status);
    m_search->clear();
    m_role->setCurrentIndex(0);
    m_status->setCurrentIndex(AnyStatus);
    applyFilters();
}

void PeoplePage::refresh()
{
    m_message->clearMessage();
    m_model->reload();
}

void PeoplePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

std::optional<PersonNode> PeoplePage::currentPerson() const
{
    const PersonNode* node = m_model->nodeAt(m_view->currentIndex());
    if (!node)
        return std::nullopt;
    return *node;
}

void PeoplePage::setActions(const QList<QAction*>& actions)
{
    for (QAction* a : m_view->actions())
        m_view->removeAction(a);
    m_view->addActions(actions);
    m_toolbar->clear();
    m_toolbar->addActions(actions);
}

void PeoplePage::showMessage(const QString& text, bool error)
{
    m_message->showMessage(text, error ? FieldMessage::Kind::Error : FieldMessage::Kind::Info);
}

void PeoplePage::updateEmptyState()
{
    if (m_model->isFlat()) {
        const int rows = m_model->rowCount();
        m_mode->setText(m_model->isLoading() && rows == 0
                            ? tr("Searching…")
                            : (m_model->canFetchMore({}) ? tr("%L1+ matches").arg(rows)
                                                         : tr("%Ln match(es)", "", rows)));
    } else {
        m_mode->clear(); // the tree says it by itself (its arrows, its description)
    }
    m_mode->setAccessibleName(m_mode->text());
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading() && m_started;
    if (!empty) {
        m_empty->hide();
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_empty->setMessage(tr("The people could not be loaded"),
                            tr("%1\nPress F5 to try again.").arg(m_loadError));
    } else if (m_model->isFlat()) {
        m_empty->setMessage(tr("No one matches these filters"),
                            tr("Change the search or press \"Clear filters\"."));
    } else {
        m_empty->setMessage(tr("No one to show"),
                            tr("The people you invite appear here once they accept."));
    }
    m_empty->show();
    m_empty->raise();
}

} // namespace invitedesk::ui
