#pragma once

#include "core/Error.h"
#include "core/domain/InvitationQuery.h"
#include "core/services/InvitationRequests.h"
#include "core/services/InvitationService.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace invitedesk::http::api {

// Turns the integration API's JSON bodies and query strings into the services' requests.
// Only shapes are checked here (a field's JSON type, a known name); every rule about the
// values is the services'. Errors name the field; unknown fields are refused, so a typo is
// not silently ignored.
namespace invitation_input {

inline constexpr int DefaultLimit = 50;
inline constexpr int MaxLimit = 500;
inline constexpr int MaxBulkItems = 1000;

// The JSON object of a request body (Error::invalid("body", ...) when it is not one).
Result<QJsonObject> object(const QByteArray& body);

// A create. fixedType: the type the route implies ("doctor", "sales"), else empty.
Result<NewInvitation> newInvitation(const QJsonObject& json, const QString& fixedType = {});
// Whether the address takes the input's type: fixedType (when given) or one of allowedTypes
// (when given). Error::invalid("invitation_type", ...).
Result<void> checkAddressType(const QJsonObject& json, const QString& fixedType,
                              const QStringList& allowedTypes);
// A change. current: the invitation's type fields, which the given ones are merged into
// (the service takes the type fields as a whole).
Result<InvitationUpdate> update(const QJsonObject& json, const InvitationDetails& current);
// The fields update() reads type fields from (to know whether current is needed).
bool changesDetails(const QJsonObject& json);

// status, type, search, invited_by, created_from, created_to, sort, limit, cursor.
Result<InvitationQuery> listQuery(const QUrlQuery& query);
// The opaque cursor of the page after this one (null when there is none).
QJsonValue nextCursor(const InvitationPage& page, const InvitationQuery& query);

// {"ids": [...]} of bulk resend and cancel (and cancel's optional "reason").
Result<QStringList> ids(const QJsonObject& json);

} // namespace invitation_input

} // namespace invitedesk::http::api
