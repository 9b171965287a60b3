#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace invitedesk::audit_personal_data {

// Which values of an audit event's details are personal data (issue 15, item 2). They are kept
// outside the hash chain (in audit_personal, beside the event), so that an erasure request can
// delete them and the chain still holds; everything else (ids, actions, statuses, types,
// counts, times) is hashed. This is the one place that decides it: AuditLog applies it to every
// event it writes (the import's bulk writer too), so writers put their details together as
// before and no writer keeps a copy of the rule.
//
// Personal: e-mail addresses (email, from_email, recipient, from_parent_email, to_parent_email,
// parent_email), names (first_name, last_name), the NPI, and text people type or a mail server
// answers that may name someone (reason, message, reply). Not personal: organisation settings
// (organization.updated's old/new values are the organisation's, its sender address and
// reply-to included) and API token names.

// The personal keys (top-level keys of the details object).
const QStringList& keys();
bool isPersonalKey(const QString& key);

// The personal part of `details`: the values of personal keys that hold something (null and
// empty strings say nothing about anyone and stay with the hashed part).
QJsonObject personalPart(const QJsonObject& details);

// Whether `value` (a string, or any string inside an array or object) names the e-mail address
// `email` as a whole address, ignoring case: "bob@x.com" is named by "Mail <BOB@x.com>." but
// not by "jimbob@x.com" or "bob@x.com.au".
bool mentions(const QJsonValue& value, const QString& email);
bool mentions(const QString& text, const QString& email);

} // namespace invitedesk::audit_personal_data
