#include "core/services/ReconnectBackoff.h"

#include <algorithm>

namespace invitedesk {

ReconnectBackoff::ReconnectBackoff(int firstMs, int capMs)
    : m_first(std::max(1, firstMs)), m_cap(std::max(m_first, capMs)), m_next(m_first)
{}

int ReconnectBackoff::next()
{
    const int wait = m_next;
    m_next = int(std::min<long long>(2LL * m_next, m_cap));
    return wait;
}

} // namespace invitedesk
