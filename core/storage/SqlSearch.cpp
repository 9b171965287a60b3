#include "core/storage/SqlSearch.h"

namespace invitedesk::sql_search {

QString likePattern(const QString& term)
{
    QString escaped = term.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Clause nameOrEmail(const QString& alias, const QString& term)
{
    const QString a = alias + QLatin1Char('.');
    Clause c;
    // A fragment of the first or of the last name is a fragment of "first last": two terms,
    // each matching one index of migration 014 (trigrams on PostgreSQL).
    c.sql = QStringLiteral("(%1email LIKE ? ESCAPE '\\' "
                           "OR lower(%1first_name || ' ' || %1last_name) LIKE ? ESCAPE '\\')")
                .arg(a);
    const QString p = likePattern(term);
    c.binds = {p, p};
    return c;
}

} // namespace invitedesk::sql_search
