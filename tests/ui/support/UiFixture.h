#pragma once

#include "core/services/InvitationService.h"
#include "tests/support/TestDatabase.h"
#include "tests/support/TestFixtures.h"

#include <QDateTime>

namespace invitedesk::test {

// A database with the fixture user tree and invitations made through the service:
// `doctors` by sales1 (every 5th cancelled), 8 sales reps by dist2, 4 vendors by admin.
// Created times spread over the past hours so sorting has something to do.
struct UiFixture {
    DatabasePtr db;
    UserTree tree;
    int created = 0;

    // Fails the calling test (returns false) when the database is unavailable.
    bool setUp(int doctors, QString* error);
    InvitationService service() const { return InvitationService(db, ServiceConfig{}); }
    qint64 countFor(const QString& who, const InvitationQuery& query = {}) const;
};

} // namespace invitedesk::test
