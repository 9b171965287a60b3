#pragma once

#include "core/domain/InvitationStatus.h"
#include "core/services/Statistics.h"
#include "ui/widgets/FunnelWidget.h"
#include "ui/widgets/TrendChartWidget.h"

#include <QCoreApplication>

class QTableWidget;
class QWidget;

namespace invitedesk::ui {

// The statistics page's tables: the charts' table alternative (issue 18, item 14: the same
// numbers as the funnel and the weekly trend, in read-only tables a keyboard and a screen
// reader can walk) and the breakdown by inviter. Each fill() replaces the table's rows and
// headers in the current language.
class StatisticsTables {
    Q_DECLARE_TR_FUNCTIONS(StatisticsTables)
public:
    // A read-only table with a row per item, no row numbers, cells focusable one by one.
    static QTableWidget* make(QWidget* parent, const QString& objectName);
    // Step, invitations, share of the previous step.
    static void fillFunnel(QTableWidget* table, const QList<FunnelWidget::Step>& steps);
    // Week starting, created, accepted.
    static void fillTrend(QTableWidget* table, const QList<TrendChartWidget::Week>& weeks);
    // Type, invitations, share of all (`total`); most invitations first.
    static void fillTypes(QTableWidget* table, const QMap<QString, qint64>& byType, qint64 total);
    // Inviter, e-mail, invitations, a column per status, delivered, acceptance rate.
    static void fillInviters(QTableWidget* table, const QList<InviterStatistics>& inviters);
    // How the statistics name a status: a sent invitation not yet accepted is "Awaiting
    // acceptance", to tell it from the funnel's "Ever sent".
    static QString statusTitle(InvitationStatus status);
    // The acceptance rate as a percentage, "—" when nothing was delivered.
    static QString rateText(double rate, qint64 delivered);
};

} // namespace invitedesk::ui
