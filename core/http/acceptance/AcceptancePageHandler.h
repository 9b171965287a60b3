#pragma once

#include "core/http/acceptance/AcceptancePage.h"
#include "core/http/acceptance/PendingAcceptance.h"
#include "core/http/server/RequestInfo.h"
#include "core/services/AcceptanceService.h"

#include <QHttpServerResponse>

#include <memory>

namespace invitedesk::http {

// The HTML routes, for people:
//   GET  /invite/{token} -> the form (200); records the first view; friendly pages for unknown
//        (404), expired, cancelled, used (410) links
//   POST /invite/{token} (form) -> the confirmation (201); the form again with messages next
//        to the fields and the typed names kept (400); 404/409/410 pages
// Runs on worker pools. The page language follows Accept-Language, else the invitation's.
class AcceptancePageHandler {
public:
    AcceptancePageHandler(std::shared_ptr<AcceptanceService> service,
                          std::shared_ptr<const AcceptancePage> page, qsizetype maxBodyBytes);

    QHttpServerResponse show(const RequestInfo& request) const;
    AcceptStep beginAccept(const RequestInfo& request) const;
    QHttpServerResponse finishAccept(PendingAcceptance&& pending) const;

    // Pages the server needs without a database (rate limit, overload, unknown path).
    QHttpServerResponse notFound(const QString& language) const;
    QByteArray tooManyRequestsPage(const QString& language, int retryAfterSeconds) const;
    QHttpServerResponse unavailable(const QString& language) const;

private:
    QHttpServerResponse lookupFailure(const Error& error, const QString& language) const;
    QHttpServerResponse closedPage(const AcceptanceLookup& lookup, const QString& language) const;
    QHttpServerResponse failurePage(const Error& error, const QString& token,
                                    const QString& language) const;
    // The page-language message for a field error from the service or the body parser.
    QString fieldMessage(const AcceptanceTexts& texts, const Error& error,
                         const AcceptRequest& request, const QString& email) const;

    std::shared_ptr<AcceptanceService> m_service;
    std::shared_ptr<const AcceptancePage> m_page;
    qsizetype m_maxBodyBytes;
};

} // namespace invitedesk::http
