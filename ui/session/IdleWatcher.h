#pragma once

#include <QObject>
#include <QTimer>

namespace invitedesk::ui {

// Says when the application has had no keyboard, mouse, wheel or touch input for an interval:
// an event filter on the whole application restarts a timer on every such event, whichever
// window it goes to. The interval is given in milliseconds (the desk turns the organisation's
// idle-lock-minutes into it; tests give a short one); 0 turns it off.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(int ms);
    int interval() const { return m_interval; }
    // While paused (the desk is locked) input does not count and idle() is not said.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    static bool isUserInput(int eventType);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    int m_interval = 0;
    bool m_paused = false;
};

} // namespace invitedesk::ui
