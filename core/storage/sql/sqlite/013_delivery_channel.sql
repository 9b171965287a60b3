-- Honest delivery (issue 18, item 2); see PostgreSQL's 013 for the why: who took a message
-- that went out, a relay or the file transport (saved to a folder, not delivered).
ALTER TABLE email_outbox ADD COLUMN delivered_via TEXT
    CHECK (delivered_via IN ('relay', 'folder'));
-- ;;
ALTER TABLE user_invitations ADD COLUMN email_delivered_via TEXT
    CHECK (email_delivered_via IN ('relay', 'folder'));
