#include "ui/session/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace invitedesk::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_paused && m_interval > 0)
            emit idle();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool IdleWatcher::isUserInput(int eventType)
{
    switch (QEvent::Type(eventType)) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

void IdleWatcher::setInterval(int ms)
{
    m_interval = ms > 0 ? ms : 0;
    restart();
}

void IdleWatcher::pause()
{
    m_paused = true;
    m_timer.stop();
}

void IdleWatcher::resume()
{
    m_paused = false;
    restart();
}

void IdleWatcher::restart()
{
    if (m_paused || m_interval <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(m_interval);
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // An event reaches the filter once per receiver it is sent to (a key press is delivered
    // to the widget, then to its parents when ignored); restarting the timer is cheap.
    if (!m_paused && m_interval > 0 && isUserInput(event->type()))
        m_timer.start(m_interval);
    return QObject::eventFilter(watched, event);
}

} // namespace invitedesk::ui
