#pragma once

#include "core/domain/User.h"

#include <QList>

#include <optional>

namespace invitedesk {

// One person as the People list shows them: the account and the e-mails of their upline and
// of whoever invited them (empty when none).
struct Person {
    User user;
    QString parentEmail;
    QString invitedByEmail;
    QDateTime lockedUntil; // locked after failed sign-ins until then; invalid when not locked
    QString dbRole;        // their own PostgreSQL login (users.db_role); empty on SQLite
};

// A person with their downline and their invitations counted.
struct PersonDetails {
    Person person;
    qint64 directDownline = 0;      // people whose upline they are
    qint64 totalDownline = 0;       // everyone below them, at any depth
    qint64 openInvitations = 0;     // sent by them, pending or sent and not yet expired
    qint64 acceptedInvitations = 0; // sent by them and accepted
};

// One row of the People tree (the desk): a person with what the tree shows beside them.
struct PersonNode {
    Person person;
    qint64 directDownline = 0;      // people directly below them whom the actor may see
    qint64 openInvitations = 0;     // sent by them, pending or sent and not yet expired
    qint64 acceptedInvitations = 0; // sent by them and accepted
};

// One level of the People tree: the people directly below `parentId` that the actor may see,
// by e-mail, a page at a time.
struct PeopleLevelQuery {
    QString parentId;   // a person's id; empty = the top (see PeopleService::children)
    QString afterEmail; // keyset: people whose e-mail sorts after this one
    int limit = 0;      // 0 = all
};

// What to list of the people an actor may see; ordered by e-mail.
struct PeopleQuery {
    QString role;               // role name, empty = any
    std::optional<bool> active; // only active / only deactivated people; empty = both
    QString search;             // part of the e-mail, first or last name (case-insensitive)
    QList<Role> roles;          // only these roles, empty = any (set by the services)
    QString afterEmail;         // keyset: people whose e-mail sorts after this one
    int limit = 0;              // 0 = all
};

} // namespace invitedesk
