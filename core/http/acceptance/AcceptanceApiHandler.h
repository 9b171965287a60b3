#pragma once

#include "core/http/acceptance/PendingAcceptance.h"
#include "core/http/server/RequestInfo.h"
#include "core/services/AcceptanceService.h"

#include <QHttpServerResponse>

#include <memory>

namespace invitedesk::http {

// The JSON routes: validate, accept, health. Runs on worker pools (never the server thread);
// every call reads the current state from the database.
//   GET  /api/v1/invitations/validate/{token} -> 200 {valid, email, first_name, last_name,
//        invitation_type, organization, expires_at}; 404; 410 {"reason": expired|cancelled|
//        accepted|unavailable}
//   POST /api/v1/invitations/accept/{token} (JSON or form: password, optional
//        password_confirmation, first_name, last_name) -> 201 {user_id, ...}; 400 naming the
//        field; 404; 409; 410
//   GET  /healthz -> 200 {"status": "ok"} or 503
class AcceptanceApiHandler {
public:
    AcceptanceApiHandler(std::shared_ptr<AcceptanceService> service, qsizetype maxBodyBytes);

    QHttpServerResponse validate(const RequestInfo& request) const;
    // validate()'s answer for a lookup made elsewhere (the pipelined lookup).
    static QHttpServerResponse validateAnswer(const Result<AcceptanceLookup>& found);
    const std::shared_ptr<AcceptanceService>& service() const { return m_service; }
    QHttpServerResponse health() const;
    AcceptStep beginAccept(const RequestInfo& request) const;
    QHttpServerResponse finishAccept(PendingAcceptance&& pending) const;

    static QHttpServerResponse lookupError(const Error& error);

private:
    std::shared_ptr<AcceptanceService> m_service;
    qsizetype m_maxBodyBytes;
};

} // namespace invitedesk::http
