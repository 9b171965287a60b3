#include "ui/views/StatisticsPage.h"

#include "ui/async/TaskRunner.h"
#include "ui/session/Session.h"
#include "ui/widgets/FunnelWidget.h"
#include "ui/widgets/StatCard.h"
#include "ui/widgets/SvgIconEngine.h"
#include "ui/widgets/TrendChartWidget.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace invitedesk::ui {

namespace {
QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}
} // namespace

StatisticsPage::StatisticsPage(Session* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_scopeLabel(new QLabel(this)),
      m_scope(new QComboBox(this)), m_refresh(new QPushButton(this)), m_updated(new QLabel(this)),
      m_funnelTitle(sectionTitle(this)), m_funnel(new FunnelWidget(this)),
      m_trendTitle(sectionTitle(this)), m_trend(new TrendChartWidget(this)),
      m_byTypeTitle(sectionTitle(this)), m_byType(new QTableWidget(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_scope->setObjectName(QStringLiteral("statisticsScope"));
    m_refresh->setObjectName(QStringLiteral("refreshStatistics"));
    m_funnel->setObjectName(QStringLiteral("funnel"));
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_byType->setObjectName(QStringLiteral("byType"));
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    m_scopeLabel->setBuddy(m_scope);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_scope->setMinimumContentsLength(24);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->addItem(QString(), QString());
    m_byType->setColumnCount(3);
    m_byType->verticalHeader()->setVisible(false);
    m_byType->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_byType->verticalHeader()->setDefaultSectionSize(m_byType->fontMetrics().height() + 8);
    m_byType->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_byType->setSelectionMode(QAbstractItemView::NoSelection);
    m_byType->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_byType->setMinimumHeight(200);
    m_trend->setMinimumHeight(220);

    auto* top = new QHBoxLayout;
    top->addWidget(m_scopeLabel);
    top->addWidget(m_scope);
    top->addStretch();
    top->addWidget(m_updated);
    top->addWidget(m_refresh);

    auto* cards = new QGridLayout;
    m_cardOrder = {QStringLiteral("total")};
    for (const QString& status : statuses::allNames())
        m_cardOrder << status;
    m_cardOrder << QStringLiteral("acceptance_rate") << QStringLiteral("median")
                << QStringLiteral("expiring");
    for (int i = 0; i < m_cardOrder.size(); ++i) {
        auto* card = new StatCard(this);
        card->setObjectName(QStringLiteral("card_") + m_cardOrder.at(i));
        card->setValue(QStringLiteral("…"));
        m_cards.insert(m_cardOrder.at(i), card);
        cards->addWidget(card, i / 5, i % 5);
    }

    auto* lower = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(m_trendTitle);
    left->addWidget(m_trend, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_byTypeTitle);
    right->addWidget(m_byType, 1);
    lower->addLayout(left, 3);
    lower->addLayout(right, 2);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addLayout(top);
    column->addLayout(cards);
    column->addWidget(m_funnelTitle);
    column->addWidget(m_funnel);
    column->addLayout(lower, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_refresh, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_scope, &QComboBox::activated, this, &StatisticsPage::refresh);
    retranslate();
}

QString StatisticsPage::formatDuration(double hours)
{
    const QLocale locale;
    if (hours <= 0)
        return QStringLiteral("—");
    if (hours < 1)
        return tr("%1 minutes").arg(locale.toString(hours * 60, 'f', 0));
    if (hours < 48)
        return tr("%1 hours").arg(locale.toString(hours, 'f', 1));
    return tr("%1 days").arg(locale.toString(hours / 24, 'f', 1));
}

void StatisticsPage::retranslate()
{
    m_scopeLabel->setText(tr("&Show:"));
    m_scope->setItemText(0, tr("everything I can see"));
    m_scope->setAccessibleName(tr("Whose invitations"));
    m_refresh->setText(tr("Refresh"));
    m_funnelTitle->setText(tr("Funnel"));
    m_trendTitle->setText(tr("Last 12 weeks"));
    m_byTypeTitle->setText(tr("By type"));
    m_byType->setHorizontalHeaderLabels({tr("Type"), tr("Invitations"), tr("Share")});
    m_byType->setAccessibleName(tr("Invitations by type"));
    m_funnel->setAccessibleName(tr("Funnel"));
    m_trend->setAccessibleName(tr("Invitations created and accepted per week"));
    m_cards.value(QStringLiteral("total"))->setTitle(tr("Invitations"));
    for (InvitationStatus s : statuses::all())
        m_cards.value(statuses::name(s))->setTitle(statuses::label(s));
    m_cards.value(QStringLiteral("acceptance_rate"))->setTitle(tr("Acceptance rate"));
    m_cards.value(QStringLiteral("median"))->setTitle(tr("Median time to accept"));
    m_cards.value(QStringLiteral("expiring"))->setTitle(tr("Expiring within 48 hours"));
    if (m_loaded)
        display(m_stats);
}

void StatisticsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatisticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loaded && !m_busy)
        refresh();
}

