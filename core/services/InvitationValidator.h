#pragma once

#include "core/Error.h"
#include "core/services/InvitationRequests.h"

namespace invitedesk {

// The checks on an invitation's fields that need no database: shapes, lengths, required
// values, known type, NPI. Used by single create, bulk create and import alike.
namespace invitation_validation {
// Trims and normalises `input` in place (e-mail lower-cased) and returns the first problem.
Result<void> normalise(NewInvitation& input);
Result<void> checkEmail(const QString& email, const QString& field = QStringLiteral("email"));
Result<void> checkName(const QString& value, const QString& field);
Result<void> checkMessage(const QString& message);
Result<void> checkDetails(const InvitationDetails& details);
// A type field given for a type that has no such field (a practice for a sales rep) is
// refused, naming the field; empty fields are fine. The table is detail_fields::belongsTo.
Result<void> checkFieldsOfType(InvitationType type, const InvitationDetails& details);
// A type name as normalise() leaves it (trimmed, lower-case): required, and a known type.
Result<InvitationType> checkType(const QString& name);
Result<void> checkLanguage(const QString& language);
Result<void> checkExpiresDays(int days);
bool isUuid(const QString& text);
} // namespace invitation_validation

} // namespace invitedesk
