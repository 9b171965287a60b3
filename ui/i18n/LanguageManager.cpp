#include "ui/i18n/LanguageManager.h"

#include "core/i18n/Translations.h"
#include "ui/i18n/InterfaceLocale.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "invitedesk.i18n", QtInfoMsg)

namespace invitedesk::ui {

LanguageManager::LanguageManager(QObject* parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QStringList LanguageManager::available()
{
    return translations::languages();
}

QString LanguageManager::nativeName(const QString& language)
{
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString LanguageManager::resolve(const QString& setting)
{
    const QString wanted = setting.trimmed().toLower().left(2);
    if (available().contains(wanted))
        return wanted;
    const QString system = QLocale::system().name().left(2).toLower();
    if (available().contains(system))
        return system;
    return QStringLiteral("en");
}

void LanguageManager::removeTranslators()
{
    for (QTranslator** t : {&m_app, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

bool LanguageManager::apply(const QString& setting)
{
    const QString language = resolve(setting);
    if (language == m_current && m_app)
        return true;

    auto app = std::make_unique<QTranslator>();
    const QString file = translations::catalogueFile(language);
    if (!app->load(file)) {
        qCWarning(lcI18n) << "no translation catalogue" << file;
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = language != QLatin1String("en") &&
                        qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    // The locale first: installing a translator retranslates every widget at once, and date
    // formats picked up there must already be the new language's.
    QLocale::setDefault(InterfaceLocale::forLanguage(language));
    removeTranslators();
    m_app = app.release();
    QCoreApplication::installTranslator(m_app);
    if (haveQt) {
        m_qt = qt.release();
        QCoreApplication::installTranslator(m_qt);
    }
    m_current = language;
    emit languageChanged(language);
    return true;
}

} // namespace invitedesk::ui
