#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/OrganizationSettings.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace invitedesk {

class Transaction;

// The organisation's settings and the platform's public link address, read and changed by
// admins only (`invitedesk org show/set`, the desk's organisation tab). Every change is one
// transaction with one audit event per changed key (organization.updated, or
// platform.updated for public-url) holding the key and its old and new value.
class OrganizationService {
    Q_DECLARE_TR_FUNCTIONS(OrganizationService)

public:
    OrganizationService(DatabasePtr database, ServiceConfig config = {});

    // The actor's organisation and the platform settings; admins only.
    Result<OrganizationSettings> show(const Actor& actor);
    // One key from text as typed (see OrganizationSettings::apply); admins only.
    Result<OrganizationSettings> set(const Actor& actor, const QString& key, const QString& value);
    // Several keys at once: all are checked before anything is written, then one transaction.
    Result<OrganizationSettings> setMany(const Actor& actor,
                                         const QList<QPair<QString, QString>>& changes);
    // The public link address the database holds (empty: none), for anyone signed in: the
    // desk says when it overrides its own.
    Result<QString> storedPublicUrl();
    // The minutes without input after which the actor's desk locks (0: never), from their
    // organisation's idle-lock-minutes; for anyone signed in.
    Result<int> idleLockMinutes(const Actor& actor);

private:
    Result<void> checkAdmin(const Actor& actor) const;
    Result<OrganizationSettings> read(Transaction& tx, const Actor& actor, bool forUpdate);

    DatabasePtr m_database;
    ServiceConfig m_config;
};

} // namespace invitedesk
