#include "core/i18n/Translations.h"

#include <QHash>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "invitedesk.i18n", QtInfoMsg)

namespace invitedesk::translations {

namespace {
// Loaded on first use (thread-safe static initialisation) and never changed or freed after,
// so concurrent readers need no lock and no catalogue outlives the resources it came from.
const QHash<QString, const QTranslator*>& loaded()
{
    static const QHash<QString, const QTranslator*>* catalogues = [] {
        auto* map = new QHash<QString, const QTranslator*>;
        for (const QString& language : languages()) {
            auto* translator = new QTranslator;
            if (translator->load(catalogueFile(language))) {
                map->insert(language, translator);
            } else {
                qCWarning(lcTranslations) << "no translation catalogue" << catalogueFile(language);
                delete translator;
            }
        }
        return map;
    }();
    return *catalogues;
}
} // namespace

const QStringList& languages()
{
    static const QStringList list = {QStringLiteral("en"), QStringLiteral("es")};
    return list;
}

QString catalogueFile(const QString& language)
{
    return QStringLiteral(":/i18n/invitedesk_%1.qm").arg(language);
}

const QTranslator* catalogue(const QString& language)
{
    return loaded().value(language);
}

QString translate(const QString& language, const char* context, const char* sourceText,
                  const char* disambiguation)
{
    if (const QTranslator* translator = catalogue(language)) {
        const QString text = translator->translate(context, sourceText, disambiguation);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}

} // namespace invitedesk::translations
