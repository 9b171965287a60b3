#pragma once

#include "core/services/InvitationService.h"
#include "tests/support/TestFixtures.h"

#include <QObject>

#include <memory>

namespace invitedesk::test {

// Shared by the invitation service's tests: a fresh database with the fixture tree and a
// service on it for every test function (call setUpFixture() from init()).
class InvitationServiceFixture : public QObject {
protected:
    void setUpFixture();
    qint64 countRows(const QString& table);
    NewInvitation request(const QString& email, const QString& type);
    // A service on the same database whose clock stands at `now`.
    InvitationService serviceAt(const QDateTime& now) const;

    DatabasePtr m_db;
    UserTree m_tree;
    std::unique_ptr<InvitationService> m_service;
};

} // namespace invitedesk::test
