#pragma once

#include <QObject>

namespace invitedesk::cli {

// Turns SIGTERM and SIGINT (Ctrl+C) into a Qt signal delivered on the event loop, so a
// headless command can stop cleanly. Unix: a self-pipe watched by a QSocketNotifier (the
// handler only writes one byte). Elsewhere: the handler sets a flag that a timer polls.
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void requested(int signalNumber);
};

} // namespace invitedesk::cli
