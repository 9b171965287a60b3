#include "ui/i18n/InterfaceLocale.h"

#include <QDateTimeEdit>

namespace invitedesk::ui {

QLocale InterfaceLocale::forLanguage(const QString& language)
{
    if (language == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void InterfaceLocale::follow(QDateTimeEdit* edit)
{
    const QLocale locale;
    edit->setLocale(locale);
    const bool withTime = edit->displayedSections() & QDateTimeEdit::TimeSections_Mask;
    edit->setDisplayFormat(withTime ? locale.dateTimeFormat(QLocale::ShortFormat)
                                    : locale.dateFormat(QLocale::ShortFormat));
}

} // namespace invitedesk::ui
