#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace invitedesk::ui {

// Draws one of our line icons (resources/ui/icons/*.svg, stroked in "currentColor") at any
// size and device-pixel ratio, in the palette's text colour of the moment: crisp on high-DPI
// screens and readable in light and dark palettes alike.
class SvgIconEngine : public QIconEngine {
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override { return QStringLiteral("invitedesk-svg"); }

private:
    QByteArray m_svg;
};

// The icon named `name` from :/icons ("new", "refresh", ...).
QIcon themedIcon(const QString& name);

} // namespace invitedesk::ui
