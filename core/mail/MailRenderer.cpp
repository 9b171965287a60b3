#include "core/mail/MailRenderer.h"

#include "core/mail/MimeEncoding.h"
#include "core/mail/TemplateText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace invitedesk {

namespace {
const QString kDefaultColor = QStringLiteral("#0a6ebd");

struct TypeTemplate {
    QString subject;
    QString heading;
    QStringList paragraphs;
};

TypeTemplate parseTypeTemplate(const QString& content)
{
    TypeTemplate t;
    const qsizetype split = content.indexOf(QLatin1String("\n\n"));
    const QString head = split < 0 ? content : content.left(split);
    const QString body = split < 0 ? QString() : content.mid(split + 2);
    for (const QString& line : head.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("subject"))
            t.subject = value;
        else if (key == QLatin1String("heading"))
            t.heading = value;
    }
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    for (const QString& p : body.split(blankLines, Qt::SkipEmptyParts)) {
        const QString para = p.trimmed();
        if (!para.isEmpty())
            t.paragraphs << para;
    }
    return t;
}

// Keeps line breaks and tabs, drops other control characters.
QString cleanMultiline(const QString& text)
{
    QString out;
    out.reserve(text.size());
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (QChar c : std::as_const(normalized)) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') ||
            c.category() != QChar::Other_Control)
            out += c;
    }
    return out.trimmed();
}

QString templateName(MailKind kind, InvitationType type)
{
    switch (kind) {
    case MailKind::Reminder:
        return QStringLiteral("reminder.txt");
    case MailKind::Test:
        return QStringLiteral("test.txt");
    case MailKind::PasswordReset:
        return QStringLiteral("password_reset.txt");
    case MailKind::Invitation:
        break;
    }
    return invitation_types::name(type) + QStringLiteral(".txt");
}

QString joinLink(const QString& publicUrl, const QString& path, const QString& token)
{
    QString base = publicUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + path + token;
}
} // namespace

MailRenderer::MailRenderer(MailTemplates templates) : m_templates(std::move(templates)) {}

QString MailRenderer::inviteLink(const QString& publicUrl, const QString& token)
{
    return joinLink(publicUrl, QStringLiteral("/invite/"), token);
}

QString MailRenderer::resetLink(const QString& publicUrl, const QString& token)
{
    return joinLink(publicUrl, QStringLiteral("/reset/"), token);
}

QString MailRenderer::safeColor(const QString& color)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return hex.match(color.trimmed()).hasMatch() ? color.trimmed() : kDefaultColor;
}

