#include "ui/views/StatisticsPage.h"

#include "core/io/PrivateFiles.h"
#include "core/services/StatisticsCsv.h"
#include "ui/async/TaskRunner.h"
#include "ui/i18n/InterfaceLocale.h"
#include "ui/session/Session.h"
#include "ui/views/StatisticsTables.h"
#include "ui/widgets/FieldMessage.h"
#include "ui/widgets/FunnelWidget.h"
#include "ui/widgets/StatCard.h"
#include "ui/widgets/SvgIconEngine.h"
#include "ui/widgets/TrendChartWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
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
      m_scope(new QComboBox(this)), m_limitDates(new QCheckBox(this)), m_from(new QDateEdit(this)),
      m_toLabel(new QLabel(this)), m_to(new QDateEdit(this)), m_asTables(new QPushButton(this)),
      m_export(new QPushButton(this)), m_refresh(new QPushButton(this)),
      m_updated(new QLabel(this)), m_message(new FieldMessage(nullptr, this)),
      m_funnelTitle(sectionTitle(this)), m_funnel(new FunnelWidget(this)),
      m_funnelTable(StatisticsTables::make(this, QStringLiteral("funnelTable"))),
      m_trendTitle(sectionTitle(this)), m_trend(new TrendChartWidget(this)),
      m_trendTable(StatisticsTables::make(this, QStringLiteral("trendTable"))),
      m_byTypeTitle(sectionTitle(this)), m_byType(new QTableWidget(this)),
      m_byInviterTitle(sectionTitle(this)),
      m_byInviter(StatisticsTables::make(this, QStringLiteral("byInviter"))),
      m_invitersShown(new QLabel(this)), m_allInviters(new QPushButton(this))
{
    setObjectName(QStringLiteral("statisticsPage"));
    m_scope->setObjectName(QStringLiteral("statisticsScope"));
    m_refresh->setObjectName(QStringLiteral("refreshStatistics"));
    m_funnel->setObjectName(QStringLiteral("funnel"));
    m_trend->setObjectName(QStringLiteral("trendChart"));
    m_byType->setObjectName(QStringLiteral("byType"));
    m_limitDates->setObjectName(QStringLiteral("statisticsLimitDates"));
    m_from->setObjectName(QStringLiteral("statisticsFrom"));
    m_to->setObjectName(QStringLiteral("statisticsTo"));
    m_asTables->setObjectName(QStringLiteral("statisticsAsTables"));
    m_export->setObjectName(QStringLiteral("exportStatistics"));
    m_refresh->setIcon(themedIcon(QStringLiteral("refresh")));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_to->setDate(QDate::currentDate());
    m_toLabel->setBuddy(m_to);
    m_toLabel->setEnabled(false);
    m_asTables->setCheckable(true);
    m_funnelTable->setVisible(false);
    m_trendTable->setVisible(false);
    // The funnel's four steps and the header, no more.
    m_funnelTable->setFixedHeight(5 * (m_funnelTable->fontMetrics().height() + 8) + 8);
    m_trendTable->setMinimumHeight(220);
    m_byInviter->setMinimumHeight(200);
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
    auto* second = new QHBoxLayout;
    second->addWidget(m_limitDates);
    second->addWidget(m_from);
    second->addWidget(m_toLabel);
    second->addWidget(m_to);
    second->addStretch();
    second->addWidget(m_asTables);
    second->addWidget(m_export);

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
    left->addWidget(m_trendTable, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_byTypeTitle);
    right->addWidget(m_byType, 1);
    lower->addLayout(left, 3);
    lower->addLayout(right, 2);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addLayout(top);
    column->addLayout(second);
    column->addWidget(m_message);
    column->addLayout(cards);
    column->addWidget(m_funnelTitle);
    column->addWidget(m_funnel);
    column->addWidget(m_funnelTable);
    column->addLayout(lower, 1);
    column->addWidget(m_byInviterTitle);
    column->addWidget(m_byInviter, 1);
    auto* more = new QHBoxLayout;
    more->addWidget(m_invitersShown, 1);
    more->addWidget(m_allInviters);
    column->addLayout(more);
    m_invitersShown->setWordWrap(true);
    m_invitersShown->hide();
    m_allInviters->hide();
    connect(m_allInviters, &QPushButton::clicked, this, &StatisticsPage::showAllInviters);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_refresh, &QPushButton::clicked, this, &StatisticsPage::refresh);
    connect(m_scope, &QComboBox::activated, this, &StatisticsPage::refresh);
    connect(m_limitDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        m_toLabel->setEnabled(on);
        refresh();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_limitDates->isChecked())
                refresh();
        });
    }
    connect(m_asTables, &QPushButton::toggled, this, &StatisticsPage::showChartsAsTables);
    connect(m_export, &QPushButton::clicked, this, &StatisticsPage::chooseExportFile);
    m_export->setEnabled(false);
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

