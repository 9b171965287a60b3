#pragma once

#include "core/Error.h"
#include "core/domain/Organization.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace invitedesk {

// The settings that `invitedesk org show/set` and the desk's organisation tab read and
// change, by key: the platform's public link address and the signed-in admin's
// organisation's branding and policies. Each key's rule (what a value may be, whether it
// may be cleared) lives here; OrganizationService stores and audits the changes.
struct OrganizationSettings {
    Q_DECLARE_TR_FUNCTIONS(OrganizationSettings)

public:
    Organization organization;
    QString publicUrl; // the platform's stored link base; empty: none (desks use their own)

    // Every key, in the order `org show` prints them.
    static const QStringList& keys();
    static bool isKey(const QString& key);
    // One line on what the key holds and how to clear it (`org --help`, the README).
    static QString help(const QString& key);

    // The value as text, as `org set` takes it (empty: unset).
    QString value(const QString& key) const;
    // Every key: text, numbers and booleans as JSON values, null where unset.
    QJsonObject toJson() const;
    // Sets one key from text as typed (trimmed; an empty text clears a key that may be
    // empty). A bad value is refused with the key as the field, and nothing changes.
    Result<void> apply(const QString& key, const QString& text);
};

} // namespace invitedesk