Result<RenderedMail> MailRenderer::render(const MailContext& c) const
{
    const QString lang = MailTemplates::normalizeLanguage(c.language);
    const Invitation& inv = c.invitation;
    auto typeText = m_templates.text(lang, templateName(c.kind, inv.type));
    if (!typeText)
        return typeText.error();
    auto layoutText = m_templates.text(lang, QStringLiteral("layout.txt"));
    if (!layoutText)
        return layoutText.error();
    auto layoutHtml = m_templates.text(lang, QStringLiteral("layout.html"));
    if (!layoutHtml)
        return layoutHtml.error();
    auto roles = m_templates.keyValues(lang, QStringLiteral("roles.txt"));
    if (!roles)
        return roles.error();
    auto strings = m_templates.keyValues(lang, QStringLiteral("strings.txt"));
    if (!strings)
        return strings.error();

    const QString typeName = invitation_types::name(inv.type);
    const QStringList roleParts = roles.value().value(typeName).split(QLatin1Char('|'));
    const QString roleLabel = roleParts.value(0).trimmed();
    const QString roleWithArticle =
        roleParts.size() > 1 ? roleParts.at(1).trimmed() : roleLabel.toLower();

    QHash<QString, QString> v;
    const QString organization = mime::sanitizeHeaderValue(c.organization.brandName());
    v.insert(QStringLiteral("organization"), organization);
    v.insert(QStringLiteral("brand_color"), safeColor(c.organization.brandColor));
    const QString logo = c.organization.logoUrl.trimmed();
    if (logo.startsWith(QLatin1String("https://")) && QUrl(logo).isValid())
        v.insert(QStringLiteral("logo_url"), logo);
    v.insert(QStringLiteral("reply_to"), mime::sanitizeHeaderValue(c.organization.replyTo));
    v.insert(QStringLiteral("first_name"), mime::sanitizeHeaderValue(inv.firstName));
    v.insert(QStringLiteral("full_name"), mime::sanitizeHeaderValue(inv.fullName()));
    v.insert(QStringLiteral("email"), mime::sanitizeHeaderValue(inv.email));
    QString inviter = mime::sanitizeHeaderValue(c.inviterName);
    if (inviter.isEmpty())
        inviter = mime::sanitizeHeaderValue(c.inviterEmail);
    if (inviter.isEmpty())
        inviter = organization;
    v.insert(QStringLiteral("inviter_name"), inviter);
    v.insert(QStringLiteral("inviter_email"), mime::sanitizeHeaderValue(c.inviterEmail));
    v.insert(QStringLiteral("role"), roleLabel);
    v.insert(QStringLiteral("role_with_article"), roleWithArticle);
    v.insert(QStringLiteral("message"), cleanMultiline(inv.message));
    v.insert(QStringLiteral("practice_name"), mime::sanitizeHeaderValue(inv.details.practiceName));
    v.insert(QStringLiteral("territory"), mime::sanitizeHeaderValue(inv.details.territory));
    v.insert(QStringLiteral("company_name"), mime::sanitizeHeaderValue(inv.details.companyName));
    v.insert(QStringLiteral("specialty"), mime::sanitizeHeaderValue(inv.details.specialty));
    if (c.kind != MailKind::Test) {
        // The layouts show the invitation's link block for "link" and the reset's for
        // "reset_link".
        v.insert(c.kind == MailKind::PasswordReset ? QStringLiteral("reset_link")
                                                   : QStringLiteral("link"),
                 c.link);
        const QString fmt = strings.value().value(QStringLiteral("date_format"),
                                                  QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        v.insert(QStringLiteral("expires"), QLocale(lang).toString(inv.expiresAt.toUTC(), fmt));
    }

    const TypeTemplate tt = parseTypeTemplate(typeText.value());
    using template_text::Mode;
    RenderedMail out;
    out.subject = mime::sanitizeHeaderValue(template_text::render(tt.subject, v, Mode::Text));
    v.insert(QStringLiteral("subject"), out.subject);
    v.insert(QStringLiteral("heading"),
             mime::sanitizeHeaderValue(template_text::render(tt.heading, v, Mode::Text)));
    QStringList textParas;
    QString htmlParas;
    for (const QString& p : tt.paragraphs) {
        textParas << template_text::render(p, v, Mode::Text);
        htmlParas += QStringLiteral("<p style=\"margin:0 0 16px 0;\">") +
                     template_text::render(p, v, Mode::Html) + QStringLiteral("</p>\n");
    }
    v.insert(QStringLiteral("intro_text"), textParas.join(QStringLiteral("\n\n")));
    v.insert(QStringLiteral("intro_html"), htmlParas);
    out.text = template_text::render(layoutText.value(), v, Mode::Text);
    out.html = template_text::render(layoutHtml.value(), v, Mode::Html);
    // A deployment's own layout (INVITEDESK_TEMPLATE_DIR) from before resets would drop the
    // link: better no e-mail than one that cannot be used.
    if (c.kind == MailKind::PasswordReset &&
        (!out.text.contains(c.link) || !out.html.contains(template_text::escapeHtml(c.link)))) {
        return Error::make(Error::Code::Internal,
                           QStringLiteral("The mail layout for %1 has no {{reset_link}} block: "
                                          "add one (see the built-in layout.txt and "
                                          "layout.html).")
                               .arg(lang),
                           QStringLiteral("template"));
    }
    return out;
}

} // namespace invitedesk
