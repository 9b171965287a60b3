#pragma once

#include "core/Error.h"
#include "core/domain/Invitation.h"

#include <optional>

namespace invitedesk {

// What a person fills in to invite someone. Strings as typed: the service trims, lower-cases
// the e-mail and reports bad values by field name.
struct NewInvitation {
    QString email;
    QString firstName;
    QString lastName;
    QString type;         // invitation type name, e.g. "doctor"
    QString parentEmail;  // upline, by e-mail (CLI, import)
    QString parentUserId; // upline, by id (GUI picker); wins over parentEmail
    QString message;
    std::optional<int> expiresDays;
    QString language; // "en" or "es"; empty = the deployment default
    InvitationDetails details;
};

// Changes to an open invitation; unset fields stay as they are.
struct InvitationUpdate {
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<QString> message;
    std::optional<QDateTime> expiresAt;
    std::optional<int> expiresDays; // from now (the command line's --expires-days)
    // The type-specific fields as a whole; those the type does not carry must stay as they are.
    std::optional<InvitationDetails> details;
    std::optional<QString> language;
    std::optional<int> expectedVersion; // refuse when someone changed it meanwhile
};

// One item of a bulk operation: which input (index or id) and what happened.
struct BulkItemResult {
    int index = 0;
    QString id;
    bool ok = false;
    std::optional<Error> error;
    Invitation invitation;
};

struct BulkResult {
    QList<BulkItemResult> items;
    int succeeded() const
    {
        return int(std::count_if(items.begin(), items.end(),
                                 [](const BulkItemResult& i) { return i.ok; }));
    }
    int failed() const { return int(items.size()) - succeeded(); }
};

} // namespace invitedesk
