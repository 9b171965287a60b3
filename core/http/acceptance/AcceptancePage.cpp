#include "core/http/acceptance/AcceptancePage.h"

#include "core/http/server/SecurityHeaders.h"
#include "core/security/PasswordPolicy.h"

#include <QFile>

namespace invitedesk::http {

namespace {
const QString kProduct = QStringLiteral("InviteDesk");
} // namespace

AcceptancePage::AcceptancePage()
    : m_layout(HtmlTemplate::load(QStringLiteral(":/http/layout.html"))),
      m_form(HtmlTemplate::load(QStringLiteral(":/http/form.html"))),
      m_done(HtmlTemplate::load(QStringLiteral(":/http/done.html"))),
      m_problem(HtmlTemplate::load(QStringLiteral(":/http/problem.html")))
{
    QFile css(QStringLiteral(":/http/style.css"));
    if (css.open(QIODevice::ReadOnly))
        m_style = QString::fromUtf8(css.readAll());
}

QByteArray AcceptancePage::stylesheetHash() const
{
    return SecurityHeaders::stylesheetHash(m_style.toUtf8());
}

const QStringList& AcceptancePage::fieldOrder()
{
    static const QStringList order = {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                      QStringLiteral("password"),
                                      QStringLiteral("password_confirmation")};
    return order;
}

QByteArray AcceptancePage::wrap(const AcceptanceTexts& texts, const QString& title,
                                const QString& brand, const QString& content) const
{
    const QString page =
        m_layout.render({{QStringLiteral("lang"), texts.language()},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("brand"), brand.isEmpty() ? kProduct : brand}},
                        {{QStringLiteral("style"), m_style}, {QStringLiteral("content"), content}});
    return page.toUtf8();
}

QByteArray AcceptancePage::form(const AcceptanceTexts& texts, const AcceptanceRecord& inv,
                                const AcceptanceForm& form) const
{
    QHash<QString, QString> values{
        {QStringLiteral("intro"),
         texts.text("page.intro")
             .arg(inv.inviterName, inv.organizationName, texts.roleLabel(inv.type))},
        {QStringLiteral("expires"), texts.text("page.expires").arg(texts.dateTime(inv.expiresAt))},
        {QStringLiteral("form_intro"), texts.text("page.form_intro")},
        {QStringLiteral("label_email"), texts.text("field.email")},
        {QStringLiteral("email"), inv.email},
        {QStringLiteral("first_name"), form.firstName},
        {QStringLiteral("last_name"), form.lastName},
        {QStringLiteral("rules_heading"), texts.text("rules.heading")},
        {QStringLiteral("rule_length"), texts.text("rules.length").arg(password_policy::MinLength)},
        {QStringLiteral("rule_email"), texts.text("rules.email")},
        {QStringLiteral("rule_common"), texts.text("rules.common")},
        {QStringLiteral("submit"), texts.text("form.submit")},
    };
    QHash<QString, QString> fragments;

    if (!inv.message.trimmed().isEmpty()) {
        QString block = QStringLiteral("<blockquote class=\"message\"><p>") +
                        HtmlTemplate::escape(texts.text("page.message").arg(inv.inviterName)) +
                        QStringLiteral("</p><p>");
        // Keep the inviter's line breaks without letting any markup through.
        block += HtmlTemplate::escape(inv.message.trimmed())
                     .replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        block += QStringLiteral("</p></blockquote>");
        fragments.insert(QStringLiteral("message"), block);
    }

    describeFields(texts, fieldOrder(), QStringLiteral("field."), QStringLiteral("password"),
                   form.errors, values, fragments);
    return wrap(texts, texts.text("page.title"), inv.organizationName,
                m_form.render(values, fragments));
}

void AcceptancePage::describeFields(const AcceptanceTexts& texts, const QStringList& fields,
                                    const QString& labelPrefix, const QString& rulesField,
                                    const QHash<QString, QString>& errors,
                                    QHash<QString, QString>& values,
                                    QHash<QString, QString>& fragments)
{
    bool focused = false;
    QString summary;
    for (const QString& field : fields) {
        values.insert(QStringLiteral("label_") + field,
                      texts.text((labelPrefix + field).toLatin1().constData()));
        QString attrs;
        QString describedBy = field == rulesField ? QStringLiteral("password-rules") : QString();
        if (errors.contains(field)) {
            const QString message = errors.value(field);
            const QString errorId = field + QStringLiteral("-error");
            fragments.insert(field + QStringLiteral("_error"),
                             QStringLiteral("<p class=\"field-error\" id=\"%1\">%2</p>")
                                 .arg(errorId, HtmlTemplate::escape(message)));
            values.insert(field + QStringLiteral("_state"), QStringLiteral(" invalid"));
            describedBy =
                describedBy.isEmpty() ? errorId : errorId + QLatin1Char(' ') + describedBy;
            attrs += QStringLiteral(" aria-invalid=\"true\"");
            if (!focused) {
                attrs += QStringLiteral(" autofocus");
                focused = true;
            }
            summary += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                           .arg(field, HtmlTemplate::escape(message));
        }
        if (!describedBy.isEmpty())
            attrs += QStringLiteral(" aria-describedby=\"%1\"").arg(describedBy);
        fragments.insert(field + QStringLiteral("_attrs"), attrs);
    }
    // Errors not tied to a visible field (an unreadable body).
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        if (!fields.contains(it.key()))
            summary += QStringLiteral("<li>%1</li>").arg(HtmlTemplate::escape(it.value()));
    }
    if (!summary.isEmpty()) {
        fragments.insert(
            QStringLiteral("errors"),
            QStringLiteral("<div class=\"errors\" role=\"alert\" "
                           "aria-labelledby=\"errors-heading\"><h2 "
                           "id=\"errors-heading\">%1</h2><ul>%2</ul></div>")
                .arg(HtmlTemplate::escape(texts.text("form.errors_heading")), summary));
    }
}

QByteArray AcceptancePage::done(const AcceptanceTexts& texts, const QString& organizationName,
                                const QString& firstName, const QString& email) const
{
    const QString body = texts.text("done.body").arg(firstName, organizationName, email);
    return wrap(texts, texts.text("done.title"), organizationName,
                m_done.render({{QStringLiteral("body"), body}}));
}

QByteArray AcceptancePage::problem(const AcceptanceTexts& texts, const char* kind,
                                   const QStringList& args, const QString& brand) const
{
    const QByteArray k(kind);
    QString body = texts.text((k + ".body").constData());
    // One pass, so a value holding "%2" is not substituted again.
    if (args.size() == 1)
        body = body.arg(args[0]);
    else if (args.size() == 2)
        body = body.arg(args[0], args[1]);
    else if (args.size() >= 3)
        body = body.arg(args[0], args[1], args[2]);
    return wrap(texts, texts.text((k + ".title").constData()), brand,
                m_problem.render({{QStringLiteral("body"), body}}));
}

} // namespace invitedesk::http
