// PeopleService: the reads of the desk's People tree (a level, the flat results, the uplines a
// person may be moved under). The rules stay in people_policy; these only ask it.
#include "core/services/PeopleService.h"

#include "core/domain/InvitePolicy.h"
#include "core/services/PeopleLookup.h"
#include "core/storage/PeopleRepository.h"
#include "core/storage/PeopleTreeRepository.h"

#include <algorithm>

namespace invitedesk {

using namespace people_lookup;

namespace {
// How many candidates validUplines() reads at a time, and at most.
constexpr int kUplineBatch = 200;
constexpr int kUplineBatches = 25;
constexpr int kMaxUplines = 500;

bool isRefusal(const Error& e)
{
    return e.code == Error::Code::InvalidInput || e.code == Error::Code::NotPermitted ||
           e.code == Error::Code::NotFound;
}
} // namespace

Result<QList<PersonNode>> PeopleService::children(const Actor& actor,
                                                  const PeopleLevelQuery& query) const
{
    if (query.limit < 0)
        return Error::invalid(QStringLiteral("limit"), tr("The limit cannot be negative."));
    const QString after = query.afterEmail.trimmed().toLower();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PeopleRepository repo(*m_database, conn.value());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    const people_policy::PeopleVisibility visibility = people_policy::visibility(fresh.value());
    using Kind = PeopleLevelScope::Kind;
    QList<PeopleLevelScope> scopes;
    if (query.parentId.trimmed().isEmpty()) {
        if (visibility.everyone) {
            scopes.append({Kind::WithoutUpline, {}, {}, {}});
        } else {
            for (const people_policy::PeopleReach& reach : visibility.reaches) {
                if (reach.withRoot)
                    scopes.append({Kind::Only, reach.rootId, reach.roles, {}});
                else
                    scopes.append({Kind::ChildrenOf, reach.rootId, reach.roles, fresh->id});
            }
        }
    } else {
        auto parent = findPerson(repo, query.parentId, QStringLiteral("parent"));
        if (!parent)
            return parent.error();
        if (auto r = people_policy::checkMaySee(fresh.value(), parent->user, downlineOf(repo)); !r)
            return Error::make(r.error().code, r.error().message, QStringLiteral("parent"));
        if (visibility.everyone) {
            scopes.append({Kind::ChildrenOf, parent->user.id, {}, {}});
        } else {
            // The reaches the parent is in: their roles limit whom below them the actor sees.
            bool inReach = false;
            bool anyRole = false;
            QList<Role> roles;
            for (const people_policy::PeopleReach& reach : visibility.reaches) {
                auto below = repo.isInDownline(reach.rootId, parent->user.id);
                if (!below)
                    return below.error();
                if (!below.value())
                    continue;
                inReach = true;
                anyRole = anyRole || reach.roles.isEmpty();
                for (Role r : reach.roles)
                    if (!roles.contains(r))
                        roles << r;
            }
            if (!inReach)
                return QList<PersonNode>();
            scopes.append({Kind::ChildrenOf, parent->user.id, anyRole ? QList<Role>() : roles, {}});
        }
    }
    PeopleTreeRepository tree(*m_database, conn.value());
    const QDateTime now = m_config.now();
    QList<PersonNode> nodes;
    for (const PeopleLevelScope& scope : scopes) {
        auto level = tree.level(scope, after, query.limit, now);
        if (!level)
            return level.error();
        for (const PersonNode& node : level.value()) {
            const bool seen = std::any_of(nodes.cbegin(), nodes.cend(), [&](const PersonNode& n) {
                return n.person.user.id == node.person.user.id;
            });
            if (!seen)
                nodes.append(node);
        }
    }
    if (scopes.size() > 1) {
        std::stable_sort(nodes.begin(), nodes.end(), [](const PersonNode& a, const PersonNode& b) {
            return a.person.user.email < b.person.user.email;
        });
        if (query.limit > 0 && nodes.size() > query.limit)
            nodes.resize(query.limit);
    }
    return nodes;
}

Result<QList<PersonNode>> PeopleService::listWithCounts(const Actor& actor,
                                                        const PeopleQuery& query) const
{
    auto people = list(actor, query);
    if (!people)
        return people.error();
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    return PeopleTreeRepository(*m_database, conn.value())
        .withInvitationCounts(people.value(), m_config.now());
}

Result<QList<Person>> PeopleService::validUplines(const Actor& actor, const QString& person,
                                                  const QString& search, int limit) const
{
    if (limit < 1 || limit > kMaxUplines) {
        return Error::invalid(QStringLiteral("limit"),
                              tr("The limit must be between 1 and %1.").arg(kMaxUplines));
    }
    auto conn = m_database->connection();
    if (!conn)
        return conn.error();
    PeopleRepository repo(*m_database, conn.value());
    auto fresh = currentActor(repo, actor);
    if (!fresh)
        return fresh.error();
    auto target = findPerson(repo, person, QStringLiteral("user"));
    if (!target)
        return target.error();
    const auto inDownline = downlineOf(repo);
    if (auto r =
            people_policy::checkMayAct(fresh.value(), PeopleAction::Move, target->user, inDownline);
        !r)
        return r.error();
    // Candidates: active people of a role the matrix accepts as this person's upline, where
    // the actor's reach over that role starts. checkMove then decides each one.
    PeopleQuery q;
    q.active = true;
    q.search = search;
    q.limit = kUplineBatch;
    for (Role r : roles::all())
        if (invite_policy::isAcceptableUpline(r, target->user.role))
            q.roles << r;
    people_policy::PeopleVisibility where;
    if (fresh->role == Role::Admin) {
        where.everyone = true;
    } else {
        const QString root = people_policy::reachRoot(fresh.value(), target->user.role);
        if (root.isEmpty())
            return QList<Person>();
        where.reaches.append({root, {}, true});
    }
    QList<Person> found;
    if (q.roles.isEmpty())
        return found;
    for (int batch = 0; batch < kUplineBatches && found.size() < limit; ++batch) {
        auto page = repo.list(where, q);
        if (!page)
            return page.error();
        for (const Person& candidate : page.value()) {
            auto ok =
                people_policy::checkMove(fresh.value(), target->user, candidate.user, inDownline);
            if (ok) {
                found.append(candidate);
                if (found.size() == limit)
                    break;
            } else if (!isRefusal(ok.error())) {
                return ok.error();
            }
        }
        if (page->size() < kUplineBatch)
            break;
        q.afterEmail = page->last().user.email;
    }
    return found;
}

} // namespace invitedesk
