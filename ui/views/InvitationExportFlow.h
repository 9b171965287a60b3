#pragma once

#include "core/domain/InvitationQuery.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace invitedesk::ui {

class Session;
class TaskRunner;

// "Export CSV…" of the invitation list: the invitations matching the list's filters
// (InvitationExporter, every page), written on a worker of its own to a file only its owner may
// read (PrivateFiles), one export at a time.
class InvitationExportFlow : public QObject {
    Q_OBJECT
public:
    InvitationExportFlow(Session* session, QWidget* window, QObject* parent = nullptr);

    bool isBusy() const { return m_busy; }

public slots:
    // Asks where to save, then writes there.
    void chooseFile(const invitedesk::InvitationQuery& query);
    void write(const QString& path, const invitedesk::InvitationQuery& query);

signals:
    void busyChanged(bool busy);
    void statusMessage(const QString& text);
    void finished(bool ok, const QString& message);

private:
    Session* m_session;
    QPointer<QWidget> m_window;
    TaskRunner* m_worker;
    bool m_busy = false;
};

} // namespace invitedesk::ui
