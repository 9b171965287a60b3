#pragma once

#include <QWidget>

class QLabel;

namespace invitedesk::ui {

// A message centred over an item view's viewport when it has nothing to show ("No
// invitations yet. Press Ctrl+N to invite someone."). Follows the viewport's size.
class EmptyStateOverlay : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateOverlay(QWidget* viewport);

    void setMessage(const QString& title, const QString& hint);
    QString title() const;
    QString hint() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_hint;
};

} // namespace invitedesk::ui
