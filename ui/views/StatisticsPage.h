#pragma once

#include "core/domain/User.h"
#include "core/services/Statistics.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace invitedesk::ui {

class FunnelWidget;
class Session;
class StatCard;
class TrendChartWidget;

// Figures over what the signed-in user may see (InvitationService::statistics, the same call
// as `invitedesk stats --json`): a card per status, acceptance rate, median time to accept,
// expiring within 48 hours; the funnel; the weekly trend; counts by type. Users with a
// downline can narrow it to one member.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    StatisticsPage(Session* session, QWidget* parent = nullptr);

    const Statistics& statistics() const { return m_stats; }
    bool hasStatistics() const { return m_loaded; }
    QComboBox* scopeChooser() const { return m_scope; }
    // Card by key: "total", a status name, "acceptance_rate", "median", "expiring".
    StatCard* card(const QString& key) const { return m_cards.value(key); }
    FunnelWidget* funnel() const { return m_funnel; }
    TrendChartWidget* trend() const { return m_trend; }
    QTableWidget* byType() const { return m_byType; }

    // Median hours as people read it ("3.5 hours", "2.1 days").
    static QString formatDuration(double hours);

public slots:
    void refresh();

signals:
    void refreshed();
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void display(const Statistics& stats);
    void loadDownline();

    Session* m_session;
    Statistics m_stats;
    bool m_loaded = false;
    bool m_busy = false;
    QList<User> m_downline;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QPushButton* m_refresh;
    QLabel* m_updated;
    QHash<QString, StatCard*> m_cards;
    QStringList m_cardOrder;
    QLabel* m_funnelTitle;
    FunnelWidget* m_funnel;
    QLabel* m_trendTitle;
    TrendChartWidget* m_trend;
    QLabel* m_byTypeTitle;
    QTableWidget* m_byType;
};

} // namespace invitedesk::ui
