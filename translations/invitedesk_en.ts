<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AcceptancePage</name>
    <message>
        <source>Accept your invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to join %2 as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your name and choose a password to create your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (your sign-in name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password must:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not be your e-mail address or the part before the @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not be a common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use your e-mail address as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common. Choose a less predictable one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1. You can now sign in to %2 with %3 and the password you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you opened the whole link from the e-mail. If it still does not work, ask the person who invited you to send a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 (%2) to send you a new invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you think this is a mistake, contact %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account for %1 already exists. Sign in with that e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was replaced by a newer invitation e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) sent you the invitation again. Open the link in the most recent e-mail; the links in earlier e-mails no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation can no longer be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with %1 already exists. Sign in with that e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation just changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link from your most recent invitation e-mail and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait %1 seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back, shorten what you typed and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHP admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent you this link to choose a new password for your %2 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link expires on %1 and works once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current password keeps working until you set the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can now sign in to %1 with %2 and your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that you opened the whole link from the e-mail. If it still does not work, ask the person who sent it for a new password reset e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password reset link works for %1 hours. Ask %2 (%3) to send you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has already been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password was set with this link. Sign in with it, or ask %1 (%2) to send you a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was replaced by a newer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) sent you a newer password reset e-mail. Open the link in the most recent e-mail; the links in earlier e-mails no longer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password can be set for a deactivated account. Ask %1 (%2) to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link just changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link from your most recent password reset e-mail and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptanceService</name>
    <message>
        <source>Enter your first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has expired. Ask %1 for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was replaced by a newer invitation e-mail. Open the link in the most recent e-mail from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation can no longer be accepted. Ask %1 for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation link is not valid. Check that you opened the whole link from the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with the e-mail %1 already exists. Sign in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation was changed a moment ago. Open the link from your latest e-mail and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttentionRules</name>
    <message>
        <source>The e-mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires within 48 hours, not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the address and resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpointLog</name>
    <message>
        <source>Cannot create the audit checkpoint log %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the audit checkpoint log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit checkpoint log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoint log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>The audit log has no events yet: there is nothing to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log ends at event %1, but the checkpoint of %2 signed event %3: events were deleted. Run audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not the one the checkpoint of %2 signed: the audit log was changed. Run audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken at event %1 (%2). Run audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit key file is named (INVITEDESK_AUDIT_KEY): no checkpoint was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key file %1 does not exist: no checkpoint was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checkpoint: the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature on line %1 of %2 does not verify with the audit key: the log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of %1 signed event %2, but the audit log ends at event %3: the newest events were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1, signed by the checkpoint of %2, is missing: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is not the one the checkpoint of %2 signed: the audit log was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint of %1 (event %2) is in %3 but not in the database: checkpoint rows were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEventSentence</name>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: Sun 6 Dec</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: Sun 6 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>professional details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation as %1 created for %2; expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation created for %1; expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address corrected from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent with a new link (resend %1); expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitee opened the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted; the account was created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (it had been cancelled or sent already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the e-mail to %1 for now; trying again %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused the e-mail to %1 for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled for %1</source>
        <translation>
            <numerusform>Reminder scheduled for %1</numerusform>
            <numerusform>%n reminders scheduled for %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created for %1 as %2 by accepting the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created for %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 cleared (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only API token %1 created; expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token %1 created; expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only API token %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token %1 revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deactivated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved from under %2 to under %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset link e-mailed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n earlier link(s) stopped working</source>
        <translation>
            <numerusform>%1; %n earlier link stopped working</numerusform>
            <numerusform>%1; %n earlier links stopped working</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 chose a new password through a reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and timeline viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) exported as %1</source>
        <translation>
            <numerusform>%Ln invitation exported as %1</numerusform>
            <numerusform>%Ln invitations exported as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported as %1</source>
        <translation>
            <numerusform>%Ln event exported as %1</numerusform>
            <numerusform>%Ln events exported as %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of one invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 locked after %n failed sign-in(s), until %2</source>
        <translation>
            <numerusform>%1 locked after %n failed sign-in, until %2</numerusform>
            <numerusform>%1 locked after %n failed sign-ins, until %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked (was locked until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased from %Ln event(s)</source>
        <translation>
            <numerusform>Personal data erased from %Ln event</numerusform>
            <numerusform>Personal data erased from %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (through the API token %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1; expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent to %1; the invitation expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset e-mail sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder to %1 could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password reset e-mail to %1 could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail to %1 could not be delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>No audit key file is named: set INVITEDESK_AUDIT_KEY or the setting audit/key_file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit key file %1 holds no Ed25519 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the audit key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Only an administrator may read or verify the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may sign an audit checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may erase personal data from the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the e-mail address whose personal data to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit event holds personal data of %1: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event(s) written before personal data was kept apart name it in their hashed details, which cannot change without breaking the chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may add users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has users: sign in as an administrator (--as).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first user must be an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1 to be the upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has been deactivated; ask your upline or an administrator to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins in a row, until %2; an administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins in a row: try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryExplanation</name>
    <message>
        <source>This address does not exist: the receiving server has no mailbox by that name. Check the spelling and correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused it (a rule of theirs, such as a spam or sender policy). Sending it again will most likely be refused too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused it for now; trying again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving server refused it for now; it will be tried again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DeliveryNotice</name>
    <message>
        <source>Test mode: e-mails are saved to a folder; links work only on this computer. Nothing reaches the people you invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test mode: e-mails are saved to a folder (%1) and not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in e-mails point at this computer (%1): they work only here. Set the public URL in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRejectedRows</name>
    <message>
        <source>%1: %2</source>
        <comment>column: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed: the check lists the first %1 problems; check the file again to see this row&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>the column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail as row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationActionRules</name>
    <message>
        <source>Its e-mail could not be delivered, so it cannot be edited: correct the address and resend it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired, so it cannot be edited: resend it to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been accepted: there is nothing left to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled: invite the person again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been accepted: the person already has an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled: its link stays dead; invite the person again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired already: its link no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been accepted: deactivate the person&apos;s account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invitation whose e-mail could not be delivered can have its address corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer open: resend it first, then share its new link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationMailPreview</name>
    <message>
        <source>Choose what to invite them as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationPlanner</name>
    <message>
        <source>No user %1 to be the upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with the e-mail %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an open invitation in this organisation; resend that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reached your organisation&apos;s limit of %1 invitations per day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>No such invitation, or it is not one you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation of this user is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail appears twice in this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an invitation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 this invitation: it is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was changed by someone else at the same time; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be in the next 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark a savepoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That user is not in your downline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be 0 (all) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inviter id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page position is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an invitation whose e-mail could not be delivered can have its address corrected; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the address that could not be delivered to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range must end after it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only an open invitation can have a link shared; this one is %1. Resend it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random generator failed: no link could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count&apos;s bound must be 0 (none) or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of inviters must be 0 (all) or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationValidator</name>
    <message>
        <source>The e-mail address is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is longer than 2,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NPI must be 10 digits with a valid check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be at most 200 plain characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 invitation has no %2; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be &quot;en&quot; or &quot;es&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown invitation type &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upline id is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitePolicy</name>
    <message>
        <source>A %1 may not invite a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not linked to a doctor; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not choose the upline of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your downline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be the upline of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Only an administrator may see or change the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL of every invitation link, for the whole platform (https://...); overrides each desk&apos;s own, INVITEDESK_PUBLIC_URL and --public-url; &quot;&quot; removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name shown in e-mails and on the acceptance page; &quot;&quot; uses the organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour of e-mails and the acceptance page, #rrggbb; &quot;&quot; for the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address of the logo in e-mails (https://...); &quot;&quot; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply-To of invitation e-mails (addr@host or &quot;Name &lt;addr@host&gt;&quot;); &quot;&quot; for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From of invitation e-mails (addr@host or &quot;Name &lt;addr@host&gt;&quot;); &quot;&quot; for the deployment&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days a new invitation stays open, 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations each inviter (not admins) may create per day, 1 to 100000; &quot;&quot; or off for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether open invitations get reminder e-mails: on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after sending for the first reminder, 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before expiry for the last reminder, 1 to 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public-url must be an http:// or https:// address with a host and no query or #fragment, like https://invite.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo-url must be an http:// or https:// address with a host, like https://example.com/logo.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display-name must be at most 100 plain characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand-color must be # and six hexadecimal digits, like #0a6ebd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, like invites@example.com or &quot;Acme &lt;invites@example.com&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily-invite-quota must be a whole number from 1 to 100000, or off (or &quot;&quot;) for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders must be on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be cleared; give a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes without input after which the desk locks and asks for the password again, 1 to 1440; 0 or off never locks (default 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle-lock-minutes cannot be cleared; give a number of minutes, or 0 (off) for no idle lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle-lock-minutes must be a whole number of minutes from 0 (off) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of invitation e-mails when the inviter picks none, en or es; &quot;&quot; for the deployment&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default-language must be en or es, or &quot;&quot; for the deployment&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t use your e-mail address or its part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your e-mail address or its part before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordResetService</name>
    <message>
        <source>This link has expired: a reset link works for %1 hours. Ask %2 to send you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has already been used to set a password. Sign in with that password, or ask %1 to send you a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was replaced by a newer e-mail. Open the link in the most recent e-mail from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been deactivated, so no password can be set. Ask %1 to reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password reset link is not valid. Check that you opened the whole link from the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link changed a moment ago. Open it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePolicy</name>
    <message>
        <source>A %1 may not deactivate a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not reactivate a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not move a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not reset the password of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not change the account of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot reactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot move your own account; ask your upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot send yourself a reset link; change your password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1 among the people you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change only your own password; send %1 a reset link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in your downline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be their own upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the upline of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the downline of %2: the move would make a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be the upline of a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot be an upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: reactivate the account before sending a reset link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 may not unlock a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot unlock your own account; ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>Your account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new upline is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person (e-mail or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; look again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may change only your own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not locked: they may sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Master distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IVR company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHP admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsRange</name>
    <message>
        <source>Give a date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted among the invitations whose e-mail reached the invitee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk</name>
    <message>
        <source>The API token is not valid, or it has expired or been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ApiIdempotencyService</name>
    <message>
        <source>The Idempotency-Key must be 1 to 255 printable ASCII characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ApiTokenService</name>
    <message>
        <source>Give the token a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may not hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must be 1 to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token could be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no live token named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was revoked meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API token is read-only: it may not change anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::invitation_filters</name>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown invitation type &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ApiTokensSettingsTab</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see and create your API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API tokens could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; created. Copy it now: it will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Every system that uses it will be refused from now on. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal API token lets another system (a CRM, a script) use InviteDesk&apos;s integration API as you, with your permissions. Send it as &quot;Authorization: Bearer …&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <comment>token</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-on&amp;ly: may list and read invitations, not change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your new token now and keep it somewhere safe. It will not be shown again: InviteDesk keeps only a fingerprint of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Never&quot; makes a token that works until it is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>used</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AttentionPage</name>
    <message>
        <source>Invitations whose e-mail bounced, that expire within 48 hours without being accepted, or that expired without ever being delivered. Each row&apos;s button fixes it; Enter does the same for the selected row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln</source>
        <translation>
            <numerusform>Showing %1 of %Ln</numerusform>
            <numerusform>Showing %1 of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced e-mails, invitations about to expire and those never delivered appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next invitations that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %L2+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AttentionTableModel</name>
    <message>
        <source>Last error from the mail server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events that match the filters as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k that the log has not been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s fingerprint, which shows whether any event was changed or removed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has not been altered: %1 events checked, none changed or missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log has been altered at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitee&apos;s name or e-mail, or invitation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the search, the event type or the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to an invitation or a person is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditTableModel</name>
    <message>
        <source>Invitation created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User moved to another upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset e-mail requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password set through a reset link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation details viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased from the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(invitation removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Invitation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user</source>
        <translation></translation>
    </message>
    <message>
        <source>Invitation link made to share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::BackgroundServices</name>
    <message>
        <source>Mail is waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation links cannot be answered from this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent from the InviteDesk settings to check the mail transport. No action is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::BulkActionRunner</name>
    <message>
        <source>Cancelling invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %1 of %n invitation(s)…</source>
        <translation>
            <numerusform>Cancelling %1 of %n invitation…</numerusform>
            <numerusform>Cancelling %1 of %n invitations…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resending %1 of %n invitation(s)…</source>
        <translation>
            <numerusform>Resending %1 of %n invitation…</numerusform>
            <numerusform>Resending %1 of %n invitations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CancelReasonDialog</name>
    <message numerus="yes">
        <source>Cancel %n invitation(s)? Their links stop working at once. Why?</source>
        <translation>
            <numerusform>Cancel %n invitation? Their links stop working at once. Why?</numerusform>
            <numerusform>Cancel %n invitations? Their links stop working at once. Why?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the wrong address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by the invitee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or pick a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitation(s)</source>
        <translation>
            <numerusform>Cancel %n invitation</numerusform>
            <numerusform>Cancel %n invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason (up to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep %n invitation(s)</source>
        <translation>
            <numerusform>&amp;Keep %n invitation</numerusform>
            <numerusform>&amp;Keep %n invitations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CancellableFile</name>
    <message>
        <source>Stopped at the user&apos;s request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CorrectAddressDialog</name>
    <message>
        <source>Correct the address and resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 could not be delivered. Type the right address: the invitation goes to it with a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and &amp;resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the corrected address: this is the one that could not be delivered to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DatabaseSettingsTab</name>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQLite file (one desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server (a team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driver default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database location is used the next time InviteDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet: InviteDesk creates it on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The database is empty; InviteDesk sets it up on start (PostgreSQL: run &quot;invitedesk migrate&quot; first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The schema is at version %1 of %2: run &quot;invitedesk migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the database (version %1) is newer than this program (version %2). Update InviteDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The schema is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DeactivateDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will no longer be able to sign in. Their open invitations stay open, and the people below them stay in place. You can reactivate the account later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: left the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DeliveryBanner</name>
    <message>
        <source>Delivery notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DesktopController</name>
    <message>
        <source>InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk cannot open its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is ready. Sign in as %1 with the password in INVITEDESK_DEMO_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data is ready. Sign in as %1 with the password %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail: %1 sent, %2 to retry, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s) from other desks: press F5 to show them.</source>
        <translation>
            <numerusform>%n new invitation from other desks: press F5 to show it.</numerusform>
            <numerusform>%n new invitations from other desks: press F5 to show them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations were changed elsewhere: press F5 to see the latest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::EmailPreviewDialog</name>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is a placeholder: the real one is made when the e-mail is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::FirstRunDialog</name>
    <message>
        <source>Set up InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account: it can invite everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::FunnelWidget</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportDefaultsBox</name>
    <message>
        <source>Defaults for the cells a row leaves empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to every row whose cell is empty (or whose file has no such column), then checked like the row&apos;s own values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upline e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the row&apos;s own, or the one the type needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportDialog</name>
    <message>
        <source>Import invitations from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, separated by , or ;) with the columns email, first_name, last_name, invitation_type and optional ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s) of the file</source>
        <translation>
            <numerusform>Preview of the first %n row of the file</numerusform>
            <numerusform>Preview of the first %n rows of the file</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found, by row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import; nothing will be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 of %2 invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows once more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped. Choose the file again to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Problems found (%Ln)</source>
        <translation>
            <numerusform>Problems found (%Ln)</numerusform>
            <numerusform>Problems found (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more, not listed. Fix the rows above and check the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid row(s)</source>
        <translation>
            <numerusform>%Ln valid row</numerusform>
            <numerusform>%Ln valid rows</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln row with errors</numerusform>
            <numerusform>%Ln rows with errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown columns: %1. Rename or remove them; import reads email, first_name, last_name, invitation_type, parent_email, message, expires_days, language, npi, specialty, territory, practice_name and company_name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is (see the problems listed for the file or its header). Nothing will be imported until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row can be imported. Fix the rows listed below and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the valid rows will be imported; %Ln row(s) with errors will be skipped and can be fixed and imported later.</source>
        <translation>
            <numerusform>Only the valid rows will be imported; %Ln row with errors will be skipped and can be fixed and imported later.</numerusform>
            <numerusform>Only the valid rows will be imported; %Ln rows with errors will be skipped and can be fixed and imported later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln row(s), listed below.</source>
        <translation>
            <numerusform>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln row, listed below.</numerusform>
            <numerusform>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln rows, listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file or the database changed since the check. The problems are listed below; review them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln invitation(s)</source>
        <translation>
            <numerusform>Imported %Ln invitation</numerusform>
            <numerusform>Imported %Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations are in the list and their e-mails are on their way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a CSV file with every column import reads and an example row, to fill in. The type may be a code (sales) or its label (Sales representative, Representante de ventas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with errors as CSV, in the file&apos;s columns plus an &quot;error&quot; column saying what is wrong. Fix them and import that file: the &quot;error&quot; column is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import and send %Ln invitation(s)</source>
        <translation>
            <numerusform>&amp;Import and send %Ln invitation</numerusform>
            <numerusform>&amp;Import and send %Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports the valid rows, skips the rows with errors and sends each invitation by e-mail. The import is one transaction: cancelling it writes and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports every row and sends each invitation by e-mail. The import is one transaction: cancelling it writes and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing and sending. The import is one transaction: if you cancel, nothing is written or sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invitations-template.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved to %1. Fill in one row per invitation and choose the file to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <comment>file name: the imported file&apos;s name, then -rejected</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file for the rejected rows: this one is being imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved to %1, each with its problem in the &quot;error&quot; column. Fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln rejected row saved to %1, with its problem in the &quot;error&quot; column. Fix it there and import that file.</numerusform>
            <numerusform>%Ln rejected rows saved to %1, each with its problem in the &quot;error&quot; column. Fix them there and import that file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportErrorModel</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportJob</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportPreviewModel</name>
    <message>
        <source>Spreadsheet row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import does not know the column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationActions</name>
    <message>
        <source>&amp;New invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected invitations; their links stop working (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the invitations that match the filters as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite everyone in a CSV file, after checking every row (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or e-mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to %1 created; the e-mail is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln invitation(s).</source>
        <translation>
            <numerusform>Imported %Ln invitation.</numerusform>
            <numerusform>Imported %Ln invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n invitation(s).</source>
        <translation>
            <numerusform>Cancelled %n invitation.</numerusform>
            <numerusform>Cancelled %n invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resent %n invitation(s).</source>
        <translation>
            <numerusform>Resent %n invitation.</numerusform>
            <numerusform>Resent %n invitations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n were not attempted.</source>
        <translation>
            <numerusform>Stopped: %n was not attempted.</numerusform>
            <numerusform>Stopped: %n were not attempted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some invitations were not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some invitations were not resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be changed.</source>
        <translation>
            <numerusform>%n invitation could not be changed.</numerusform>
            <numerusform>%n invitations could not be changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>List refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected invitations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect the address and resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the right address of an invitation whose e-mail bounced, and send it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not invite anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select only one invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more invitations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the current resend or cancel has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address corrected from %1 to %2; the invitation is on its way again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;link to share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link, shown once, to pass on by phone or text message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDetailsDialog</name>
    <message>
        <source>Invitation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1, %n attempt</numerusform>
            <numerusform>%1, %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect the address and resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address bounced: resending to it will most likely fail again. Correct the address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;link to share…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new link, shown once, to pass on by phone or text message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDialog</name>
    <message>
        <source>New invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend the open invitation instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address already has an open invitation from your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address already has an open invitation. Resend it instead of creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address already has an InviteDesk account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message as the invitee will get it, in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: fill in or correct %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationExportFlow</name>
    <message>
        <source>Export invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln invitation to %1.</numerusform>
            <numerusform>Exported %Ln invitations to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationForm</name>
    <message>
        <source>&amp;Invite as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;NPI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Works for doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail l&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Provider Identifier: 10 digits, the last one a check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, shown in the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doctor yet (under me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will work for your practice&apos;s doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role cannot invite anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The NPI has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>The NPI has 10 digits; this one has %n.</numerusform>
            <numerusform>The NPI has 10 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The NPI&apos;s check digit does not match: look for a typo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the upline from the list: type part of a name or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationTableModel</name>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1</source>
        <translation>
            <numerusform>%n attempt: %1</numerusform>
            <numerusform>%n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error from the mail server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery attempts and the mail server&apos;s last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test-mode transport saved this e-mail to a folder on this computer; nobody received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired before its e-mail went out; nobody received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired before its e-mail went out; nobody received it.
Last error from the mail server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationsPage</name>
    <message>
        <source>Search name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitation</numerusform>
            <numerusform>%Ln invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the search or press &quot;Clear filters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations sent by you or your downline appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N or &quot;New invitation&quot; to invite someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop narrowing the list to this person&apos;s downline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::LockCover</name>
    <message>
        <source>InviteDesk is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::LockDialog</name>
    <message>
        <source>InviteDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after a while without use. %1 (%2) is signed in: enter your password to go on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quits without saving what is open in the desk&apos;s windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can unlock this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MailSettingsTab</name>
    <message>
        <source>Folder for outgoing mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write .eml &amp;files to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through an S&amp;MTP relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required (587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored password from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk &lt;no-reply@your-domain&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one message with the settings as typed, before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SMTP relay&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the test message should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent to %1. The server said: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MainWindow</name>
    <message>
        <source>About InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nvitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database, mail, links and language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password you sign in with (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the invitations of %1 and their downline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk %1
Invites people onto the IVR platform.

Qt %2
OpenSSL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;rson</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs a&amp;ttention (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced e-mails, invitations about to expire and those never delivered, each with its fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a&amp;ttention (%L1+)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MovePersonDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (%2) and everyone below them under a new upline. Now under: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 (%2) under a new upline. Now under: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New upline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the new upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the people this person may be moved under are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in your downline can be their upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matching &quot;%1&quot; can be their upline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MultiSelectButton</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::OrganizationSettingsTab</name>
    <message>
        <source>Sign in as an administrator to change the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can see and change the organisation&apos;s settings; you are signed in as a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to the database.</source>
        <translation>
            <numerusform>Saved %n setting to the database.</numerusform>
            <numerusform>Saved %n settings to the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public &amp;link address (all desks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand &amp;colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogo address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations &amp;expire after (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily invitations per &amp;inviter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reminder after (&amp;days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reminder &amp;before expiry (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reminders for open invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to the &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k idle desks after (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail lan&amp;guage (en, es):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeopleActions</name>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;their invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the people again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or e-mail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this person from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this person sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this person and their downline under another upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations of this person and their downline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop %1 from signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put %1 and their downline under another upline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations of %1 and their downline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and their downline are now under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail this person a link to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail %1 a link to choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link to choose a new password will be e-mailed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeoplePage</name>
    <message>
        <source>Search name or e-mail (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active and deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your downline. Enter or Space opens or closes a person&apos;s row; the context menu lists the actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1+ matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the search or press &quot;Clear filters&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people you invite appear here once they accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeopleTreeModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>name — e-mail</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) directly below</source>
        <translation>
            <numerusform>%Ln person directly below</numerusform>
            <numerusform>%Ln people directly below</numerusform>
        </translation>
    </message>
    <message>
        <source>Can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in. Their open invitations stay open and their downline stays in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations they sent that are waiting to be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations they sent that were accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PersonPicker</name>
    <message>
        <source>Search people by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ResendConfirmDialog</name>
    <message numerus="yes">
        <source>Resend %n invitation(s)</source>
        <translation>
            <numerusform>Resend %n invitation</numerusform>
            <numerusform>Resend %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resend %n invitation(s)</source>
        <translation>
            <numerusform>&amp;Resend %n invitation</numerusform>
            <numerusform>&amp;Resend %n invitations</numerusform>
        </translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected invitations can be resent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the invitation to %1 with a new link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resend %n invitation(s) with new links?</source>
        <translation>
            <numerusform>Resend %n invitation with a new link?</numerusform>
            <numerusform>Resend %n invitations with new links?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected invitation(s) cannot be resent and will be left as they are.</source>
        <translation>
            <numerusform>%n other selected invitation cannot be resent and will be left as it is.</numerusform>
            <numerusform>%n other selected invitations cannot be resent and will be left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier link stops working. The new one expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their earlier links stop working. The new links expire on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their earlier links stop working. The new links expire between %1 and %2; none expires earlier than it would have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was last sent %1, less than an hour ago: the first e-mail may still be on its way, and two e-mails close together can look like spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of them were sent less than an hour ago: their e-mails may still be on their way, and two e-mails close together can look like spam.</source>
        <translation>
            <numerusform>%n of them was sent less than an hour ago: its e-mail may still be on its way, and two e-mails close together can look like spam.</numerusform>
            <numerusform>%n of them were sent less than an hour ago: their e-mails may still be on their way, and two e-mails close together can look like spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 bounced: sending to it again will most likely fail again. Correct the address instead (Details, &quot;Correct the address and resend&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the addresses bounced: sending to them again will most likely fail again. Correct those addresses instead.</source>
        <translation>
            <numerusform>%n of the addresses bounced: sending to it again will most likely fail again. Correct that address instead.</numerusform>
            <numerusform>%n of the addresses bounced: sending to them again will most likely fail again. Correct those addresses instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ResendFlow</name>
    <message>
        <source>Cannot resend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was resent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::SettingsDialog</name>
    <message>
        <source>This run uses a value given on the command line; what you save here applies to later runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses the value of the environment variable %1; what you save here applies when it is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InviteDesk settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden: the database sets the link address of every desk to %1, so this desk&apos;s value is not used for links. An administrator changes it on the Organisation tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public link address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of every invitation link, e.g. https://invite.example.com. Invitees must be able to reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer invitation links from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For one desk or for trying InviteDesk. A team runs &quot;invitedesk serve&quot; behind a TLS proxy instead. Takes effect on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations &amp;expire after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address starting with https:// (or http:// for this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the password could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IT department sets this for every user of this computer (%1); it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database, the mail relay and the link address of this computer are set by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ShareLinkDialog</name>
    <message>
        <source>Link to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this link can accept the invitation until %1. It is shown only now: copy it and pass it on by phone or text message. The link in the e-mail keeps working; a resend ends both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ShareLinkFlow</name>
    <message>
        <source>No link was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a link to share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to InviteDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember my e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the e-mail address is remembered, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::StatisticsPage</name>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything I can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations created and accepted per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from invitation to account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the invitations created between these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show charts as &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel&apos;s and the weekly trend&apos;s numbers as tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the breakdown by inviter as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations created and accepted per week, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations by inviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted invitations among those whose e-mail reached the invitee (delivered). Mail the test mode saved to a folder on this computer was not delivered and is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted of %2 delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln inviter(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln inviter to %1.</numerusform>
            <numerusform>Exported %Ln inviters to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, and not yet accepted, cancelled or expired. The funnel&apos;s &quot;Ever sent&quot; counts every invitation sent at least once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) from %1</source>
        <translation>
            <numerusform>%n week from %1</numerusform>
            <numerusform>%n weeks from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all inviters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n inviter(s) with the most invitations, of %L1.</source>
        <translation>
            <numerusform>The %n inviter with the most invitations, of %L1.</numerusform>
            <numerusform>The %n inviters with the most invitations, of %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::TrendChartWidget</name>
    <message>
        <source>week of %1: %2 created, %3 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitations in these weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1
Created: %2
Accepted: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
