#include "ui/widgets/TrendChartWidget.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace invitedesk::ui {

namespace {
constexpr int kLeftAxis = 48;
constexpr int kBottomAxis = 26;
constexpr int kLegendHeight = 24;
constexpr int kTicks = 4;
} // namespace

TrendChartWidget::TrendChartWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setFocusPolicy(Qt::TabFocus);
}

void TrendChartWidget::setWeeks(const QList<Week>& weeks)
{
    m_weeks = weeks;
    setAccessibleDescription(summaryText());
    update();
}

QString TrendChartWidget::summaryText() const
{
    const QLocale locale;
    QStringList parts;
    for (const Week& w : m_weeks) {
        parts << tr("week of %1: %2 created, %3 accepted")
                     .arg(locale.toString(w.start, QLocale::ShortFormat),
                          locale.toString(w.created), locale.toString(w.accepted));
    }
    return parts.join(QStringLiteral("; "));
}

qint64 TrendChartWidget::niceCeiling(qint64 value)
{
    if (value <= 0)
        return kTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(static_cast<double>(value))));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        const double top = step * magnitude;
        if (top >= static_cast<double>(value)) {
            // Keep the ticks whole numbers.
            const auto ceiling = static_cast<qint64>(std::ceil(top));
            return ((ceiling + kTicks - 1) / kTicks) * kTicks;
        }
    }
    return value;
}

QRect TrendChartWidget::plotRect() const
{
    return QRect(kLeftAxis, kLegendHeight + 6, std::max(10, width() - kLeftAxis - 8),
                 std::max(10, height() - kLegendHeight - kBottomAxis - 10));
}

QColor TrendChartWidget::createdColour() const
{
    return palette().color(QPalette::Highlight);
}

QColor TrendChartWidget::acceptedColour() const
{
    // Green that stays visible on both light and dark backgrounds.
    return palette().color(QPalette::Base).lightness() < 128 ? QColor(0x3f, 0xb9, 0x50)
                                                             : QColor(0x1a, 0x7f, 0x37);
}

int TrendChartWidget::weekAt(const QPoint& pos) const
{
    if (m_weeks.isEmpty())
        return -1;
    const QRect plot = plotRect();
    if (pos.x() < plot.left() || pos.x() > plot.right() || pos.y() < plot.top() ||
        pos.y() > plot.bottom() + kBottomAxis)
        return -1;
    const double slot = static_cast<double>(plot.width()) / m_weeks.size();
    const int i = static_cast<int>((pos.x() - plot.left()) / slot);
    return i >= 0 && i < m_weeks.size() ? i : -1;
}

QSize TrendChartWidget::sizeHint() const
{
    return {560, 240};
}

QSize TrendChartWidget::minimumSizeHint() const
{
    return {240, 160};
}

void TrendChartWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QLocale locale;
    const QFontMetrics fm(font());
    const QRect plot = plotRect();

    // Legend.
    int x = kLeftAxis;
    for (const auto& [colour, label] :
         {std::pair{createdColour(), tr("Created")}, std::pair{acceptedColour(), tr("Accepted")}}) {
        p.fillRect(QRect(x, 6, 12, 12), colour);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(x + 16, 0, fm.horizontalAdvance(label) + 4, kLegendHeight),
                   Qt::AlignVCenter, label);
        x += 16 + fm.horizontalAdvance(label) + 20;
    }

    qint64 largest = 0;
    for (const Week& w : m_weeks)
        largest = std::max({largest, w.created, w.accepted});
    const qint64 top = niceCeiling(largest);

    // Grid and value axis.
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.15f);
    for (int t = 0; t <= kTicks; ++t) {
        const int y = plot.bottom() - plot.height() * t / kTicks;
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRect(0, y - fm.height() / 2, kLeftAxis - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(top * t / kTicks));
    }

    if (m_weeks.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No invitations in these weeks"));
        return;
    }

    const double slot = static_cast<double>(plot.width()) / m_weeks.size();
    const double barWidth = std::max(2.0, slot * 0.32);
    // Every week's date where they fit, else every second, third… (a range's year of weeks).
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("00/00")) + 8;
    const int labelEvery = std::max(1, int(std::ceil(labelWidth / std::max(slot, 1.0))));
    for (int i = 0; i < m_weeks.size(); ++i) {
        const Week& w = m_weeks.at(i);
        const double left = plot.left() + i * slot + (slot - 2 * barWidth) / 2;
        auto barHeight = [&](qint64 v) {
            return plot.height() * static_cast<double>(v) / static_cast<double>(top);
        };
        p.setPen(Qt::NoPen);
        p.setBrush(createdColour());
        p.drawRect(
            QRectF(left, plot.bottom() - barHeight(w.created), barWidth, barHeight(w.created)));
        p.setBrush(acceptedColour());
        p.drawRect(QRectF(left + barWidth, plot.bottom() - barHeight(w.accepted), barWidth,
                          barHeight(w.accepted)));
        if (i % labelEvery == 0) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            const QString label = locale.toString(w.start, QStringLiteral("d MMM"));
            p.drawText(
                QRectF(plot.left() + i * slot - 10, plot.bottom() + 4, slot + 20, kBottomAxis - 4),
                Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
}

bool TrendChartWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = weekAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QLocale locale;
        const Week& w = m_weeks.at(i);
        QToolTip::showText(help->globalPos(),
                           tr("Week of %1\nCreated: %2\nAccepted: %3")
                               .arg(locale.toString(w.start, QLocale::LongFormat),
                                    locale.toString(w.created), locale.toString(w.accepted)),
                           this);
        return true;
    }
    return QWidget::event(event);
}

void TrendChartWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleDescription(summaryText());
        update();
    } else if (event->type() == QEvent::PaletteChange) {
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace invitedesk::ui
