#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace invitedesk::ui {

// Weekly bars, created next to accepted, for the last weeks (12 on the statistics page),
// drawn with QPainter. Hovering a week shows its figures; the whole series is also the
// accessible description, so the chart is not only visual.
class TrendChartWidget : public QWidget {
    Q_OBJECT
public:
    struct Week {
        QDate start; // Monday
        qint64 created = 0;
        qint64 accepted = 0;
    };

    explicit TrendChartWidget(QWidget* parent = nullptr);

    void setWeeks(const QList<Week>& weeks);
    const QList<Week>& weeks() const { return m_weeks; }
    QString summaryText() const;
    // Top of the value axis: a "nice" number at or above the largest bar.
    static qint64 niceCeiling(qint64 value);
    // The week under a widget position, or -1.
    int weekAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QRect plotRect() const;
    QColor createdColour() const;
    QColor acceptedColour() const;

    QList<Week> m_weeks;
};

} // namespace invitedesk::ui
