#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QList>

namespace invitedesk::bench {

// The organisation tree of invitedesk-bench and the people the scenarios act as.
struct BenchTree {
    User admin;
    QList<User> chpAdmins;
    QList<User> masterDistributors;
    QList<User> distributors;
    QList<User> salesReps;
    QList<User> doctors;
    bool reused = false; // found from an earlier run (by its marker organisation)
};

// How many of each role a tree for `rows` invitations holds: the full tree (1 admin, 5 CHP
// admins, 50 master distributors, 500 distributors, 5,000 sales reps, 50,000 doctors) at
// 1,000,000 rows and more, scaled down proportionally below, at least one of each.
struct TreeShape {
    int chpAdmins = 5;
    int masterDistributors = 50;
    int distributors = 500;
    int salesReps = 5000;
    int doctors = 50000;
    static TreeShape forRows(qint64 rows);
};

// Seeds the benchmark's own data into a migrated database with bulk multi-row inserts (never
// the per-invitation service), a few transactions in all. Its organisations carry a marker
// (a fixed root id and name), so a second run finds them and only tops the invitations up.
class BenchSeeder {
public:
    explicit BenchSeeder(DatabasePtr database) : m_db(std::move(database)) {}

    // The tree: found by its marker, or created for `rows` invitations.
    Result<BenchTree> ensureTree(qint64 rows);
    // Invitations of the tree already present.
    Result<qint64> seededInvitations(const BenchTree& tree);
    // Adds invitations until the tree holds `rows`, spread over its inviters and over every
    // status (and the matching timestamps). Returns how many it added.
    Result<qint64> topUp(const BenchTree& tree, qint64 rows);
    // The e-mail of the invitation with that sequence number (the search scenario's term).
    static QString emailOf(qint64 sequence);

    static QString rootOrganizationId();

private:
    Result<BenchTree> loadTree();
    Result<void> insertRows(const QString& table, const QStringList& columns,
                            const QList<QVariantList>& rows);

    DatabasePtr m_db;
};

} // namespace invitedesk::bench
