-- Each invitation's own validity period (issue 18, item 4): the days it was created with. A
-- resend gives it that many days again from the resend, never less than it had left
-- (InvitationService::resendIn, resend_policy). Existing rows get the rounded days between
-- their creation and their expiry, or their organisation's default when that is not a number
-- of days from 1 to 365. The application's logins already hold INSERT and UPDATE on the table
-- (010); the mailer's column grants do not name it, so a dispatcher cannot change it.
ALTER TABLE user_invitations ADD COLUMN validity_days integer
    CHECK (validity_days IS NULL OR validity_days BETWEEN 1 AND 365);
-- ;;
UPDATE user_invitations i SET validity_days = CASE
        WHEN round(extract(epoch FROM (i.expires_at - i.created_at)) / 86400) BETWEEN 1 AND 365
        THEN round(extract(epoch FROM (i.expires_at - i.created_at)) / 86400)::integer
        ELSE o.expiry_days END
    FROM organizations o WHERE o.id = i.organization_id;
