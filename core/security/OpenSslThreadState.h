#pragma once

namespace invitedesk {

// OpenSSL keeps state per thread (its random generators, the error queue) and frees it from a
// thread-exit handler. Qt's threads are detached and QThread::wait() returns before that handler
// has run, so a program that exits right after joining a worker can run OpenSSL's own atexit
// cleanup first and leave the worker's state behind (a leak under LeakSanitizer). Called before a
// thread's first OpenSSL use, this frees that state when its QThread finishes, inside the join.
// Cheap after the first call on a thread; nothing happens on the main thread, whose state
// OpenSSL's atexit cleanup frees.
void releaseOpenSslStateWhenThreadFinishes();

} // namespace invitedesk
