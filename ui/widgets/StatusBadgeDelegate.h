#pragma once

#include "core/domain/DeliveryState.h"
#include "core/domain/InvitationStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace invitedesk::ui {

// Draws an invitation status as a rounded, coloured badge with its label. Colours derive
// from a hue per status blended with the palette, so the badge reads well in light and dark
// palettes (see colours()); the cell's text stays the label for screen readers. The model's
// DeliveryStateRole, when given, tells a saved-only e-mail from a sent one.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    // What a badge shows: an invitation's status, or a sent invitation whose e-mail the
    // test-mode transport only saved ("Saved, not delivered"), which never looks "Sent".
    enum class Badge { Pending, Sent, SavedNotDelivered, Accepted, Failed, Cancelled, Expired };
    static Badge badgeOf(InvitationStatus status, DeliveryState delivery = DeliveryState::Queued);
    static const QList<Badge>& allBadges();

    struct Colours {
        QColor background;
        QColor border;
        QColor text;
    };
    static QColor hue(Badge badge);
    static QColor hue(InvitationStatus status) { return hue(badgeOf(status)); }
    static Colours colours(Badge badge, const QPalette& palette);
    static Colours colours(InvitationStatus status, const QPalette& palette)
    {
        return colours(badgeOf(status), palette);
    }
    // WCAG 2 contrast ratio between two colours (1..21).
    static double contrastRatio(const QColor& a, const QColor& b);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace invitedesk::ui
