-- Honest delivery (issue 18, item 2): who took a message that went out. The embedded file
-- transport only saves it to a folder on this computer; the desk calls that "saved, not
-- delivered" (core/domain/DeliveryState), never "sent". NULL: before this version, or never
-- sent.
ALTER TABLE email_outbox ADD COLUMN delivered_via text
    CHECK (delivered_via IN ('relay', 'folder'));
-- ;;
ALTER TABLE user_invitations ADD COLUMN email_delivered_via text
    CHECK (email_delivered_via IN ('relay', 'folder'));
-- ;;
-- Dispatchers record it with the rest of the invitation's delivery fields (010).
GRANT UPDATE (email_delivered_via) ON user_invitations TO invitedesk_mailer;
