#pragma once

#include "core/domain/AcceptanceRecord.h"
#include "core/http/acceptance/AcceptanceTexts.h"
#include "core/http/server/HtmlTemplate.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace invitedesk::http {

// What the invitee typed (passwords are never sent back) and the messages to show next to
// each field, already in the page's language.
struct AcceptanceForm {
    QString firstName;
    QString lastName;
    QHash<QString, QString> errors; // field name -> message
};

// The invitee's pages: the acceptance form, the confirmation, and the friendly pages for
// links that cannot be used. Self-contained HTML with one inline stylesheet (allowed by its
// hash in the Content-Security-Policy), no scripts, no external resources, works without
// JavaScript. Every inserted value is HTML-escaped.
class AcceptancePage {
public:
    AcceptancePage(); // loads :/http/{layout,form,done,problem}.html and :/http/style.css

    // base64 SHA-256 of the inline stylesheet, for the CSP's style-src.
    QByteArray stylesheetHash() const;

    QByteArray form(const AcceptanceTexts& texts, const AcceptanceRecord& invitation,
                    const AcceptanceForm& form) const;
    QByteArray done(const AcceptanceTexts& texts, const QString& organizationName,
                    const QString& firstName, const QString& email) const;
    // A page with a title and one paragraph: `kind` selects "<kind>.title" / "<kind>.body",
    // the body's %1, %2 are filled from args (escaped).
    QByteArray problem(const AcceptanceTexts& texts, const char* kind, const QStringList& args = {},
                       const QString& brand = {}) const;

    // Field order on the page (for the error summary and autofocus).
    static const QStringList& fieldOrder();

private:
    QByteArray wrap(const AcceptanceTexts& texts, const QString& title, const QString& brand,
                    const QString& content) const;

    HtmlTemplate m_layout;
    HtmlTemplate m_form;
    HtmlTemplate m_done;
    HtmlTemplate m_problem;
    QString m_style;
};

} // namespace invitedesk::http
