#include "ui/widgets/StatusBadgeDelegate.h"

#include "ui/models/ItemRoles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace invitedesk::ui {

namespace {
constexpr int kHPadding = 8;
constexpr int kVPadding = 2;

QColor mix(const QColor& a, const QColor& b, double t) // t: share of b
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

double luminance(const QColor& c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

StatusBadgeDelegate::Badge StatusBadgeDelegate::badgeOf(InvitationStatus status,
                                                        DeliveryState delivery)
{
    switch (status) {
    case InvitationStatus::Pending:
        return Badge::Pending;
    case InvitationStatus::Sent:
        return delivery == DeliveryState::SavedNotDelivered ? Badge::SavedNotDelivered
                                                            : Badge::Sent;
    case InvitationStatus::Accepted:
        return Badge::Accepted;
    case InvitationStatus::Failed:
        return Badge::Failed;
    case InvitationStatus::Cancelled:
        return Badge::Cancelled;
    case InvitationStatus::Expired:
        return Badge::Expired;
    }
    return Badge::Cancelled;
}

const QList<StatusBadgeDelegate::Badge>& StatusBadgeDelegate::allBadges()
{
    static const QList<Badge> all = {Badge::Pending,  Badge::Sent,   Badge::SavedNotDelivered,
                                     Badge::Accepted, Badge::Failed, Badge::Cancelled,
                                     Badge::Expired};
    return all;
}

QColor StatusBadgeDelegate::hue(Badge badge)
{
    switch (badge) {
    case Badge::Pending:
        return QColor(0xb0, 0x6f, 0x00); // amber
    case Badge::Sent:
        return QColor(0x1f, 0x6f, 0xeb); // blue
    case Badge::SavedNotDelivered:
        return QColor(0xbf, 0x39, 0x89); // magenta: taken by nobody, not "sent"
    case Badge::Accepted:
        return QColor(0x1a, 0x7f, 0x37); // green
    case Badge::Failed:
        return QColor(0xcf, 0x22, 0x2e); // red
    case Badge::Cancelled:
        return QColor(0x6e, 0x77, 0x81); // grey
    case Badge::Expired:
        return QColor(0x82, 0x50, 0xdf); // violet
    }
    return QColor(Qt::gray);
}

double StatusBadgeDelegate::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

StatusBadgeDelegate::Colours StatusBadgeDelegate::colours(Badge badge, const QPalette& palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const bool dark = luminance(base) < luminance(text);
    const QColor h = hue(badge);
    Colours c;
    c.background = mix(base, h, dark ? 0.30 : 0.14);
    c.border = mix(base, h, dark ? 0.65 : 0.45);
    // Pull the label towards the palette's text colour until it reads on the tint.
    for (double t = dark ? 0.45 : 0.35; t <= 1.0; t += 0.05) {
        c.text = mix(h, text, t);
        if (contrastRatio(c.text, c.background) >= 4.5)
            break;
    }
    return c;
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // selection, focus

    const QVariant statusValue = index.data(StatusRole);
    if (!statusValue.isValid() || label.isEmpty())
        return;
    const auto status = static_cast<InvitationStatus>(statusValue.toInt());
    const QVariant deliveryValue = index.data(DeliveryStateRole);
    const auto delivery = deliveryValue.isValid()
                              ? static_cast<DeliveryState>(deliveryValue.toInt())
                              : DeliveryState::Queued;
    const Colours c = colours(badgeOf(status, delivery), opt.palette);

    const QFontMetrics fm(opt.font);
    const int width = std::min(fm.horizontalAdvance(label) + 2 * kHPadding, opt.rect.width() - 4);
    const int height = std::min(fm.height() + 2 * kVPadding, opt.rect.height() - 2);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter->fillPath(path, c.background);
    painter->setPen(QPen(c.border, 1));
    painter->drawPath(path);
    painter->setPen(c.text);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter,
                      fm.elidedText(label, Qt::ElideRight, badge.width() - 2 * kHPadding + 2));
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(
        std::max(size.width(), fm.horizontalAdvance(index.data().toString()) + 2 * kHPadding + 8));
    size.setHeight(std::max(size.height(), fm.height() + 2 * kVPadding + 4));
    return size;
}

} // namespace invitedesk::ui
