#include "ui/views/InvitationsPage.h"

#include "core/domain/InvitePolicy.h"
#include "core/settings/AppSettings.h"
#include "ui/i18n/InterfaceLocale.h"
#include "ui/models/InvitationTableModel.h"
#include "ui/session/Session.h"
#include "ui/widgets/EmptyStateOverlay.h"
#include "ui/widgets/FieldButtonNames.h"
#include "ui/widgets/MultiSelectButton.h"
#include "ui/widgets/StatusBadgeDelegate.h"
#include "ui/widgets/SvgIconEngine.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
enum DateRange { AnyTime, Today, Last7, Last30, Last90, Custom };
const QString kHeaderKey = QStringLiteral("invitations/header");
} // namespace

InvitationsPage::InvitationsPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new InvitationTableModel(session, this)),
      m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)),
      m_statusFilter(new MultiSelectButton(this)), m_typeFilter(new MultiSelectButton(this)),
      m_dateLabel(new QLabel(this)), m_dateRange(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_clear(new QToolButton(this)), m_scopeLabel(new QLabel(this)),
      m_scopeClear(new QToolButton(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_empty(new EmptyStateOverlay(m_view->viewport()))
{
    setObjectName(QStringLiteral("invitationsPage"));
    m_search->setObjectName(QStringLiteral("search"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_dateRange->setObjectName(QStringLiteral("dateFilter"));
    m_from->setObjectName(QStringLiteral("createdFrom"));
    m_to->setObjectName(QStringLiteral("createdTo"));
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_count->setObjectName(QStringLiteral("invitationCount"));
    m_scopeLabel->setObjectName(QStringLiteral("invitationScope"));
    m_scopeClear->setObjectName(QStringLiteral("clearInvitationScope"));
    m_scopeClear->setIcon(themedIcon(QStringLiteral("clear")));
    m_scopeClear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scopeLabel->setVisible(false);
    m_scopeClear->setVisible(false);
    m_view->setObjectName(QStringLiteral("invitationTable"));

    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("find")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    m_dateRange->addItems(QStringList(6, QString()));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDate(QDate::currentDate());
        d->setVisible(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_dateLabel->setBuddy(m_dateRange);
    m_clear->setIcon(themedIcon(QStringLiteral("clear")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    // The indicator first: enabling sorting passes the header's current one to the model.
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setItemDelegateForColumn(InvitationTableModel::StatusColumn,
                                     new StatusBadgeDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row heights keep a list of many thousand rows cheap to lay out.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    // Together within kFitsWidth: the whole row shows in the window's first size on a
    // 1366×768 screen (MainWindow::kInitialSize) without scrolling sideways.
    const int widths[] = {150, 200, 120, 100, 120, 95, 95, 90, 160, 60};
    static_assert(150 + 200 + 120 + 100 + 120 + 95 + 95 + 90 + 160 + 60 <= kFitsWidth);
    for (int c = 0; c < InvitationTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_dateLabel);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_clear);
    filters->addWidget(m_scopeLabel);
    filters->addWidget(m_scopeClear);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InvitationsPage::applySearchNow);
    connect(m_searchDelay, &QTimer::timeout, this, &InvitationsPage::applySearchNow);
    connect(m_statusFilter, &MultiSelectButton::selectionChanged, this,
            [this](const QStringList& values) {
                QList<InvitationStatus> list;
                for (const QString& v : values)
                    if (auto s = statuses::fromName(v))
                        list << *s;
                m_model->setStatuses(list);
            });
    connect(m_typeFilter, &MultiSelectButton::selectionChanged, this,
            [this](const QStringList& values) {
                QList<InvitationType> list;
                for (const QString& v : values)
                    if (auto t = invitation_types::fromName(v))
                        list << *t;
                m_model->setTypes(list);
            });
    connect(m_dateRange, &QComboBox::currentIndexChanged, this, &InvitationsPage::applyDateRange);
    connect(m_from, &QDateEdit::dateChanged, this, &InvitationsPage::applyDateRange);
    connect(m_to, &QDateEdit::dateChanged, this, &InvitationsPage::applyDateRange);
    connect(m_clear, &QToolButton::clicked, this, &InvitationsPage::clearFilters);
    connect(m_scopeClear, &QToolButton::clicked, this, [this] { setScope({}, {}); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!InvitationTableModel::isSortable(column)) {
            // Put the indicator back where the list is really sorted.
            const QSignalBlocker block(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                         m_model->sortOrder());
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InvitationsPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvitationsPage::selectionChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit invitationActivated(m_model->idAt(index.row()));
    });
    connect(m_model, &InvitationTableModel::totalCountChanged, this, &InvitationsPage::updateCount);
    connect(m_model, &InvitationTableModel::loadingChanged, this, [this] {
        updateCount();
        updateEmptyState();
    });
    connect(m_model, &InvitationTableModel::loadFailed, this, [this](const QString& message) {
        m_loadError = message;
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_loadError.clear();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvitationsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &InvitationsPage::selectionChanged);

    retranslate();
}

void InvitationsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search name or e-mail (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search invitations"));
    nameFieldButtons(m_search, tr("Clear the search"), tr("Search"));
    m_statusFilter->setCaption(tr("Status"));
    QList<QPair<QString, QString>> statusChoices;
    for (InvitationStatus s : statuses::all())
        statusChoices.append({statuses::name(s), statuses::label(s)});
    m_statusFilter->setChoices(statusChoices);
    m_typeFilter->setCaption(tr("Type"));
    // Only the types this person's list can hold (issue 18, item 7).
    QList<QPair<QString, QString>> typeChoices;
    const QList<InvitationType> types =
        m_session ? invite_policy::visibleTypes(m_session->actor().role) : invitation_types::all();
    for (InvitationType t : types)
        typeChoices.append({invitation_types::name(t), roles::label(t)});
    m_typeFilter->setChoices(typeChoices);
    m_typeFilter->setVisible(!typeChoices.isEmpty());
    m_dateLabel->setText(tr("C&reated:"));
    const QStringList ranges = {tr("any time"),     tr("today"),        tr("last 7 days"),
                                tr("last 30 days"), tr("last 90 days"), tr("between…")};
    for (int i = 0; i < ranges.size(); ++i)
        m_dateRange->setItemText(i, ranges.at(i));
    m_dateRange->setAccessibleName(tr("Created"));
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created until"));
    for (QDateEdit* d : {m_from, m_to})
        InterfaceLocale::follow(d);
    m_clear->setText(tr("Clear filters"));
    m_scopeLabel->setText(tr("Downline of %1").arg(m_scopeName));
    m_scopeLabel->setAccessibleName(m_scopeLabel->text());
    m_scopeClear->setText(tr("Show everyone's"));
    m_scopeClear->setToolTip(tr("Stop narrowing the list to this person's downline"));
    m_view->setAccessibleName(tr("Invitations"));
    m_model->retranslate();
    updateCount();
    updateEmptyState();
}

void InvitationsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InvitationsPage::applySearchNow()
{
    m_searchDelay->stop();
    m_model->setSearch(m_search->text());
}

void InvitationsPage::applyDateRange()
{
    const int choice = m_dateRange->currentIndex();
    m_from->setVisible(choice == Custom);
    m_to->setVisible(choice == Custom);
    const QDate today = QDate::currentDate();
    QDateTime from;
    QDateTime to;
    auto startOf = [](const QDate& d) { return d.startOfDay().toUTC(); };
    switch (choice) {
    case Today:
        from = startOf(today);
        break;
    case Last7:
        from = startOf(today.addDays(-6));
        break;
    case Last30:
        from = startOf(today.addDays(-29));
        break;
    case Last90:
        from = startOf(today.addDays(-89));
        break;
    case Custom:
        from = startOf(m_from->date());
        to = startOf(m_to->date().addDays(1)); // the "to" day is included
        break;
    default:
        break;
    }
    const auto& q = m_model->query();
    if (q.createdFrom != from || q.createdTo != to)
        m_model->setCreatedRange(from, to);
}

void InvitationsPage::clearFilters()
{
    const QSignalBlocker b1(m_search);
    const QSignalBlocker b2(m_statusFilter);
    const QSignalBlocker b3(m_typeFilter);
    const QSignalBlocker b4(m_dateRange);
    m_searchDelay->stop();
    m_search->clear();
    m_statusFilter->clearSelection();
    m_typeFilter->clearSelection();
    m_dateRange->setCurrentIndex(AnyTime);
    m_from->setVisible(false);
    m_to->setVisible(false);
    m_scopeName.clear();
    m_scopeLabel->setVisible(false);
    m_scopeClear->setVisible(false);
    m_model->clearFilters();
}

void InvitationsPage::setScope(const QString& userId, const QString& label)
{
    m_scopeName = userId.isEmpty() ? QString() : label;
    m_scopeLabel->setText(tr("Downline of %1").arg(m_scopeName));
    m_scopeLabel->setAccessibleName(m_scopeLabel->text());
    m_scopeLabel->setVisible(!userId.isEmpty());
    m_scopeClear->setVisible(!userId.isEmpty());
    m_model->setScope(userId);
}

QString InvitationsPage::scopeText() const
{
    return m_scopeLabel->isHidden() ? QString() : m_scopeLabel->text();
}

QString InvitationsPage::countText() const
{
    return m_count->text();
}

void InvitationsPage::updateCount()
{
    const qint64 total = m_model->totalCount();
    QString text;
    if (total >= 0) {
        text = tr("%Ln invitation(s)", "", int(std::min<qint64>(total, INT_MAX)));
    } else if (m_model->isLoading()) {
        text = tr("Loading…");
    }
    if (m_count->text() != text) {
        m_count->setText(text);
        m_count->setAccessibleName(text);
        emit countChanged(text);
    }
}

void InvitationsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (!empty) {
        m_empty->hide();
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_empty->setMessage(tr("The list could not be loaded"),
                            tr("%1\nPress F5 to try again.").arg(m_loadError));
    } else if (m_model->hasFilters()) {
        m_empty->setMessage(tr("No invitations match these filters"),
                            tr("Change the search or press \"Clear filters\"."));
    } else if (m_session && invite_policy::invitableTypes(m_session->actor().role).isEmpty()) {
        m_empty->setMessage(tr("No invitations to show"),
                            tr("Invitations sent by you or your downline appear here."));
    } else {
        m_empty->setMessage(tr("No invitations yet"),
                            tr("Press Ctrl+N or \"New invitation\" to invite someone."));
    }
    m_empty->show();
    m_empty->raise();
}

QStringList InvitationsPage::selectedIds() const
{
    QStringList ids;
    const auto rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model->idAt(index.row());
    return ids;
}

QList<InvitationRow> InvitationsPage::selectedRows() const
{
    QList<InvitationRow> rows;
    auto indexes = m_view->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end());
    for (const QModelIndex& index : indexes)
        rows << m_model->rowAt(index.row());
    return rows;
}

void InvitationsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InvitationsPage::setContextActions(const QList<QAction*>& actions)
{
    for (QAction* a : m_view->actions())
        m_view->removeAction(a);
    m_view->addActions(actions);
}

void InvitationsPage::saveState(AppSettings* settings) const
{
    settings->setState(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void InvitationsPage::restoreState(AppSettings* settings)
{
    // Column order, widths and the sort (the view passes a restored indicator to the model's
    // sort(); an indicator on a column that cannot sort is put back).
    const QByteArray state = settings->state(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    const QSignalBlocker block(m_view->horizontalHeader());
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

} // namespace invitedesk::ui
