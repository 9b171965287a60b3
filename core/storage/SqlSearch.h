#pragma once

#include <QString>
#include <QVariantList>

namespace invitedesk::sql_search {

// "%term%" for LIKE … ESCAPE '\', lower-cased as the columns are compared, with the term's own
// %, _ and \ matched literally.
QString likePattern(const QString& term);

struct Clause {
    QString sql; // "(…)" with one ? per bind
    QVariantList binds;
};

// The one search by name or e-mail of the people, invitation and audit lists: a fragment of the
// e-mail (stored lower-case), of the first or last name, or of "first last", case-insensitive.
// `alias` is the table alias whose email, first_name and last_name are searched.
Clause nameOrEmail(const QString& alias, const QString& term);

} // namespace invitedesk::sql_search
