#pragma once

#include "core/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace invitedesk {

// Where the mail templates come from: a deployment's folder first (INVITEDESK_TEMPLATE_DIR,
// laid out like the built-in set: <dir>/<language>/<name>), then the resources compiled
// into core (:/mail/<language>/<name>), then English. Files are UTF-8.
//   layout.txt, layout.html      the shared frame of every message
//   <type>.txt                   one per invitation type: "Subject:", "Heading:", blank line,
//                                paragraphs (see TemplateText.h for the placeholders)
//   reminder.txt, test.txt       the reminder and the relay test message
//   password_reset.txt           the password-reset e-mail (its link: {{reset_link}} in
//                                the layouts)
//   roles.txt, strings.txt       "key = value" lists (role names, date format)
// Caches what it read: use one instance per thread.
class MailTemplates {
public:
    explicit MailTemplates(QString overrideDir = {});
    // Uses INVITEDESK_TEMPLATE_DIR when set.
    static MailTemplates fromEnvironment();
    static QStringList languages(); // "en", "es"
    static QString normalizeLanguage(const QString& language);

    const QString& overrideDir() const { return m_dir; }
    Result<QString> text(const QString& language, const QString& name) const;
    // A "key = value" file as a map; '#' starts a comment line.
    Result<QHash<QString, QString>> keyValues(const QString& language, const QString& name) const;

private:
    QString m_dir;
    mutable QHash<QString, QString> m_cache;
};

} // namespace invitedesk
