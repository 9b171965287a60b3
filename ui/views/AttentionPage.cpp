#include "ui/views/AttentionPage.h"

#include "ui/models/AttentionTableModel.h"
#include "ui/widgets/EmptyStateOverlay.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace invitedesk::ui {

AttentionPage::AttentionPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AttentionTableModel(session, this)),
      m_intro(new QLabel(this)), m_count(new QLabel(this)), m_more(new QPushButton(this)),
      m_view(new QTableView(this)), m_empty(new EmptyStateOverlay(m_view->viewport()))
{
    setObjectName(QStringLiteral("attentionPage"));
    m_view->setObjectName(QStringLiteral("attentionTable"));
    m_count->setObjectName(QStringLiteral("attentionCount"));
    m_more->setObjectName(QStringLiteral("attentionMore"));
    m_more->setVisible(false);
    m_intro->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    QHeaderView* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int widths[] = {170, 230, 280, 110, 220};
    for (int c = 0; c < AttentionTableModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);

    auto* top = new QHBoxLayout;
    top->addWidget(m_intro, 1);
    top->addWidget(m_count);
    top->addWidget(m_more);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &AttentionPage::rebuildButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepCurrent.isEmpty())
            return;
        const int row = m_model->rowOf(m_keepCurrent);
        m_keepCurrent.clear();
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
        }
    });
    connect(m_more, &QPushButton::clicked, this, &AttentionPage::showMore);
    connect(m_model, &AttentionTableModel::loadingChanged, this, &AttentionPage::updateState);
    connect(m_model, &AttentionTableModel::totalCountChanged, this, [this](qint64 total) {
        m_loadError.clear();
        updateState();
        emit countChanged(total, m_model->totalIsAtLeast());
    });
    connect(m_model, &AttentionTableModel::loadFailed, this, [this](const QString& message) {
        m_loadError = message;
        updateState();
    });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { fix(index.row()); });
    retranslate();
}

void AttentionPage::retranslate()
{
    m_intro->setText(tr("Invitations whose e-mail bounced, that expire within 48 hours without "
                        "being accepted, or that expired without ever being delivered. Each "
                        "row's button fixes it; Enter does the same for the selected row."));
    m_view->setAccessibleName(tr("Invitations that need attention"));
    m_more->setText(tr("Show more"));
    m_more->setToolTip(tr("Load the next invitations that need attention"));
    m_model->retranslate();
    rebuildButtons();
    updateState();
}

void AttentionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttentionPage::reload()
{
    m_keepCurrent.clear();
    m_model->reload();
}

void AttentionPage::showMore()
{
    if (!m_model->hasMore() || m_model->isLoading())
        return;
    const QModelIndex current = m_view->currentIndex();
    m_keepCurrent = current.isValid() ? m_model->invitationAt(current.row()).id : QString();
    m_model->loadMore();
}

void AttentionPage::rebuildButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, AttentionTableModel::FixColumn);
        auto* button = qobject_cast<QPushButton*>(m_view->indexWidget(index));
        if (!button) {
            button = new QPushButton(m_view);
            button->setObjectName(QStringLiteral("fix"));
            connect(button, &QPushButton::clicked, this, [this, button] {
                // The row the button sits on now (rows move when the list reloads).
                for (int r = 0; r < m_model->rowCount(); ++r) {
                    if (m_view->indexWidget(m_model->index(r, AttentionTableModel::FixColumn)) ==
                        button) {
                        fix(r);
                        return;
                    }
                }
            });
            m_view->setIndexWidget(index, button);
        }
        const QString text = m_model->data(index).toString();
        button->setText(text);
        button->setAccessibleName(
            tr("%1: %2").arg(text, m_model->data(m_model->index(row, 1)).toString()));
    }
}

QPushButton* AttentionPage::fixButton(int row) const
{
    return qobject_cast<QPushButton*>(
        m_view->indexWidget(m_model->index(row, AttentionTableModel::FixColumn)));
}

void AttentionPage::fix(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Invitation& inv = m_model->invitationAt(row);
    if (m_model->reasonAt(row) == AttentionReason::Bounced)
        emit correctAddressRequested(inv);
    else
        emit resendRequested({inv.id});
}

QString AttentionPage::countText() const
{
    return m_count->text();
}

void AttentionPage::updateState()
{
    const qint64 total = m_model->totalCount();
    QString text;
    if (m_model->totalIsAtLeast())
        text = tr("Showing %1 of %L2+")
                   .arg(m_model->rowCount())
                   .arg(std::max<qint64>(total, m_model->rowCount()));
    else if (total > m_model->rowCount())
        text = tr("Showing %1 of %Ln", "", int(std::min<qint64>(total, INT_MAX)))
                   .arg(m_model->rowCount());
    else if (total >= 0)
        text = tr("%Ln invitation(s)", "", int(std::min<qint64>(total, INT_MAX)));
    else if (m_model->isLoading())
        text = tr("Loading…");
    m_count->setText(text);
    m_count->setAccessibleName(text);
    m_more->setVisible(m_model->hasMore() && m_loadError.isEmpty());
    m_more->setEnabled(!m_model->isLoading());
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    if (!empty || !m_model->hasLoaded()) {
        m_empty->hide();
        return;
    }
    if (!m_loadError.isEmpty())
        m_empty->setMessage(tr("The list could not be loaded"),
                            tr("%1\nPress F5 to try again.").arg(m_loadError));
    else
        m_empty->setMessage(tr("Nothing needs attention"),
                            tr("Bounced e-mails, invitations about to expire and those never "
                               "delivered appear here."));
    m_empty->show();
    m_empty->raise();
}

} // namespace invitedesk::ui
