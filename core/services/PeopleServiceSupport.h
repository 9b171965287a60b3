#pragma once

#include "core/Error.h"
#include "core/domain/PeoplePolicy.h"
#include "core/domain/Person.h"

namespace invitedesk {

class PeopleRepository;

// What every PeopleService call does first, shared by its source files (PeopleService.cpp:
// the account changes; PeopleServiceTree.cpp: the desk's tree reads). Not for other classes.
namespace people_service {

// people_policy's downline test over the repository's connection.
people_policy::DownlineTest downlineOf(PeopleRepository& repo);
// The actor as the database has them now (role, upline, active), keeping how they act (an
// API token); refused when the account is gone or deactivated.
Result<Actor> currentActor(PeopleRepository& repo, const Actor& actor);
// A person named by e-mail or id, or NotFound naming `field`.
Result<Person> findPerson(PeopleRepository& repo, const QString& key, const QString& field);

} // namespace people_service

} // namespace invitedesk
