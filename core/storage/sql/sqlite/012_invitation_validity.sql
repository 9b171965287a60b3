-- Each invitation's own validity period (issue 18, item 4): the days it was created with. A
-- resend gives it that many days again from the resend, never less than it had left
-- (InvitationService::resendIn, resend_policy). Existing rows get the rounded days between
-- their creation and their expiry, or their organisation's default when that is not a number
-- of days from 1 to 365.
ALTER TABLE user_invitations ADD COLUMN validity_days INTEGER
    CHECK (validity_days IS NULL OR validity_days BETWEEN 1 AND 365);
-- ;;
UPDATE user_invitations SET validity_days = (
    SELECT CASE
        WHEN CAST(ROUND(julianday(user_invitations.expires_at)
                        - julianday(user_invitations.created_at)) AS INTEGER) BETWEEN 1 AND 365
        THEN CAST(ROUND(julianday(user_invitations.expires_at)
                        - julianday(user_invitations.created_at)) AS INTEGER)
        ELSE o.expiry_days END
    FROM organizations o WHERE o.id = user_invitations.organization_id);
