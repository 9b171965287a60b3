#include "core/services/PeopleLookup.h"

#include "core/services/PeopleService.h"

namespace invitedesk::people_lookup {

people_policy::DownlineTest downlineOf(PeopleRepository& repo)
{
    return [&repo](const QString& root, const QString& userId) {
        return repo.isInDownline(root, userId);
    };
}

Result<Actor> currentActor(PeopleRepository& repo, const Actor& actor)
{
    auto found = repo.find(actor.id);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error::make(Error::Code::Unauthenticated,
                           PeopleService::tr("Your account no longer exists."),
                           QStringLiteral("actor"));
    }
    if (!found.value()->user.isActive) {
        return Error::make(Error::Code::NotPermitted,
                           PeopleService::tr("Your account has been deactivated."),
                           QStringLiteral("actor"));
    }
    Actor fresh = found.value()->user;
    fresh.apiTokenId = actor.apiTokenId;
    fresh.apiTokenName = actor.apiTokenName;
    return fresh;
}

Result<Person> findPerson(PeopleRepository& repo, const QString& key, const QString& field)
{
    if (key.trimmed().isEmpty()) {
        return Error::invalid(field, field == QLatin1String("parent")
                                         ? PeopleService::tr("The new upline is required.")
                                         : PeopleService::tr("Name the person (e-mail or id)."));
    }
    auto found = repo.find(key);
    if (!found)
        return found.error();
    if (!found.value()) {
        return Error::make(Error::Code::NotFound,
                           PeopleService::tr("No user %1.").arg(key.trimmed().left(200)), field);
    }
    return *found.value();
}

} // namespace invitedesk::people_lookup
