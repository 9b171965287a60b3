#pragma once

#include "core/Error.h"
#include "core/domain/PeoplePolicy.h"
#include "core/domain/Person.h"
#include "core/storage/PeopleRepository.h"

namespace invitedesk {

// What every service acting on people does first, written once (PeopleService,
// PasswordResetService): read the actor again, find the person named, and give people_policy
// the downline relation of the database.
namespace people_lookup {

// The actor as the database has them now (role, upline, active), keeping how they act (an
// API token). Unauthenticated when the account is gone; NotPermitted (field "actor") when it
// has been deactivated meanwhile.
Result<Actor> currentActor(PeopleRepository& repo, const Actor& actor);
// A person named by e-mail or id, or NotFound naming `field` ("user", "parent").
Result<Person> findPerson(PeopleRepository& repo, const QString& key, const QString& field);
// people_policy's downline question, answered by the repository.
people_policy::DownlineTest downlineOf(PeopleRepository& repo);

} // namespace people_lookup

} // namespace invitedesk
