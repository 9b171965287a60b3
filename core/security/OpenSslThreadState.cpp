#include "core/security/OpenSslThreadState.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

namespace invitedesk {

void releaseOpenSslStateWhenThreadFinishes()
{
    thread_local bool hooked = false;
    if (hooked)
        return;
    hooked = true;
    QThread* thread = QThread::currentThread();
    const QCoreApplication* app = QCoreApplication::instance();
    if (!thread || (app && thread == app->thread()))
        return;
    // QThread::finished is emitted on the finishing thread itself, before wait() returns.
    QObject::connect(thread, &QThread::finished, [] { OPENSSL_thread_stop(); });
}

} // namespace invitedesk
