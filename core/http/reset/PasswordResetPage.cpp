#include "core/http/reset/PasswordResetPage.h"

#include "core/security/PasswordPolicy.h"

namespace invitedesk::http {

PasswordResetPage::PasswordResetPage(std::shared_ptr<const AcceptancePage> frame)
    : m_frame(std::move(frame)),
      m_form(HtmlTemplate::load(QStringLiteral(":/http/reset_form.html"))),
      m_done(HtmlTemplate::load(QStringLiteral(":/http/done.html")))
{}

const QStringList& PasswordResetPage::fieldOrder()
{
    static const QStringList order = {QStringLiteral("password"),
                                      QStringLiteral("password_confirmation")};
    return order;
}

QByteArray PasswordResetPage::form(const AcceptanceTexts& texts, const PasswordResetRecord& reset,
                                   const QHash<QString, QString>& errors) const
{
    const QString requester =
        reset.requestedByName.isEmpty() ? reset.requestedByEmail : reset.requestedByName;
    QHash<QString, QString> values{
        {QStringLiteral("intro"), texts.text("reset.intro").arg(requester, reset.organizationName)},
        {QStringLiteral("expires"),
         texts.text("reset.expires").arg(texts.dateTime(reset.linkExpiresAt))},
        {QStringLiteral("form_intro"), texts.text("reset.form_intro")},
        {QStringLiteral("label_email"), texts.text("field.email")},
        {QStringLiteral("email"), reset.email},
        {QStringLiteral("rules_heading"), texts.text("rules.heading")},
        {QStringLiteral("rule_length"), texts.text("rules.length").arg(password_policy::MinLength)},
        {QStringLiteral("rule_email"), texts.text("rules.email")},
        {QStringLiteral("rule_common"), texts.text("rules.common")},
        {QStringLiteral("submit"), texts.text("reset.submit")},
    };
    QHash<QString, QString> fragments;
    AcceptancePage::describeFields(texts, fieldOrder(), QStringLiteral("reset.field."),
                                   QStringLiteral("password"), errors, values, fragments);
    return m_frame->wrap(texts, texts.text("reset.title"), reset.organizationName,
                         m_form.render(values, fragments));
}

QByteArray PasswordResetPage::done(const AcceptanceTexts& texts,
                                   const PasswordResetRecord& reset) const
{
    const QString body = texts.text("reset_done.body").arg(reset.organizationName, reset.email);
    return m_frame->wrap(texts, texts.text("reset_done.title"), reset.organizationName,
                         m_done.render({{QStringLiteral("body"), body}}));
}

QByteArray PasswordResetPage::closed(const AcceptanceTexts& texts, PasswordResetState state,
                                     const PasswordResetRecord& reset) const
{
    const QString who = reset.requestedByName;
    const QString email = reset.requestedByEmail;
    switch (state) {
    case PasswordResetState::Expired:
        return m_frame->problem(
            texts, "reset_expired",
            {QString::number(password_reset::kLinkLifetimeSeconds / 3600), who, email},
            reset.organizationName);
    case PasswordResetState::Used:
        return m_frame->problem(texts, "reset_used", {who, email}, reset.organizationName);
    case PasswordResetState::Replaced:
        return m_frame->problem(texts, "reset_replaced", {who, email}, reset.organizationName);
    case PasswordResetState::Deactivated:
    case PasswordResetState::Open:
        break;
    }
    return m_frame->problem(texts, "reset_deactivated", {who, email}, reset.organizationName);
}

QByteArray PasswordResetPage::problem(const AcceptanceTexts& texts, const char* kind,
                                      const QString& brand) const
{
    return m_frame->problem(texts, kind, {}, brand);
}

} // namespace invitedesk::http
