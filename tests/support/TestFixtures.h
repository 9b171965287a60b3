#pragma once

#include "core/domain/User.h"
#include "core/storage/Database.h"

#include <QHash>

namespace invitedesk::test {

// A user tree for service tests, written straight through the repositories (one password
// hash shared by all, so fixtures don't pay scrypt per user):
//   admin -> chp -> master -> dist1 -> sales1 -> doctor1 -> office1, staff1
//                          -> dist2 -> sales2
//   admin -> ivr, ship
struct UserTree {
    QHash<QString, User> users;
    User operator[](const QString& key) const { return users.value(key); }
};

class TestFixtures {
public:
    static QString password() { return QStringLiteral("fixture-password-2026"); }
    static UserTree makeTree(const DatabasePtr& db);
};

} // namespace invitedesk::test
