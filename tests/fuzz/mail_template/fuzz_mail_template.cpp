// libFuzzer entry point for what renders user-provided text into mail: core/mail/TemplateText
// (the template language) and core/mail/MailRenderer (names, messages and branding that
// inviters, invitees and admins type, in the built-in templates). The input is split at 0xFF
// bytes (never part of UTF-8): a control byte, then the pieces. Checks:
//  - TemplateText, HTML mode, escapes every value: rendering a template without raw tags
//    ({{&…}}) in HTML mode gives exactly the text rendering with each value escaped first, and
//    leaves no '<', '>' or '"' that the template did not have;
//  - values are inserted, never expanded: a value holding "{{secret}}" does not reveal the
//    value named secret unless the template names it; text without tags renders as itself;
//  - MailRenderer: the HTML part holds exactly as many '<', '>', '"' and '\'' as it does when
//    every one of them is taken out of the input, so no input adds markup or leaves an
//    attribute; subject and heading are one line without control characters.
#include "core/mail/MailRenderer.h"
#include "core/mail/MailTemplates.h"
#include "core/mail/TemplateText.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace invitedesk;
namespace tt = invitedesk::template_text;

namespace {

void check(bool condition)
{
    if (!condition)
        abort();
}

const QChar kCanary(0xE000); // a private-use character, removed from the input first

QString piece(const QList<QByteArray>& pieces, qsizetype i)
{
    return i < pieces.size() ? QString::fromUtf8(pieces[i]).remove(kCanary) : QString();
}

qsizetype countOf(const QString& s, QChar c)
{
    return s.count(c);
}

void checkTemplateText(const QString& templ, const QList<QByteArray>& pieces)
{
    QHash<QString, QString> values;
    const QStringList names = {QStringLiteral("name"), QStringLiteral("a"), QStringLiteral("b"),
                               QStringLiteral("message")};
    for (qsizetype i = 0; i < names.size(); ++i)
        values.insert(names[i], piece(pieces, 2 + i));
    values.insert(QStringLiteral("secret"), QString(kCanary));

    const QString text = tt::render(templ, values, tt::Mode::Text);
    check(tt::render(templ, values, tt::Mode::Text) == text); // the token cache changes nothing
    if (!templ.contains(QLatin1String("secret")))
        check(!text.contains(kCanary) &&
              !tt::render(templ, values, tt::Mode::Html).contains(kCanary));
    if (!templ.contains(QLatin1String("{{")))
        check(text == templ);

    // Without raw tags, HTML mode is the text rendering of the escaped values.
    QString noRaw = templ;
    noRaw.remove(QLatin1Char('&'));
    QHash<QString, QString> escaped;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        escaped.insert(it.key(), tt::escapeHtml(it.value()));
    const QString html = tt::render(noRaw, values, tt::Mode::Html);
    check(html == tt::render(noRaw, escaped, tt::Mode::Text));
    for (QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"')})
        check(countOf(html, c) <= countOf(noRaw, c)); // each character of the template once
    QString plain = noRaw;
    plain.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char('"'));
    const QString plainHtml = tt::render(plain, values, tt::Mode::Html);
    for (QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"')})
        check(!plainHtml.contains(c));
}

MailContext contextFrom(uint8_t control, const QList<QByteArray>& pieces, bool stripSpecials)
{
    QStringList f;
    for (qsizetype i = 1; i < 18; ++i) {
        QString s = piece(pieces, i);
        if (stripSpecials) {
            for (QChar& c : s) {
                if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('"') ||
                    c == QLatin1Char('\'') || c == QLatin1Char('&'))
                    c = QLatin1Char('x');
            }
        }
        f << s;
    }
    MailContext c;
    static const MailKind kinds[] = {MailKind::Invitation, MailKind::Reminder, MailKind::Test};
    c.kind = kinds[control % 3];
    const auto& types = invitation_types::all();
    c.invitation.type = types[(control / 3) % types.size()];
    c.language = control & 0x80 ? QStringLiteral("es") : QStringLiteral("en");
    c.invitation.firstName = f[0];
    c.invitation.lastName = f[1];
    c.invitation.email = f[2];
    c.inviterName = f[3];
    c.inviterEmail = f[4];
    c.invitation.message = f[5];
    c.organization.name = f[6];
    c.organization.displayName = f[7];
    c.organization.brandColor = f[8];
    c.organization.logoUrl = f[9];
    c.organization.replyTo = f[10];
    c.invitation.details.practiceName = f[11];
    c.invitation.details.territory = f[12];
    c.invitation.details.companyName = f[13];
    c.invitation.details.specialty = f[14];
    c.link = f[15];
    c.invitation.expiresAt = QDateTime::fromSecsSinceEpoch(1700000000 + control * 86400, Qt::UTC);
    return c;
}

bool isOneLine(const QString& s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029))
            return false;
    }
    return true;
}

void checkRenderer(uint8_t control, const QList<QByteArray>& pieces)
{
    static const MailRenderer renderer{MailTemplates(QStringLiteral(INVITEDESK_MAIL_TEMPLATES))};
    const MailContext hostile = contextFrom(control, pieces, false);
    const MailContext tame = contextFrom(control, pieces, true);
    const auto a = renderer.render(hostile);
    const auto b = renderer.render(tame);
    check(a.ok() && b.ok());
    check(isOneLine(a->subject) && !a->subject.isEmpty());
    // Taking the specials out of a logo URL can change whether it is a valid https URL, and
    // with it whether the image is there at all: compare only when it does not.
    const auto logoShown = [](const MailContext& c) {
        const QString logo = c.organization.logoUrl.trimmed();
        return logo.startsWith(QLatin1String("https://")) && QUrl(logo).isValid();
    };
    if (logoShown(hostile) != logoShown(tame))
        return;
    for (QChar c : {QLatin1Char('<'), QLatin1Char('>'), QLatin1Char('"'), QLatin1Char('\'')})
        check(countOf(a->html, c) == countOf(b->html, c));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> pieces = input.split('\xff');
    const uint8_t control = uint8_t(pieces[0].isEmpty() ? 0 : pieces[0][0]);
    checkTemplateText(piece(pieces, 1), pieces);
    checkRenderer(control, pieces);
    return 0;
}
