#include "core/mail/MailTemplates.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>

namespace invitedesk {

namespace {
bool readFile(const QString& path, QString* out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *out = QString::fromUtf8(f.readAll());
    // Templates edited on Windows: the renderer works on LF text.
    out->remove(QLatin1Char('\r'));
    return true;
}
} // namespace

MailTemplates::MailTemplates(QString overrideDir) : m_dir(std::move(overrideDir)) {}

MailTemplates MailTemplates::fromEnvironment()
{
    return MailTemplates(
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("INVITEDESK_TEMPLATE_DIR")));
}

QStringList MailTemplates::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QString MailTemplates::normalizeLanguage(const QString& language)
{
    const QString l = language.trimmed().toLower().left(2);
    return languages().contains(l) ? l : QStringLiteral("en");
}

Result<QString> MailTemplates::text(const QString& language, const QString& name) const
{
    const QString lang = normalizeLanguage(language);
    const QString key = lang + QLatin1Char('/') + name;
    if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
        return it.value();
    QStringList candidates;
    if (!m_dir.isEmpty())
        candidates << QDir(m_dir).filePath(key);
    candidates << QStringLiteral(":/mail/") + key;
    if (lang != QLatin1String("en")) {
        if (!m_dir.isEmpty())
            candidates << QDir(m_dir).filePath(QStringLiteral("en/") + name);
        candidates << QStringLiteral(":/mail/en/") + name;
    }
    QString content;
    for (const QString& path : std::as_const(candidates)) {
        if (readFile(path, &content)) {
            m_cache.insert(key, content);
            return content;
        }
    }
    return Error::make(Error::Code::Internal,
                       QStringLiteral("The mail template %1 is missing.").arg(key),
                       QStringLiteral("template"));
}

Result<QHash<QString, QString>> MailTemplates::keyValues(const QString& language,
                                                         const QString& name) const
{
    auto content = text(language, name);
    if (!content)
        return content.error();
    QHash<QString, QString> map;
    const auto lines = content.value().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        map.insert(trimmed.left(eq).trimmed(), trimmed.mid(eq + 1).trimmed());
    }
    return map;
}

} // namespace invitedesk
