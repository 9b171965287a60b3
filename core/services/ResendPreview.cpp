#include "core/services/ResendPreview.h"

#include <algorithm>

namespace invitedesk {

QDateTime ResendPreview::earliestNewExpiry() const
{
    QDateTime t;
    for (const ResendPreviewItem& i : items)
        if (!t.isValid() || i.newExpiry < t)
            t = i.newExpiry;
    return t;
}

QDateTime ResendPreview::latestNewExpiry() const
{
    QDateTime t;
    for (const ResendPreviewItem& i : items)
        if (!t.isValid() || i.newExpiry > t)
            t = i.newExpiry;
    return t;
}

int ResendPreview::recentlySentCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const ResendPreviewItem& i) { return i.sentRecently; }));
}

int ResendPreview::bouncedCount() const
{
    return int(std::count_if(items.begin(), items.end(),
                             [](const ResendPreviewItem& i) { return i.bounced; }));
}

} // namespace invitedesk
