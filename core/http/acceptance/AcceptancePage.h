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
// JavaScript. Every inserted value is HTML-escaped. The password-reset page
// (core/http/reset) is framed and its fields described by the same code, so both look and
// behave alike.
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

    // The page around `content` (already escaped HTML): language, title, brand, stylesheet.
    QByteArray wrap(const AcceptanceTexts& texts, const QString& title, const QString& brand,
                    const QString& content) const;
    // What a form template needs of its `fields`, in their order: label_<f> (the text of
    // labelPrefix + f), and for a field with an error <f>_error (the message next to it),
    // <f>_state (" invalid") and <f>_attrs (aria-invalid, aria-describedby, autofocus on the
    // first), plus "errors", the summary at the top linking to each field. `rulesField`'s
    // input is also described by the password rules (id "password-rules"). Errors of no
    // field on the page (an unreadable body) are listed in the summary only.
    static void describeFields(const AcceptanceTexts& texts, const QStringList& fields,
                               const QString& labelPrefix, const QString& rulesField,
                               const QHash<QString, QString>& errors,
                               QHash<QString, QString>& values, QHash<QString, QString>& fragments);

private:
    HtmlTemplate m_layout;
    HtmlTemplate m_form;
    HtmlTemplate m_done;
    HtmlTemplate m_problem;
    QString m_style;
};

} // namespace invitedesk::http
