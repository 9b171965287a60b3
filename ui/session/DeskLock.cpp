#include "ui/session/DeskLock.h"

#include "ui/async/TaskRunner.h"
#include "ui/session/IdleWatcher.h"
#include "ui/widgets/LockCover.h"

#include <QApplication>
#include <QEvent>
#include <QToolTip>
#include <QWidget>

namespace invitedesk::ui {

namespace {
constexpr int kMaxIdleMinutes = 1440;
} // namespace

DeskLock::DeskLock(User user, LockDialog::Authenticate authenticate, QObject* parent)
    : QObject(parent), m_user(std::move(user)), m_authenticate(std::move(authenticate)),
      m_worker(new TaskRunner(QStringLiteral("invitedesk-lock"), this)),
      m_idle(new IdleWatcher(this))
{
    connect(m_idle, &IdleWatcher::idle, this, &DeskLock::lockNow);
}

DeskLock::~DeskLock()
{
    if (m_dialog)
        qApp->removeEventFilter(this);
    for (const auto& c : std::as_const(m_covers))
        delete c.data();
    delete m_dialog.data();
}

void DeskLock::setIdleInterval(int ms)
{
    m_idle->setInterval(ms);
}

void DeskLock::setIdleMinutes(int minutes)
{
    const int m = qBound(0, minutes, kMaxIdleMinutes);
    setIdleInterval(m * 60 * 1000);
}

int DeskLock::idleInterval() const
{
    return m_idle->interval();
}

QList<LockCover*> DeskLock::covers() const
{
    QList<LockCover*> list;
    for (const auto& c : m_covers) {
        if (c)
            list << c.data();
    }
    return list;
}

void DeskLock::cover(QWidget* window)
{
    if (!window || window == m_dialog || !window->isWindow() || !window->isVisible())
        return;
    const Qt::WindowType type = window->windowType();
    if (type == Qt::Popup || type == Qt::ToolTip || type == Qt::Desktop)
        return;
    for (const auto& c : std::as_const(m_covers)) {
        if (c && c->parentWidget() == window)
            return;
    }
    m_covers.append(new LockCover(window));
}

void DeskLock::lockNow()
{
    if (m_dialog)
        return;
    m_idle->pause();
    m_activeWindow = QApplication::activeWindow();
    m_focus = QApplication::focusWidget();
    // Menus and tooltips would show through; they close as on any click elsewhere.
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    QToolTip::hideText();
    m_dialog = new LockDialog(m_user, m_worker, m_authenticate);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        cover(w);
    connect(m_dialog, &LockDialog::unlocked, this, &DeskLock::unlock);
    connect(m_dialog, &LockDialog::quitRequested, this, &DeskLock::quitRequested);
    // Windows shown while locked (a message box from work that finished) are covered too.
    qApp->installEventFilter(this);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit locked();
}

void DeskLock::unlock()
{
    if (!m_dialog)
        return;
    qApp->removeEventFilter(this);
    for (const auto& c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
    LockDialog* dialog = m_dialog;
    m_dialog = nullptr;
    dialog->hide();
    dialog->deleteLater();
    if (m_activeWindow) {
        m_activeWindow->raise();
        m_activeWindow->activateWindow();
    }
    if (m_focus)
        m_focus->setFocus(Qt::OtherFocusReason);
    m_idle->resume();
    emit unlocked();
}

bool DeskLock::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Show && m_dialog && watched->isWidgetType()) {
        auto* w = static_cast<QWidget*>(watched);
        if (w->isWindow() && w != m_dialog && !m_dialog->isAncestorOf(w))
            cover(w);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace invitedesk::ui
