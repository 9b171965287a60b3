#include "ui/views/StatisticsTables.h"

#include "core/domain/InvitationType.h"
#include "core/domain/Role.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

#include <algorithm>

namespace invitedesk::ui {

namespace {
QTableWidgetItem* number(qint64 n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* text(const QString& s, bool right = false)
{
    auto* item = new QTableWidgetItem(s);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

QTableWidget* StatisticsTables::make(QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Cells selectable one at a time so the arrow keys walk them and a screen reader reads
    // each with its header.
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setTabKeyNavigation(false);
    table->setFocusPolicy(Qt::StrongFocus);
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

void StatisticsTables::fillFunnel(QTableWidget* table, const QList<FunnelWidget::Step>& steps)
{
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Step"), tr("Invitations"), tr("Of the previous step")});
    // The label and the counts as wide as they need; the rest to the last column, so no
    // header is cut.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->setRowCount(int(steps.size()));
    const QLocale locale;
    for (int row = 0; row < steps.size(); ++row) {
        const qint64 before = row > 0 ? steps.at(row - 1).count : 0;
        table->setItem(row, 0, text(steps.at(row).label));
        table->setItem(row, 1, number(steps.at(row).count));
        table->setItem(
            row, 2,
            text(row > 0 && before > 0
                     ? locale.toString(100.0 * double(steps.at(row).count) / double(before), 'f',
                                       1) +
                           QLatin1Char('%')
                     : QStringLiteral("—"),
                 true));
    }
}

void StatisticsTables::fillTrend(QTableWidget* table, const QList<TrendChartWidget::Week>& weeks)
{
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Week starting"), tr("Created"), tr("Accepted")});
    // The label and the counts as wide as they need; the rest to the last column, so no
    // header is cut.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->setRowCount(int(weeks.size()));
    const QLocale locale;
    for (int row = 0; row < weeks.size(); ++row) {
        table->setItem(row, 0, text(locale.toString(weeks.at(row).start, QLocale::ShortFormat)));
        table->setItem(row, 1, number(weeks.at(row).created));
        table->setItem(row, 2, number(weeks.at(row).accepted));
    }
}

void StatisticsTables::fillTypes(QTableWidget* table, const QMap<QString, qint64>& byType,
                                 qint64 total)
{
    const QLocale locale;
    QList<QPair<QString, qint64>> types;
    for (auto it = byType.begin(); it != byType.end(); ++it)
        types.append({it.key(), it.value()});
    std::stable_sort(types.begin(), types.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    table->setRowCount(int(types.size()));
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
        table->setItem(row, 0, name);
        table->setItem(row, 1, count);
        table->setItem(row, 2, pct);
    }
}

void StatisticsTables::fillInviters(QTableWidget* table, const QList<InviterStatistics>& inviters)
{
    QStringList headers{tr("Inviter"), tr("E-mail"), tr("Invitations")};
    for (InvitationStatus s : statuses::all())
        headers << statusTitle(s);
    headers << tr("Delivered") << tr("Acceptance rate");
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeaderItem(int(headers.size()) - 1)
        ->setToolTip(tr("Accepted among the invitations whose e-mail reached the invitee."));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setRowCount(int(inviters.size()));
    for (int row = 0; row < inviters.size(); ++row) {
        const InviterStatistics& line = inviters.at(row);
        int column = 0;
        table->setItem(row, column++, text(line.name));
        table->setItem(row, column++, text(line.email));
        table->setItem(row, column++, number(line.total));
        for (const QString& s : statuses::allNames())
            table->setItem(row, column++, number(line.byStatus.value(s)));
        table->setItem(row, column++, number(line.delivered));
        table->setItem(row, column++, text(rateText(line.acceptanceRate(), line.delivered), true));
    }
}

QString StatisticsTables::statusTitle(InvitationStatus status)
{
    if (status == InvitationStatus::Sent)
        return tr("Awaiting acceptance");
    return statuses::label(status);
}

QString StatisticsTables::rateText(double rate, qint64 delivered)
{
    if (delivered <= 0)
        return QStringLiteral("—");
    return QLocale().toString(rate * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace invitedesk::ui