StatisticsRange StatisticsPage::requestedRange() const
{
    if (!m_limitDates->isChecked())
        return {};
    return {m_from->date().startOfDay(), m_to->date().addDays(1).startOfDay()};
}

void StatisticsPage::showChartsAsTables(bool tables)
{
    m_funnel->setVisible(!tables);
    m_trend->setVisible(!tables);
    m_funnelTable->setVisible(tables);
    m_trendTable->setVisible(tables);
}

void StatisticsPage::retranslate()
{
    m_scopeLabel->setText(tr("&Show:"));
    m_scope->setItemText(0, tr("everything I can see"));
    m_scope->setAccessibleName(tr("Whose invitations"));
    m_refresh->setText(tr("Refresh"));
    for (QDateEdit* edit : {m_from, m_to})
        InterfaceLocale::follow(edit);
    m_limitDates->setText(tr("C&reated from"));
    m_limitDates->setToolTip(tr("Count only the invitations created between these dates"));
    m_from->setAccessibleName(tr("Created from"));
    m_toLabel->setText(tr("t&o"));
    m_to->setAccessibleName(tr("Created until (inclusive)"));
    m_asTables->setText(tr("Show charts as &tables"));
    m_asTables->setToolTip(tr("The funnel's and the weekly trend's numbers as tables"));
    m_export->setText(tr("E&xport CSV…"));
    m_export->setToolTip(tr("Save the breakdown by inviter as a CSV file"));
    m_funnelTable->setAccessibleName(tr("Funnel as a table"));
    m_trendTable->setAccessibleName(tr("Invitations created and accepted per week, as a table"));
    m_byInviterTitle->setText(tr("By inviter"));
    m_byInviter->setAccessibleName(tr("Invitations by inviter"));
    m_allInviters->setText(tr("Show &all inviters"));
    m_funnelTitle->setText(tr("Funnel"));
    m_trendTitle->setText(tr("Last 12 weeks"));
    m_byTypeTitle->setText(tr("By type"));
    m_byType->setHorizontalHeaderLabels({tr("Type"), tr("Invitations"), tr("Share")});
    m_byType->setAccessibleName(tr("Invitations by type"));
    m_funnel->setAccessibleName(tr("Funnel"));
    m_trend->setAccessibleName(tr("Invitations created and accepted per week"));
    m_cards.value(QStringLiteral("total"))->setTitle(tr("Invitations"));
    for (InvitationStatus s : statuses::all())
        m_cards.value(statuses::name(s))->setTitle(StatisticsTables::statusTitle(s));
    m_cards.value(statuses::name(InvitationStatus::Sent))
        ->setExplanation(tr("Sent, and not yet accepted, cancelled or expired. The funnel's "
                            "\"Ever sent\" counts every invitation sent at least once."));
    m_cards.value(QStringLiteral("acceptance_rate"))->setTitle(tr("Acceptance rate"));
    m_cards.value(QStringLiteral("acceptance_rate"))
        ->setExplanation(tr("Accepted invitations among those whose e-mail reached the invitee "
                            "(delivered). Mail the test mode saved to a folder on this computer "
                            "was not delivered and is not counted."));
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
    if (!m_session)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    if (m_downline.isEmpty())
        loadDownline();
    m_busy = true;
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Updating…"));
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString scope = m_scope->currentData().toString();
    const StatisticsRange range = requestedRange();
    const int inviters = m_everyInviter ? 0 : m_invitersShownFirst;
    m_session->worker()->run(
        this,
        [backend, actor, scope, range, inviters]() -> Result<Statistics> {
            return backend->invitations().statistics(actor, scope, range, inviters);
        },
        [this, scope](Result<Statistics> stats) {
            m_busy = false;
            m_refresh->setEnabled(true);
            m_allInviters->setEnabled(true);
            if (m_again) {
                m_again = false;
                refresh();
                return;
            }
            if (!stats) {
                m_updated->setText(tr("Could not update: %1").arg(stats.error().message));
                emit failed(stats.error().message);
                return;
            }
            m_stats = stats.value();
            m_statsScope = scope;
            m_loaded = true;
            m_export->setEnabled(true);
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
        ->setValue(StatisticsTables::rateText(s.acceptanceRate, s.delivered));
    m_cards.value(QStringLiteral("acceptance_rate"))
        ->setCaption(tr("%1 accepted of %2 delivered")
                         .arg(locale.toString(s.acceptedDelivered), locale.toString(s.delivered)));
    m_cards.value(QStringLiteral("median"))->setValue(formatDuration(s.medianHoursToAccept));
    m_cards.value(QStringLiteral("median"))->setCaption(tr("from invitation to account"));
    m_cards.value(QStringLiteral("expiring"))->setValue(locale.toString(s.expiring48h));
    m_cards.value(QStringLiteral("expiring"))->setCaption(tr("still open"));

    const QList<FunnelWidget::Step> steps{{tr("Created"), s.created},
                                          {tr("Ever sent"), s.sent},
                                          {tr("Opened"), s.opened},
                                          {tr("Accepted"), s.accepted}};
    m_funnel->setSteps(steps);
    StatisticsTables::fillFunnel(m_funnelTable, steps);

    // The service's weeks (StatisticsRange::trendWeeks): the last 12, or the range's.
    QList<TrendChartWidget::Week> weeks;
    for (qsizetype i = 0; i < s.weekly.size(); ++i)
        weeks.append({s.weekStarts.value(i).toLocalTime().date(), s.weekly.at(i).first,
                      s.weekly.at(i).second});
    m_trendTitle->setText(
        !s.range.isBounded() || weeks.isEmpty()
            ? tr("Last 12 weeks")
            : tr("%n week(s) from %1", "", int(weeks.size()))
                  .arg(locale.toString(weeks.first().start, QLocale::ShortFormat)));
    m_trend->setWeeks(weeks);
    StatisticsTables::fillTrend(m_trendTable, weeks);
    StatisticsTables::fillInviters(m_byInviter, s.byInviter);
    const bool partial = !s.hasEveryInviter();
    if (partial)
        m_invitersShown->setText(
            tr("The %n inviter(s) with the most invitations, of %L1.", "", int(s.byInviter.size()))
                .arg(s.inviterCount));
    m_invitersShown->setVisible(partial);
    m_allInviters->setVisible(partial);

    StatisticsTables::fillTypes(m_byType, s.byType, total);
    m_updated->setText(
        tr("Updated %1")
            .arg(locale.toString(s.computedAt.toLocalTime().time(), QLocale::ShortFormat)));
}

void StatisticsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the statistics"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("statistics-%1.csv")
                          .arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void StatisticsPage::showAllInviters()
{
    m_everyInviter = true;
    m_allInviters->setEnabled(false);
    refresh();
}

void StatisticsPage::exportTo(const QString& path)
{
    if (m_stats.hasEveryInviter()) {
        writeExport(m_stats, path);
        return;
    }
    // The page shows the first inviters only; the file gets every one, read on the worker.
    if (!m_session)
        return;
    auto backend = m_session->backend();
    auto actor = m_session->actor();
    const QString scope = m_statsScope;
    const StatisticsRange range = m_stats.range;
    m_export->setEnabled(false);
    m_session->worker()->run(
        this,
        [backend, actor, scope, range]() -> Result<Statistics> {
            return backend->invitations().statistics(actor, scope, range);
        },
        [this, path](Result<Statistics> stats) {
            m_export->setEnabled(true);
            if (!stats) {
                const QString message = tr("The export failed: %1").arg(stats.error().message);
                m_message->showMessage(message, FieldMessage::Kind::Error);
                emit exportFinished(false, message);
                return;
            }
            writeExport(stats.value(), path);
        });
}

void StatisticsPage::writeExport(const Statistics& stats, const QString& path)
{
    // The lines are in memory already: written here, not on a worker.
    const auto write = [&stats, &path]() -> Result<qint64> {
        QSaveFile file(path);
        if (!PrivateFiles::openForWriting(file))
            return Error::make(Error::Code::Environment, file.errorString(),
                               QStringLiteral("file"));
        auto rows = StatisticsCsv::write(stats, &file);
        if (!rows)
            return rows.error();
        if (!PrivateFiles::commit(file))
            return Error::make(Error::Code::Environment, file.errorString(),
                               QStringLiteral("file"));
        return rows;
    };
    const Result<qint64> rows = write();
    const QString message = rows ? tr("Exported %Ln inviter(s) to %1.", "", int(rows.value()))
                                       .arg(QDir::toNativeSeparators(path))
                                 : tr("The export failed: %1").arg(rows.error().message);
    m_message->showMessage(message, rows ? FieldMessage::Kind::Info : FieldMessage::Kind::Error);
    emit exportFinished(rows.ok(), message);
}

} // namespace invitedesk::ui
