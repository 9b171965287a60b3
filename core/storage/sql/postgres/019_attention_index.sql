-- The desk's "Needs attention" list (AttentionRules, InvitationListFilter::needsAttention),
-- oldest expiry first (issue 16): without an index it was a parallel scan of the whole table,
-- 495 ms at a million invitations, run each time a desk window opens. This index holds every
-- row that can qualify, whatever the time: the open ones (which the lifecycle may still
-- expire) and the expired ones whose e-mail bounced or never went out; (expires_at, id) is
-- the list's order and keyset, so its first page reads a few hundred entries. It carries the
-- two columns the condition reads, so that the tab's count of a long list comes from the
-- index alone (an index-only scan; 0.1 s for 170,000 rows instead of 1 s of heap reads).
--
-- The list's SQL is an OR of conjunctions, each of which PostgreSQL proves against one arm
-- of this predicate. Should the rule's statuses change, the index simply stops being chosen
-- (never a wrong answer); test_attention_query checks that the list still uses it.
--
-- PostgreSQL only: SQLite's planner matches a partial index only against literal terms,
-- and the list binds its values; at an office's size its scan takes a few milliseconds.
CREATE INDEX user_invitations_attention_idx ON user_invitations (expires_at, id)
    INCLUDE (status, email_delivery_status)
    WHERE status IN ('pending', 'sent', 'failed')
       OR (status = 'expired' AND email_delivery_status IN ('failed', 'queued', 'deferred'));
