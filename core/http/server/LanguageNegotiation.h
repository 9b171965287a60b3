#pragma once

#include <QByteArray>
#include <QString>

namespace invitedesk::http {

// The page language from an Accept-Language header: "en" or "es" by the client's
// preferences and q-values; empty when the header names neither (callers then use the
// invitation's language, then English).
QString negotiateLanguage(const QByteArray& acceptLanguage);

} // namespace invitedesk::http
