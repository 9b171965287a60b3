#pragma once

#include <QWidget>

class QLabel;

namespace invitedesk::ui {

// An opaque sheet over the whole of one window while the desk is locked: what the window
// shows (and whatever is typed in it) is hidden, yet the window, an open dialog and its input
// stay as they are. It follows the window's size and stays on top of widgets added meanwhile.
class LockCover : public QWidget {
    Q_OBJECT
public:
    explicit LockCover(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fit();

    QLabel* m_text;
};

} // namespace invitedesk::ui
