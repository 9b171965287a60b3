#pragma once

#include "core/domain/InvitationStatus.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace invitedesk::ui {

// Draws an invitation status as a rounded, coloured badge with its label. Colours derive
// from a hue per status blended with the palette, so the badge reads well in light and dark
// palettes (see colours()); the cell's text stays the label for screen readers.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    struct Colours {
        QColor background;
        QColor border;
        QColor text;
    };
    static QColor hue(InvitationStatus status);
    static Colours colours(InvitationStatus status, const QPalette& palette);
    // WCAG 2 contrast ratio between two colours (1..21).
    static double contrastRatio(const QColor& a, const QColor& b);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace invitedesk::ui
