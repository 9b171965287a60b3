#include "ui/widgets/FunnelWidget.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

namespace invitedesk::ui {

namespace {
constexpr int kRowHeight = 30;
constexpr int kRowGap = 8;
constexpr int kLabelWidth = 130;
constexpr int kCountWidth = 300;
} // namespace

FunnelWidget::FunnelWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
}

void FunnelWidget::setSteps(const QList<Step>& steps)
{
    m_steps = steps;
    setAccessibleDescription(summaryText());
    setToolTip(summaryText());
    updateGeometry();
    update();
}

double FunnelWidget::conversion(int i) const
{
    if (i <= 0 || i >= m_steps.size())
        return i == 0 ? 100.0 : -1.0;
    const qint64 before = m_steps.at(i - 1).count;
    if (before <= 0)
        return -1.0;
    return 100.0 * static_cast<double>(m_steps.at(i).count) / static_cast<double>(before);
}

QString FunnelWidget::ofPreviousStep(double percent)
{
    return tr("%1% of the previous step").arg(QLocale().toString(percent, 'f', 1));
}

QString FunnelWidget::summaryText() const
{
    const QLocale locale;
    QStringList parts;
    for (int i = 0; i < m_steps.size(); ++i) {
        const double c = conversion(i);
        if (i == 0 || c < 0)
            parts << tr("%1: %2").arg(m_steps.at(i).label, locale.toString(m_steps.at(i).count));
        else
            parts << tr("%1: %2 (%3)")
                         .arg(m_steps.at(i).label, locale.toString(m_steps.at(i).count),
                              ofPreviousStep(c));
    }
    return parts.join(QStringLiteral("; "));
}

QSize FunnelWidget::sizeHint() const
{
    const int rows = std::max<int>(1, m_steps.size());
    return {480, rows * kRowHeight + (rows - 1) * kRowGap + 4};
}

QSize FunnelWidget::minimumSizeHint() const
{
    return {kLabelWidth + kCountWidth + 60, sizeHint().height()};
}

void FunnelWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void FunnelWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    const QPalette pal = palette();
    const qint64 top = m_steps.isEmpty() ? 0 : std::max<qint64>(1, m_steps.first().count);
    const int barSpace = std::max(10, width() - kLabelWidth - kCountWidth - 8);
    QColor barColour = pal.color(QPalette::Highlight);

    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& step = m_steps.at(i);
        const int y = 2 + i * (kRowHeight + kRowGap);
        const QRect labelRect(0, y, kLabelWidth - 8, kRowHeight);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(labelRect, Qt::AlignVCenter | Qt::AlignRight, step.label);

        const double share = static_cast<double>(step.count) / static_cast<double>(top);
        const int w = std::max(2, static_cast<int>(barSpace * std::clamp(share, 0.0, 1.0)));
        // Centred bars narrow like a funnel.
        const int x = kLabelWidth + (barSpace - w) / 2;
        QColor c = barColour;
        c.setAlphaF(static_cast<float>(1.0 - 0.15 * i));
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(QRect(x, y + 3, w, kRowHeight - 6), 4, 4);

        QString text = locale.toString(step.count);
        const double conv = conversion(i);
        if (i > 0 && conv >= 0)
            text += QStringLiteral("  (") + ofPreviousStep(conv) + QLatin1Char(')');
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(kLabelWidth + barSpace + 8, y, kCountWidth, kRowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

} // namespace invitedesk::ui
