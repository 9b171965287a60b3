#pragma once

#include "core/http/server/RequestInfo.h"
#include "core/services/ApiTokenService.h"
#include "core/services/InvitationService.h"

#include <QHttpServerResponse>

#include <memory>

namespace invitedesk::http::api {

// One authenticated request: what the dispatcher copied out, and who it acts as.
struct ApiRequest {
    RequestInfo info;
    ApiPrincipal principal;
};

// The invitation routes of the integration API as thin adapters: each turns the request into
// one InvitationService call and its Result into an answer (items by Invitation::toJson,
// errors by api::fromError). Runs on the database pool, never the server's thread.
class InvitationApiHandler {
public:
    explicit InvitationApiHandler(std::shared_ptr<InvitationService> service);

    QHttpServerResponse list(const ApiRequest& request) const;
    // fixedType: the type the address implies; allowedTypes: those it takes (empty: any).
    QHttpServerResponse create(const ApiRequest& request, const QString& fixedType = {},
                               const QStringList& allowedTypes = {}) const;
    QHttpServerResponse get(const ApiRequest& request) const;
    QHttpServerResponse update(const ApiRequest& request) const;
    QHttpServerResponse cancel(const ApiRequest& request) const;
    QHttpServerResponse resend(const ApiRequest& request) const;
    QHttpServerResponse statistics(const ApiRequest& request) const;
    QHttpServerResponse bulkCreate(const ApiRequest& request) const;
    QHttpServerResponse bulkResend(const ApiRequest& request) const;
    QHttpServerResponse bulkCancel(const ApiRequest& request) const;

private:
    std::shared_ptr<InvitationService> m_service;
};

} // namespace invitedesk::http::api
