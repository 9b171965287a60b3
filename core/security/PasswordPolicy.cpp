#include "core/security/PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcPasswordPolicy, "invitedesk.security.policy")

namespace invitedesk::password_policy {

namespace {

const QString Field = QStringLiteral("password");

QString fold(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).toCaseFolded();
}

// Loaded on first use; a function-local static is initialised once even with many threads.
const QSet<QString>& commonPasswords()
{
    static const QSet<QString> list = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/security/common-passwords.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcPasswordPolicy) << "common password list missing from resources";
            return set;
        }
        const QList<QByteArray> lines = file.readAll().split('\n');
        set.reserve(lines.size());
        for (const QByteArray& line : lines) {
            const QString entry = QString::fromUtf8(line).trimmed();
            if (!entry.isEmpty() && !entry.startsWith(u'#'))
                set.insert(fold(entry));
        }
        return set;
    }();
    return list;
}

qsizetype codePoints(const QString& text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool sameText(const QString& a, const QString& b)
{
    return !b.isEmpty() && fold(a) == fold(b);
}

} // namespace

Result<void> check(const QString& password, const QString& email)
{
    const qsizetype length = codePoints(password);
    if (length < MinLength) {
        return Error::invalid(
            Field, QCoreApplication::translate("PasswordPolicy", "Use at least %1 characters.")
                       .arg(MinLength));
    }
    if (length > MaxLength) {
        return Error::invalid(
            Field, QCoreApplication::translate("PasswordPolicy", "Use at most %1 characters.")
                       .arg(MaxLength));
    }
    const QString address = email.trimmed();
    const qsizetype at = address.lastIndexOf(u'@');
    const QString localPart = at > 0 ? address.left(at) : QString();
    const QString typed = password.trimmed();
    if (sameText(typed, address) || sameText(typed, localPart)) {
        return Error::invalid(
            Field,
            QCoreApplication::translate("PasswordPolicy",
                                        "Don't use your e-mail address or its part before the @."));
    }
    if (commonPasswords().contains(fold(password)) || commonPasswords().contains(fold(typed))) {
        return Error::invalid(
            Field, QCoreApplication::translate(
                       "PasswordPolicy",
                       "This password is too common and easy to guess. Choose another one."));
    }
    return {};
}

QStringList rules()
{
    return {
        QCoreApplication::translate("PasswordPolicy", "At least %1 characters.").arg(MinLength),
        QCoreApplication::translate("PasswordPolicy",
                                    "Not your e-mail address or its part before the @."),
        QCoreApplication::translate("PasswordPolicy", "Not a commonly used password."),
    };
}

} // namespace invitedesk::password_policy
