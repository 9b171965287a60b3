#pragma once

#include "core/domain/User.h"
#include "core/services/Statistics.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace invitedesk::ui {

class FieldMessage;
class FunnelWidget;
class Session;
class StatCard;
class TrendChartWidget;

// Figures over what the signed-in user may see (InvitationService::statistics, the same call
// as `invitedesk stats --json`): a card per status ("Awaiting acceptance" for the invitations
// sent and not yet accepted), acceptance rate (of the invitations delivered, explained in its
// tooltip), median time to accept, expiring within 48 hours; the funnel (created, ever sent,
// opened, accepted; each percentage of the previous step); the weekly trend; counts by type
// and by inviter. Users with a downline can narrow it to one member, anyone to the
// invitations created between two dates. "Show charts as tables" puts the funnel's and the
// trend's numbers in tables (issue 18, item 14); "Export CSV" writes the inviter breakdown to
// a file only its owner may read.
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
    QTableWidget* byInviter() const { return m_byInviter; }
    // Under the breakdown when it holds only the first inviters: how many of how many, and the
    // button that reads every one.
    QLabel* invitersShown() const { return m_invitersShown; }
    QPushButton* allInvitersButton() const { return m_allInviters; }
    // How many inviters the page reads at first (tests); Statistics::kInvitersShownFirst.
    void setInvitersShownFirst(int n) { m_invitersShownFirst = n; }
    QTableWidget* funnelTable() const { return m_funnelTable; }
    QTableWidget* trendTable() const { return m_trendTable; }
    QCheckBox* dateRangeToggle() const { return m_limitDates; }
    QDateEdit* fromDate() const { return m_from; }
    QDateEdit* toDate() const { return m_to; }
    QPushButton* tablesToggle() const { return m_asTables; }
    QPushButton* exportButton() const { return m_export; }
    // The range the widgets ask for: local days, `to` inclusive; unbounded when unticked.
    StatisticsRange requestedRange() const;

    // Median hours as people read it ("3.5 hours", "2.1 days").
    static QString formatDuration(double hours);

public slots:
    void refresh();
    // Writes the inviter breakdown of the statistics shown (StatisticsCsv), 0600: every
    // inviter's, read first on the worker when the page shows only the first ones.
    void exportTo(const QString& path);
    // Reads the statistics again with every inviter, and keeps doing so.
    void showAllInviters();

signals:
    void refreshed();
    void failed(const QString& message);
    void exportFinished(bool ok, const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void display(const Statistics& stats);
    void loadDownline();
    void showChartsAsTables(bool tables);
    void chooseExportFile();
    void writeExport(const Statistics& stats, const QString& path);

    Session* m_session;
    Statistics m_stats;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_again = false; // asked for while busy: refresh once more when done
    QString m_statsScope; // the scope m_stats was read for
    int m_invitersShownFirst = Statistics::kInvitersShownFirst;
    bool m_everyInviter = false; // asked for with "Show all inviters"
    QList<User> m_downline;
    QLabel* m_scopeLabel;
    QComboBox* m_scope;
    QCheckBox* m_limitDates;
    QDateEdit* m_from;
    QLabel* m_toLabel;
    QDateEdit* m_to;
    QPushButton* m_asTables;
    QPushButton* m_export;
    QPushButton* m_refresh;
    QLabel* m_updated;
    FieldMessage* m_message;
    QHash<QString, StatCard*> m_cards;
    QStringList m_cardOrder;
    QLabel* m_funnelTitle;
    FunnelWidget* m_funnel;
    QTableWidget* m_funnelTable;
    QLabel* m_trendTitle;
    TrendChartWidget* m_trend;
    QTableWidget* m_trendTable;
    QLabel* m_byTypeTitle;
    QTableWidget* m_byType;
    QLabel* m_byInviterTitle;
    QTableWidget* m_byInviter;
    QLabel* m_invitersShown;
    QPushButton* m_allInviters;
};

} // namespace invitedesk::ui
