#pragma once

namespace invitedesk {

// How long to wait before the next attempt to reach a server that went away: `first`, then
// twice as long each time, never more than `cap`; back to `first` after a success. A value
// without timers (the caller waits), so the schedule is tested without sleeping.
class ReconnectBackoff {
public:
    static constexpr int defaultFirstMs = 1000;
    static constexpr int defaultCapMs = 30000;

    // first is at least 1 ms; cap is at least first.
    explicit ReconnectBackoff(int firstMs = defaultFirstMs, int capMs = defaultCapMs);

    // The wait before the next attempt; the one after it is twice as long (up to the cap).
    int next();
    // A success: the next wait is `first` again.
    void reset() { m_next = m_first; }

    int firstMs() const { return m_first; }
    int capMs() const { return m_cap; }

private:
    int m_first;
    int m_cap;
    int m_next;
};

} // namespace invitedesk
