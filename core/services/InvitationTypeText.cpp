#include "core/services/InvitationTypeText.h"

#include "core/domain/RoleLabel.h"
#include "core/i18n/Translations.h"

#include <QHash>

namespace invitedesk::invitation_type_text {

QString fold(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('_'), QLatin1Char(' '));
    t.replace(QLatin1Char('-'), QLatin1Char(' '));
    // Decomposed, an accented letter is its base letter and a combining mark: drop the marks.
    const QString decomposed = t.simplified().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

std::optional<InvitationType> fromText(const QString& text)
{
    // Built once, then only read (thread-safe static initialisation): the import checks its
    // records on the global pool.
    static const QHash<QString, InvitationType> byText = [] {
        QHash<QString, InvitationType> map;
        for (const InvitationType type : invitation_types::all()) {
            map.insert(fold(invitation_types::name(type)), type);
            const char* label = roles::sourceLabel(type);
            map.insert(fold(QString::fromUtf8(label)), type);
            for (const QString& language : translations::languages())
                map.insert(fold(translations::translate(language, "Role", label)), type);
        }
        return map;
    }();
    const QString key = fold(text);
    if (key.isEmpty())
        return std::nullopt;
    const auto it = byText.constFind(key);
    if (it == byText.cend())
        return std::nullopt;
    return *it;
}

} // namespace invitedesk::invitation_type_text
