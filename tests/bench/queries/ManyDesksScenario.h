#pragma once

#include "core/storage/Database.h"
#include "tests/bench/queries/BenchSeeder.h"

#include <QJsonObject>
#include <QString>

namespace invitedesk::bench {

// invitedesk-bench's many-desks scenario (issue 16, items 1 and 3), PostgreSQL only: `desks`
// desks (DeskFleet: a thread each, its own connection plus a LISTEN one, looping list, filter
// and statistics as seeded users of every role), `serve` instances of `invitedesk serve` and
// `dispatchers` `invitedesk outbox run` processes draining one outbox that the bench fills with
// `messages` invitations while the desks run, into a file-transport folder. The invitees accept
// through the serve instances (AcceptDriver) as their e-mails arrive. Reports the desks' p99s,
// the connections the server held at most (pg_stat_activity), each accept's delay until every
// desk heard of it (NOTIFY received and parsed), and the messages delivered twice.
class ManyDesksScenario {
public:
    struct Options {
        int desks = 200;
        int serve = 3;
        int dispatchers = 2;
        int seconds = 30;
        int messages = 3000;
        // A person acts on their desk every few seconds at most; the desk itself re-reads only
        // what a notification names. A round a second from each of 200 desks saturates two
        // cores, and the queueing then crawls (docs/performance.md, "Many desks").
        int thinkMs = 10000;
        QString invitedeskBin;
    };

    ManyDesksScenario(DatabasePtr db, BenchTree tree, Options options)
        : m_db(std::move(db)), m_tree(std::move(tree)), m_options(std::move(options))
    {}

    // Runs it; false (with why) when it could not be set up. The report's "sent_twice" and
    // "accepts_missed" say whether it passed.
    bool run(QJsonObject* report, QString* why);

private:
    DatabasePtr m_db;
    BenchTree m_tree;
    Options m_options;
};

} // namespace invitedesk::bench
