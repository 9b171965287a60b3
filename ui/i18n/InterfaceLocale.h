#pragma once

#include <QLocale>
#include <QString>

class QDateTimeEdit;

namespace invitedesk::ui {

// The locale that goes with the interface language (the "Language" setting, not the system's):
// dates and numbers in the Spanish interface are Spanish ("5/11/26" is the 5th of November).
// LanguageManager makes it the default locale; date edits, which keep the locale they were
// created with, take it again with follow() whenever the language changes.
class InterfaceLocale {
public:
    // "es" → Spanish (Spain), anything else → English (United States).
    static QLocale forLanguage(const QString& language);
    // Gives the edit the default locale and that locale's short date format (date edits) or
    // short date and time format (date-time edits). Call from retranslate().
    static void follow(QDateTimeEdit* edit);
};

} // namespace invitedesk::ui
