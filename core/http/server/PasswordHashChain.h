#pragma once

#include "core/security/PasswordHasher.h"

#include <QAtomicInt>
#include <QFuture>
#include <QFutureInterface>
#include <QHttpServerResponse>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <variant>

namespace invitedesk::http {

// A step of a request that sets a password: the answer (refused, or done), or the work to
// carry on with.
template <typename Pending> using HashStep = std::variant<QHttpServerResponse, Pending>;

// Where a password-setting request runs: database work on one pool, the slow hash on a
// smaller one, with at most maxQueued hashes waiting (shared by every such route).
struct HashPools {
    QThreadPool* database = nullptr;
    QThreadPool* hash = nullptr;
    std::shared_ptr<QAtomicInt> queued;
    int maxQueued = 1;
};

// Runs `begin` on the database pool; an answer ends there. Otherwise the Pending work (with
// members `password`, cleared once hashed, and `passwordHash`) is hashed on the hashing pool,
// or answered with `busy` when too many hashes wait already, and then `finish` runs on the
// database pool. Used by accepting an invitation and by setting a password through a reset
// link (core/http/acceptance/AcceptanceServer).
template <typename Pending>
QFuture<QHttpServerResponse>
hashThenFinish(const HashPools& pools,
               std::type_identity_t<std::function<HashStep<Pending>()>> begin,
               std::type_identity_t<std::function<QHttpServerResponse(Pending&&)>> finish,
               std::type_identity_t<std::function<QHttpServerResponse(const Pending&)>> busy)
{
    // A bare QFutureInterface rather than QPromise: in Qt 6.4 ~QPromise clears the future's
    // continuation, which crashed the server when a pool thread dropped the last QPromise
    // while the dispatcher's continuation was being attached or run.
    auto promise = std::make_shared<QFutureInterface<QHttpServerResponse>>();
    promise->reportStarted();
    QFuture<QHttpServerResponse> future = promise->future();
    pools.database->start([=] {
        HashStep<Pending> step = begin();
        if (auto* answer = std::get_if<QHttpServerResponse>(&step)) {
            promise->reportAndMoveResult(std::move(*answer));
            promise->reportFinished();
            return;
        }
        auto pending = std::make_shared<Pending>(std::move(std::get<Pending>(step)));
        if (pools.queued->fetchAndAddOrdered(1) >= qMax(1, pools.maxQueued)) {
            pools.queued->fetchAndSubOrdered(1);
            promise->reportAndMoveResult(busy(*pending));
            promise->reportFinished();
            return;
        }
        pools.hash->start([=] {
            pending->passwordHash = PasswordHasher::hash(pending->password);
            pending->password.clear();
            pools.queued->fetchAndSubOrdered(1);
            pools.database->start([=] {
                promise->reportAndMoveResult(finish(std::move(*pending)));
                promise->reportFinished();
            });
        });
    });
    return future;
}

} // namespace invitedesk::http
