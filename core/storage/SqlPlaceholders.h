#pragma once

#include <QString>

namespace invitedesk::sql {

// "?, ?, ?": n bound-value markers for an IN (…) list or a VALUES row (at least one expected).
QString placeholders(qsizetype n);

} // namespace invitedesk::sql
