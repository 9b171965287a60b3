#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <vector>

namespace invitedesk::bench {

class DeskFleet;

// The invitees of the many-desks scenario: reads the messages the dispatchers wrote into the
// file transport's folder (each invitation e-mail carries its link token), counts every message
// delivered more than once (the same link token in two files: one outbox row sent twice), and
// accepts the invitations over HTTP, one thread per `serve` instance, as an invitee's browser
// does (POST /api/v1/invitations/accept/<token>), a second after the e-mail came (a person
// does not click within milliseconds; a 409, the invitation changed meanwhile, is tried again
// twice, as a person opens the link again). Tells the desk fleet which invitation each
// accept is about just before sending it.
class AcceptDriver {
public:
    struct Figures {
        int messages = 0;         // message files read
        int sentTwice = 0;        // files whose link token an earlier file carried
        QStringList accepted;     // invitation ids answered 201
        QList<double> answerMs;   // each accept's HTTP round trip (hashing included)
        QList<qint64> answeredUs; // when each was answered (wall clock, as DeskFleet's)
        int refused = 0;          // accepts answered otherwise (after the retries)
        int retried = 0;          // 409s (the invitation changed meanwhile) tried again
        QString firstRefusal;
    };

    AcceptDriver(QString mailFolder, QList<int> ports, DeskFleet* fleet, QString password);
    ~AcceptDriver();

    // The invitations (by recipient, lower-case) whose e-mails are to come. A message for a
    // recipient not known yet is read again on the next pass.
    void expect(const QHash<QString, QString>& invitationByEmail);
    void start();
    // Stops the accepts (those in flight are answered first), then reads the folder once more.
    void stop();
    // Reads new message files now (also done every 200 ms while running).
    void scan();
    Figures figures() const;

private:
    void acceptLoop(int port);
    bool nextInvitee(QString* invitationId, QString* token);
    int post(int port, const QString& token, QString* refusal);

    QString m_folder;
    QHash<QString, QString> m_invitationByEmail;
    QList<int> m_ports;
    DeskFleet* m_fleet;
    QString m_password;
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::atomic<bool> m_stop{false};
    QElapsedTimer m_clock;

    mutable QMutex m_mutex;
    QWaitCondition m_queued;
    QSet<QString> m_filesRead;
    QSet<QString> m_tokensSeen;
    struct Invitee {
        QString invitation;
        QString token;
        qint64 arrivedMs = 0; // when its e-mail was read (monotonic)
    };
    QList<Invitee> m_queue; // not accepted yet
    Figures m_figures;
};

} // namespace invitedesk::bench