void StatisticsPage::loadDownline()
{
    m_session->loadDownline(this, [this](Result<QList<User>> users) {
        if (!users)
            return;
        m_downline.clear();
        for (const User& u : users.value()) {
            if (u.id != m_session->actor().id)
                m_downline << u;
        }
        std::sort(m_downline.begin(), m_downline.end(), [](const User& a, const User& b) {
            return a.fullName().localeAwareCompare(b.fullName()) < 0;
        });
        const QString current = m_scope->currentData().toString();
        while (m_scope->count() > 1)
            m_scope->removeItem(1);
        for (const User& u : std::as_const(m_downline))
            m_scope->addItem(tr("%1 (%2)").arg(u.fullName(), roles::label(u.role)), u.id);
        m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
        m_scopeLabel->setVisible(!m_downline.isEmpty());
        m_scope->setVisible(!m_downline.isEmpty());
    });
}

void StatisticsPage::refresh()
{
    if (!m_session || m_busy)
        return;
    if (m_downline.isEmpty())
        loadDownline();
    m_busy = true;
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Updating…"));
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString scope = m_scope->currentData().toString();
    m_session->worker()->run(
        this,
        [backend, actor, scope]() -> Result<Statistics> {
            return backend->invitations().statistics(actor, scope);
        },
        [this](Result<Statistics> stats) {
            m_busy = false;
            m_refresh->setEnabled(true);
            if (!stats) {
                m_updated->setText(tr("Could not update: %1").arg(stats.error().message));
                emit failed(stats.error().message);
                return;
            }
            m_stats = stats.value();
            m_loaded = true;
            display(m_stats);
            emit refreshed();
        });
}

void StatisticsPage::display(const Statistics& s)
{
    const QLocale locale;
    const auto total = s.total;
    auto share = [&](qint64 n) {
        return total > 0 ? tr("%1% of all")
                               .arg(locale.toString(100.0 * double(n) / double(total), 'f', 1))
                         : QString();
    };
    m_cards.value(QStringLiteral("total"))->setValue(locale.toString(total));
    m_cards.value(QStringLiteral("total"))->setCaption(tr("created"));
    for (InvitationStatus st : statuses::all()) {
        const qint64 n = s.byStatus.value(statuses::name(st));
        m_cards.value(statuses::name(st))->setValue(locale.toString(n));
        m_cards.value(statuses::name(st))->setCaption(share(n));
    }
    m_cards.value(QStringLiteral("acceptance_rate"))
        ->setValue(locale.toString(s.acceptanceRate * 100.0, 'f', 1) + QLatin1Char('%'));
    m_cards.value(QStringLiteral("acceptance_rate"))
        ->setCaption(
            tr("%1 of %2 accepted").arg(locale.toString(s.accepted), locale.toString(total)));
    m_cards.value(QStringLiteral("median"))->setValue(formatDuration(s.medianHoursToAccept));
    m_cards.value(QStringLiteral("median"))->setCaption(tr("from invitation to account"));
    m_cards.value(QStringLiteral("expiring"))->setValue(locale.toString(s.expiring48h));
    m_cards.value(QStringLiteral("expiring"))->setCaption(tr("still open"));

    m_funnel->setSteps({{tr("Created"), s.created},
                        {tr("Sent"), s.sent},
                        {tr("Opened"), s.opened},
                        {tr("Accepted"), s.accepted}});

    // The service's weeks are the 7-day spans ending at computedAt, oldest first.
    QList<TrendChartWidget::Week> weeks;
    const int n = int(s.weekly.size());
    for (int i = 0; i < n; ++i) {
        const QDateTime start = s.computedAt.addDays(-7 * (n - i));
        weeks.append({start.toLocalTime().date(), s.weekly.at(i).first, s.weekly.at(i).second});
    }
    m_trend->setWeeks(weeks);

    QList<QPair<QString, qint64>> types;
    for (auto it = s.byType.begin(); it != s.byType.end(); ++it)
        types.append({it.key(), it.value()});
    std::stable_sort(types.begin(), types.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    m_byType->setRowCount(int(types.size()));
    for (int row = 0; row < types.size(); ++row) {
        const auto type = invitation_types::fromName(types.at(row).first);
        auto* name = new QTableWidgetItem(type ? roles::label(*type) : types.at(row).first);
        auto* count = new QTableWidgetItem(locale.toString(types.at(row).second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* pct = new QTableWidgetItem(
            total > 0
                ? locale.toString(100.0 * double(types.at(row).second) / double(total), 'f', 1) +
                      QLatin1Char('%')
                : QStringLiteral("—"));
        pct->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_byType->setItem(row, 0, name);
        m_byType->setItem(row, 1, count);
        m_byType->setItem(row, 2, pct);
    }
    m_updated->setText(
        tr("Updated %1")
            .arg(locale.toString(s.computedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

} // namespace invitedesk::ui
