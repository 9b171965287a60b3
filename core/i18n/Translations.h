#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace invitedesk::translations {

// The application's translation catalogues: translations/invitedesk_<language>.ts, compiled
// by lrelease into the core's resources. Every message has a real context: the class that
// declares it (Q_DECLARE_TR_FUNCTIONS or Q_OBJECT) or the one named in QT_TRANSLATE_NOOP.

// The languages the application speaks: "en" (the source texts) and "es".
const QStringList& languages();
// The compiled catalogue of a language: ":/i18n/invitedesk_<language>.qm".
QString catalogueFile(const QString& language);
// The catalogue of one language, loaded once and then only read, so any thread may use it;
// nullptr when the language has none. For code that picks the language per call (the
// acceptance page, per request) rather than through the process-wide installed translator.
const QTranslator* catalogue(const QString& language);
// sourceText in the given language; sourceText itself when the catalogue has no translation.
QString translate(const QString& language, const char* context, const char* sourceText,
                  const char* disambiguation = nullptr);

} // namespace invitedesk::translations
