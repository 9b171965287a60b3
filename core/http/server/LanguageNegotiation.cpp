#include "core/http/server/LanguageNegotiation.h"

#include <QList>

namespace invitedesk::http {

QString negotiateLanguage(const QByteArray& acceptLanguage)
{
    QString best;
    double bestQ = 0.0;
    int bestIndex = 0;
    int index = 0;
    for (const QByteArray& rawItem : acceptLanguage.split(',')) {
        ++index;
        const QList<QByteArray> parts = rawItem.split(';');
        const QByteArray range = parts.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts[i].trimmed();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok || q < 0.0 || q > 1.0)
                    q = 0.0;
            }
        }
        QString language;
        if (range == "en" || range.startsWith("en-"))
            language = QStringLiteral("en");
        else if (range == "es" || range.startsWith("es-"))
            language = QStringLiteral("es");
        if (language.isEmpty() || q <= 0.0)
            continue;
        // Higher q wins; on a tie, the earlier entry.
        if (q > bestQ || (q == bestQ && index < bestIndex)) {
            best = language;
            bestQ = q;
            bestIndex = index;
        }
    }
    return best;
}

} // namespace invitedesk::http
