<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PasswordPolicy</name>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="66" />
        <source>Use at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="71" />
        <source>Use at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="81" />
        <source>Don't use your e-mail address or its part before the @.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="86" />
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="96" />
        <source>At least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="97" />
        <source>Not your e-mail address or its part before the @.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/security/PasswordPolicy.cpp" line="99" />
        <source>Not a commonly used password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <location filename="../ui/models/RelativeTime.cpp" line="18" />
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="20" />
        <source>in %n minute(s)</source>
        <translation><numerusform>in %n minute</numerusform><numerusform>in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="20" />
        <source>%n minute(s) ago</source>
        <translation><numerusform>%n minute ago</numerusform><numerusform>%n minutes ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="22" />
        <source>in %n hour(s)</source>
        <translation><numerusform>in %n hour</numerusform><numerusform>in %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="22" />
        <source>%n hour(s) ago</source>
        <translation><numerusform>%n hour ago</numerusform><numerusform>%n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="24" />
        <source>in %n day(s)</source>
        <translation><numerusform>in %n day</numerusform><numerusform>in %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/RelativeTime.cpp" line="24" />
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="15" />
        <source>Doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="16" />
        <source>Sales representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="17" />
        <source>Distributor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="19" />
        <source>Master distributor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="20" />
        <source>Office admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="21" />
        <source>Medical staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="22" />
        <source>IVR company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="24" />
        <source>Shipping logistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="25" />
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/Role.cpp" line="26" />
        <source>CHP admin</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="14" />
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="15" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="16" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="17" />
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="18" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitationStatus.cpp" line="19" />
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk</name>
    <message>
        <location filename="../core/services/AuthService.cpp" line="25" />
        <source>The e-mail or password is wrong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="33" />
        <source>No such invitation, or it is not one you may see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="26" />
        <source>Cannot %1 this invitation: it is already %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="34" />
        <source>The invitation was changed by someone else at the same time; reload and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="35" />
        <source>Enter your first name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="35" />
        <source>Enter your last name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="37" />
        <source>The first name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="38" />
        <source>The last name is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="44" />
        <source>The first name contains characters that are not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="46" />
        <source>The last name contains characters that are not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="60" />
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::AcceptanceService</name>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="98" />
        <source>This invitation has expired. Ask %1 for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="102" />
        <source>This invitation was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="105" />
        <source>This invitation has already been used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="110" />
        <source>This link was replaced by a newer invitation e-mail. Open the link in the most recent e-mail from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="109" />
        <source>This invitation can no longer be accepted. Ask %1 for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="138" />
        <source>This invitation link is not valid. Check that you opened the whole link from the e-mail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="216" />
        <source>The two passwords are not the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="227" />
        <source>An account with the e-mail %1 already exists. Sign in instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="238" />
        <source>The password could not be hashed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="311" />
        <source>This invitation no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AcceptanceService.cpp" line="320" />
        <source>This invitation was changed a moment ago. Open the link from your latest e-mail and try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::AuthService</name>
    <message>
        <location filename="../core/services/AuthService.cpp" line="54" />
        <source>No user %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="63" />
        <source>The e-mail address is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="65" />
        <source>The password is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="109" />
        <source>Unknown role "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="115" />
        <source>Only an administrator may add users.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="131" />
        <source>The database already has users: sign in as an administrator (--as).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="135" />
        <source>The first user must be an admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/AuthService.cpp" line="166" />
        <source>No user %1 to be the upline.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ImportValidator</name>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="85" />
        <source>the column "%1" appears twice (columns %2 and %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="95" />
        <source>unknown column "%1"; the columns are: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="104" />
        <source>the required column "%1" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="120" />
        <source>column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="127" />
        <source>a value in column %1, which has no name in the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="166" />
        <source>The invitation type is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="169" />
        <source>Unknown invitation type "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="178" />
        <source>A %1 may not invite a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="196" />
        <source>The expiry must be a whole number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="198" />
        <source>The expiry must be between 1 and 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="272" />
        <source>An account with the e-mail %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="274" />
        <source>%1 already has an open invitation in this organisation; resend that one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="286" />
        <source>No user %1 to be the upline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="324" />
        <source>You have reached your organisation's limit of %1 invitations per day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/io/ImportValidator.cpp" line="342" />
        <source>same e-mail as row %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::InvitationService</name>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="48" />
        <source>The organisation of this user is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="78" />
        <source>No user %1 to be the upline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="121" />
        <source>An account with the e-mail %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="131" />
        <source>%1 already has an open invitation in this organisation; resend that one instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="146" />
        <source>You have reached your organisation's limit of %1 invitations per day.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="193" />
        <source>The e-mail appears twice in this batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationService.cpp" line="239" />
        <source>"%1" is not an invitation id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="53" />
        <source>edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="86" />
        <source>The expiry must be in the next 365 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="130" />
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="136" />
        <source>cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="170" />
        <source>resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="246" />
        <source>The id is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceChanges.cpp" line="254" />
        <source>Cannot mark a savepoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceQueries.cpp" line="26" />
        <source>The member id is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceQueries.cpp" line="35" />
        <source>That user is not in your downline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceQueries.cpp" line="43" />
        <source>The limit must be 0 (all) or more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceQueries.cpp" line="45" />
        <source>The inviter id is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationServiceQueries.cpp" line="47" />
        <source>The page position is not valid.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::OrganizationService</name>
    <message>
        <location filename="../core/services/OrganizationService.cpp" line="32" />
        <source>Only an administrator may see or change the organisation's settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationService.cpp" line="47" />
        <source>Your organisation is missing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::OrganizationSettings</name>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="86" />
        <source>base URL of every invitation link, for the whole platform (https://...); overrides each desk's own, INVITEDESK_PUBLIC_URL and --public-url; "" removes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="90" />
        <source>name shown in e-mails and on the acceptance page; "" uses the organisation's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="93" />
        <source>colour of e-mails and the acceptance page, #rrggbb; "" for the default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="95" />
        <source>address of the logo in e-mails (https://...); "" for none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="97" />
        <source>Reply-To of invitation e-mails (addr@host or "Name &lt;addr@host&gt;"); "" for none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="100" />
        <source>From of invitation e-mails (addr@host or "Name &lt;addr@host&gt;"); "" for the deployment's default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="103" />
        <source>days a new invitation stays open, 1 to 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="105" />
        <source>invitations each inviter (not admins) may create per day, 1 to 100000; "" or off for no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="108" />
        <source>whether open invitations get reminder e-mails: on or off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="110" />
        <source>days after sending for the first reminder, 1 to 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="112" />
        <source>days before expiry for the last reminder, 1 to 365</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="175" />
        <source>public-url must be an http:// or https:// address with a host and no query or #fragment, like https://invite.example.com.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="178" />
        <source>logo-url must be an http:// or https:// address with a host, like https://example.com/logo.png.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="186" />
        <source>display-name must be at most 100 plain characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="193" />
        <source>brand-color must be # and six hexadecimal digits, like #0a6ebd.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="202" />
        <source>%1 must be an e-mail address, like invites@example.com or "Acme &lt;invites@example.com&gt;".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="217" />
        <source>daily-invite-quota must be a whole number from 1 to 100000, or off (or "") for no limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="231" />
        <source>reminders must be on or off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="236" />
        <source>%1 cannot be cleared; give a number of days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/OrganizationSettings.cpp" line="246" />
        <source>Unknown setting "%1"; the settings are: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::invitation_validation</name>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="30" />
        <source>The e-mail address is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="37" />
        <source>"%1" is not a valid e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="43" />
        <source>first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="43" />
        <source>last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="45" />
        <source>The %1 is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="47" />
        <source>The %1 is longer than 100 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="49" />
        <source>The %1 contains control characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="57" />
        <source>The message is longer than 2,000 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="65" />
        <source>The NPI must be 10 digits with a valid check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="74" />
        <source>The %1 must be at most 200 plain characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="88" />
        <source>NPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="91" />
        <source>specialty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="94" />
        <source>territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="97" />
        <source>practice name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="100" />
        <source>company name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="104" />
        <source>A %1 invitation has no %2; leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="114" />
        <source>The language must be "en" or "es".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="146" />
        <source>The invitation type is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="150" />
        <source>Unknown invitation type "%1"; use one of: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="158" />
        <source>The upline id is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/services/InvitationValidator.cpp" line="163" />
        <source>The expiry must be between 1 and 365 days.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::invite_policy</name>
    <message>
        <location filename="../core/domain/InvitePolicy.cpp" line="110" />
        <source>A %1 may not invite a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitePolicy.cpp" line="118" />
        <source>Your account is not linked to a doctor; ask an administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitePolicy.cpp" line="125" />
        <source>A %1 may not choose the upline of a %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitePolicy.cpp" line="135" />
        <source>%1 is not in your downline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../core/domain/InvitePolicy.cpp" line="143" />
        <source>A %1 cannot be the upline of a %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditPage</name>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="114" />
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="118" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="138" />
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="139" />
        <source>all events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="142" />
        <source>Event type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="143" />
        <location filename="../ui/views/AuditPage.cpp" line="144" />
        <source>Invitation id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="145" />
        <source>S&amp;ince</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="146" />
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="147" />
        <source>&amp;Verify chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="148" />
        <source>Recompute every event's hash to prove nothing was changed or removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="150" />
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="151" />
        <source>CSV export is not available in this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="152" />
        <source>Audit events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="207" />
        <source>Verifying…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="217" />
        <source>The chain could not be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="221" />
        <source>The chain holds: %1 events checked, none changed or missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="225" />
        <source>The chain is broken at event %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/AuditPage.cpp" line="282" />
        <source>Exported %Ln event(s) to %1.</source>
        <translation><numerusform>Exported %Ln event to %1.</numerusform><numerusform>Exported %Ln events to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="284" />
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/AuditPage.cpp" line="291" />
        <source>CSV export is not available in this build.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditTableModel</name>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="34" />
        <source>Invitation created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="35" />
        <source>Invitation changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="36" />
        <source>Invitation cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="37" />
        <source>Invitation resent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="38" />
        <source>Invitation expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="39" />
        <source>Invitation opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="40" />
        <source>Invitation accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="41" />
        <source>E-mail sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="42" />
        <source>E-mail deferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="43" />
        <source>E-mail failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="44" />
        <source>Reminder queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="45" />
        <source>Reminder sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="46" />
        <source>User created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="47" />
        <source>Organisation setting changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="48" />
        <source>Public link address changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="65" />
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="65" />
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="80" />
        <source>system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="130" />
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="132" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="134" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="136" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="138" />
        <source>Invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="140" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::BackgroundServices</name>
    <message>
        <location filename="../ui/session/BackgroundServices.cpp" line="87" />
        <location filename="../ui/session/BackgroundServices.cpp" line="89" />
        <source>Mail is waiting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/BackgroundServices.cpp" line="123" />
        <source>Invitation links cannot be answered from this computer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/BackgroundServices.cpp" line="193" />
        <source>InviteDesk test message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/BackgroundServices.cpp" line="194" />
        <source>This message was sent from the InviteDesk settings to check the mail transport. No action is needed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::BulkActionRunner</name>
    <message>
        <location filename="../ui/dialogs/BulkActionRunner.cpp" line="37" />
        <source>Cancelling invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/BulkActionRunner.cpp" line="38" />
        <source>Resending invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/BulkActionRunner.cpp" line="39" />
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BulkActionRunner.cpp" line="41" />
        <source>Cancelling %1 of %n invitation(s)…</source>
        <translation><numerusform>Cancelling %1 of %n invitation…</numerusform><numerusform>Cancelling %1 of %n invitations…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/BulkActionRunner.cpp" line="42" />
        <source>Resending %1 of %n invitation(s)…</source>
        <translation><numerusform>Resending %1 of %n invitation…</numerusform><numerusform>Resending %1 of %n invitations…</numerusform></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CancelReasonDialog</name>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="17" />
        <source>Cancel invitations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="21" />
        <source>Cancel %n invitation(s)? Their links stop working at once. Why?</source>
        <translation><numerusform>Cancel %n invitation? Their links stop working at once. Why?</numerusform><numerusform>Cancel %n invitations? Their links stop working at once. Why?</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="25" />
        <source>Sent to the wrong address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="25" />
        <source>Duplicate invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="26" />
        <source>No longer needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="26" />
        <source>Requested by the invitee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="28" />
        <source>Type or pick a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="29" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="30" />
        <source>Cancel %n invitation(s)</source>
        <translation><numerusform>Cancel %n invitation</numerusform><numerusform>Cancel %n invitations</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="31" />
        <source>Keep them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/CancelReasonDialog.cpp" line="60" />
        <source>Give a reason (up to 500 characters).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::CancellableFile</name>
    <message>
        <location filename="../ui/async/CancellableFile.cpp" line="14" />
        <location filename="../ui/async/CancellableFile.cpp" line="24" />
        <source>Stopped at the user's request.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::DatabaseSettingsTab</name>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="112" />
        <source>Database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="112" />
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="123" />
        <source>&amp;SQLite file (one desk)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="124" />
        <source>Postgre&amp;SQL server (a team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="125" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="126" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="127" />
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="128" />
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="129" />
        <source>&amp;Database:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="130" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="131" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="132" />
        <source>&amp;TLS (sslmode):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="133" />
        <source>driver default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="134" />
        <source>Remove the stored password from the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="135" />
        <source>stored in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="136" />
        <source>not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="137" />
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="139" />
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="140" />
        <source>A new database location is used the next time InviteDesk starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="217" />
        <source>Enter the PostgreSQL server's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="222" />
        <source>Choose a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="228" />
        <source>The file does not exist yet: InviteDesk creates it on the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="236" />
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="267" />
        <source>Could not connect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="270" />
        <source>Connected. The database is empty; InviteDesk sets it up on start (PostgreSQL: run "invitedesk migrate" first).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="274" />
        <source>Connected. The schema is at version %1 of %2: run "invitedesk migrate".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="280" />
        <source>Connected, but the database (version %1) is newer than this program (version %2). Update InviteDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/DatabaseSettingsTab.cpp" line="286" />
        <source>Connected. The schema is up to date (version %1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::DesktopController</name>
    <message>
        <location filename="../ui/DesktopController.cpp" line="133" />
        <source>InviteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="134" />
        <source>InviteDesk cannot open its database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="136" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="137" />
        <source>&amp;Try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="138" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="169" />
        <source>Demo data is ready. Sign in as %1 with the password in INVITEDESK_DEMO_PASSWORD.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="172" />
        <source>Demo data is ready. Sign in as %1 with the password %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/DesktopController.cpp" line="263" />
        <source>Mail: %1 sent, %2 to retry, %3 failed. Press F5 to see the new states.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="76" />
        <source>Set up InviteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="77" />
        <source>This database has no users yet. Create the administrator account: it can invite everyone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="79" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="80" />
        <source>&amp;First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="81" />
        <source>&amp;Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="82" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="83" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="84" />
        <source>&amp;Repeat password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="89" />
        <source>Create administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="123" />
        <source>The organisation's name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="135" />
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/FirstRunDialog.cpp" line="138" />
        <source>To continue: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::FunnelWidget</name>
    <message>
        <location filename="../ui/widgets/FunnelWidget.cpp" line="48" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/FunnelWidget.cpp" line="50" />
        <source>%1: %2 (%3% of the step before)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="145" />
        <source>Import invitations from CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="146" />
        <source>File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="147" />
        <source>C&amp;hoose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="148" />
        <source>A CSV file (UTF-8, separated by , or ;) with the columns email, first_name, last_name, invitation_type and optional ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="150" />
        <source>Choose the CSV file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="151" />
        <source>First rows of the file</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="153" />
        <source>Preview of the first %n row(s) of the file</source>
        <translation><numerusform>Preview of the first %n row of the file</numerusform><numerusform>Preview of the first %n rows of the file</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="154" />
        <location filename="../ui/dialogs/ImportDialog.cpp" line="348" />
        <source>Problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="155" />
        <source>Problems found, by row and column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="156" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="157" />
        <source>Check result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="158" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="159" />
        <source>Chosen file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="162" />
        <source>No file chosen</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="219" />
        <source>&amp;Import %Ln valid row(s)</source>
        <translation><numerusform>&amp;Import %Ln valid row</numerusform><numerusform>&amp;Import %Ln valid rows</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="220" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="223" />
        <source>Imports the valid rows and skips the rows with errors. The import is one transaction: cancelling it writes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="225" />
        <source>Imports every row. The import is one transaction: cancelling it writes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="227" />
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="227" />
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="230" />
        <source>Stop the import; nothing will be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="231" />
        <source>Stop checking the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="246" />
        <source>Cancelling; nothing will be written…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="247" />
        <source>Stopping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="249" />
        <source>Writing %1 of %2 invitations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="252" />
        <source>Checking the rows once more…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="253" />
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="255" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="283" />
        <source>Choose a CSV file to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="284" />
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="320" />
        <source>The check was stopped. Choose the file again to check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="326" />
        <source>The file cannot be imported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="349" />
        <source>Problems found (%Ln)</source>
        <translation><numerusform>Problems found (%Ln)</numerusform><numerusform>Problems found (%Ln)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="350" />
        <source>%Ln valid row(s)</source>
        <translation><numerusform>%Ln valid row</numerusform><numerusform>%Ln valid rows</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="350" />
        <location filename="../ui/dialogs/ImportDialog.cpp" line="360" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="351" />
        <source>%Ln row(s) with errors</source>
        <translation><numerusform>%Ln row with errors</numerusform><numerusform>%Ln rows with errors</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="356" />
        <source>Unknown columns: %1. Rename or remove them; import reads email, first_name, last_name, invitation_type, parent_email, message, expires_days, language, npi, specialty, territory, practice_name and company_name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="363" />
        <source>The file cannot be imported as it is (see the problems listed for the file or its header). Nothing will be imported until it is fixed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="366" />
        <source>The file has no rows to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="368" />
        <source>No row can be imported. Fix the rows listed below and choose the file again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="371" />
        <source>Only the valid rows will be imported; %Ln row(s) with errors will be skipped and can be fixed and imported later.</source>
        <translation><numerusform>Only the valid rows will be imported; %Ln row with errors will be skipped and can be fixed and imported later.</numerusform><numerusform>Only the valid rows will be imported; %Ln rows with errors will be skipped and can be fixed and imported later.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="424" />
        <source>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln row(s), listed below.</source>
        <translation><numerusform>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln row, listed below.</numerusform><numerusform>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln rows, listed below.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="375" />
        <source>Every row is valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="387" />
        <source>Importing. The import is one transaction: if you cancel, nothing is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="403" />
        <source>Import cancelled; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="406" />
        <source>The import failed; nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="413" />
        <source>Nothing was imported: the file or the database changed since the check. The problems are listed below; review them and import again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/ImportDialog.cpp" line="421" />
        <source>Imported %Ln invitation(s)</source>
        <translation><numerusform>Imported %Ln invitation</numerusform><numerusform>Imported %Ln invitations</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/ImportDialog.cpp" line="427" />
        <source>The invitations are in the list and their e-mails are on their way.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportErrorModel</name>
    <message>
        <location filename="../ui/models/ImportErrorModel.cpp" line="31" />
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportErrorModel.cpp" line="33" />
        <source>(whole row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportErrorModel.cpp" line="65" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportErrorModel.cpp" line="67" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportErrorModel.cpp" line="69" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportJob</name>
    <message>
        <location filename="../ui/dialogs/ImportJob.cpp" line="39" />
        <location filename="../ui/dialogs/ImportJob.cpp" line="82" />
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/ImportJob.cpp" line="55" />
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/models/ImportPreviewModel.cpp" line="65" />
        <source>Spreadsheet row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportPreviewModel.cpp" line="78" />
        <source>%1 (unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportPreviewModel.cpp" line="81" />
        <source>Import does not know the column "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/ImportPreviewModel.cpp" line="125" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationActions</name>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="124" />
        <source>&amp;New invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="126" />
        <source>Invite someone (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="127" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="128" />
        <source>&amp;Details…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="129" />
        <source>&amp;Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="130" />
        <source>Send the selected invitations again with a new link (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="132" />
        <source>&amp;Cancel invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="133" />
        <source>Cancel the selected invitations; their links stop working (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="134" />
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="135" />
        <source>Save the invitations that match the filters as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="136" />
        <source>CSV export is not available in this build</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="137" />
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="138" />
        <source>Invite everyone in a CSV file, after checking every row (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="140" />
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="141" />
        <source>Load the list again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="142" />
        <source>&amp;Find…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="143" />
        <source>Search by name or e-mail (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="181" />
        <source>Invitation to %1 created; the e-mail is on its way.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="197" />
        <source>Imported %Ln invitation(s).</source>
        <translation><numerusform>Imported %Ln invitation.</numerusform><numerusform>Imported %Ln invitations.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="222" />
        <source>Invitation to %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="322" />
        <source>Cancelled %n invitation(s).</source>
        <translation><numerusform>Cancelled %n invitation.</numerusform><numerusform>Cancelled %n invitations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="323" />
        <source>Resent %n invitation(s).</source>
        <translation><numerusform>Resent %n invitation.</numerusform><numerusform>Resent %n invitations.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="326" />
        <source>Stopped: %n were not attempted.</source>
        <translation><numerusform>Stopped: %n was not attempted.</numerusform><numerusform>Stopped: %n were not attempted.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="333" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="336" />
        <source>Some invitations were not cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="336" />
        <source>Some invitations were not resent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="338" />
        <source>%n invitation(s) could not be changed.</source>
        <translation><numerusform>%n invitation could not be changed.</numerusform><numerusform>%n invitations could not be changed.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="355" />
        <source>List refreshed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="367" />
        <source>Export invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="368" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="380" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationActions.cpp" line="407" />
        <source>Exported %Ln invitation(s) to %1.</source>
        <translation><numerusform>Exported %Ln invitation to %1.</numerusform><numerusform>Exported %Ln invitations to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="409" />
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationActions.cpp" line="415" />
        <source>CSV export is not available in this build.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDetailsDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="99" />
        <source>Invitation details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="100" />
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="102" />
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="101" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="101" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="101" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="103" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="104" />
        <source>&amp;Resend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="105" />
        <source>&amp;Cancel invitation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="173" />
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="187" />
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="179" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="182" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="183" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="184" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="185" />
        <source>Invited by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="188" />
        <source>Upline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="189" />
        <source>NPI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="190" />
        <source>Specialty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="191" />
        <source>Practice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="192" />
        <source>Territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="193" />
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="194" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="196" />
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="197" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="198" />
        <source>First sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="199" />
        <source>Last sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="200" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="201" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="202" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="203" />
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="204" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="205" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="206" />
        <source>%1, %n attempt(s)</source>
        <translation><numerusform>%1, %n attempt</numerusform><numerusform>%1, %n attempts</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="207" />
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="208" />
        <source>Resent</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="208" />
        <source>%n time(s)</source>
        <translation><numerusform>%n time</numerusform><numerusform>%n times</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="209" />
        <source>Reminders</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/InvitationDetailsDialog.cpp" line="210" />
        <source>%n sent</source>
        <translation><numerusform>%n sent</numerusform><numerusform>%n sent</numerusform></translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDialog</name>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="76" />
        <source>New invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="76" />
        <source>Edit invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="78" />
        <source>&amp;Send invitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="78" />
        <source>&amp;Save changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="79" />
        <source>&amp;Resend the open invitation instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="144" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="148" />
        <source>Not ready: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="149" />
        <source>Not ready: %1 (and %n more)</source>
        <translation><numerusform>Not ready: %1 (and %n more)</numerusform><numerusform>Not ready: %1 (and %n more)</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="153" />
        <source>The invitation could not be loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="193" />
        <source>This address already has an open invitation from your organisation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="195" />
        <source>This address already has an open invitation. Resend it instead of creating another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationDialog.cpp" line="200" />
        <source>This address already has an InviteDesk account.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationForm</name>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="153" />
        <source>&amp;Invite as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="154" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="155" />
        <source>&amp;First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="156" />
        <source>&amp;Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="157" />
        <source>&amp;NPI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="158" />
        <source>&amp;Specialty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="159" />
        <source>&amp;Territory:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="160" />
        <source>&amp;Practice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="161" />
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="162" />
        <source>&amp;Upline:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="163" />
        <source>&amp;Works for doctor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="164" />
        <source>E-mail l&amp;anguage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="165" />
        <source>E&amp;xpires after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="166" />
        <source>E&amp;xpires on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="167" />
        <source>Personal &amp;message:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="178" />
        <source>10 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="179" />
        <source>National Provider Identifier: 10 digits, the last one a check digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="180" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="181" />
        <source>Optional, shown in the e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="183" />
        <location filename="../ui/dialogs/InvitationForm.cpp" line="246" />
        <source>Me (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="185" />
        <location filename="../ui/dialogs/InvitationForm.cpp" line="247" />
        <source>No doctor yet (under me)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="251" />
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="263" />
        <source>They will work for you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="264" />
        <source>They will work for your practice's doctor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="284" />
        <source>Your role cannot invite anyone.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/InvitationForm.cpp" line="299" />
        <source>The NPI has 10 digits; this one has %n.</source>
        <translation><numerusform>The NPI has 10 digits; this one has %n.</numerusform><numerusform>The NPI has 10 digits; this one has %n.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="302" />
        <source>The NPI's check digit does not match: look for a typo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/InvitationForm.cpp" line="314" />
        <source>Choose a moment in the future.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationTableModel</name>
    <message>
        <location filename="../ui/models/InvitationRowText.cpp" line="34" />
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InvitationRowText.cpp" line="41" />
        <source>%n attempt(s): %1</source>
        <translation><numerusform>%n attempt: %1</numerusform><numerusform>%n attempts: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/InvitationRowText.cpp" line="44" />
        <source>%n attempt(s)</source>
        <translation><numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/models/InvitationRowText.cpp" line="45" />
        <source>not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationRowText.cpp" line="45" />
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationRowText.cpp" line="61" />
        <source>Expires %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationRowText.cpp" line="64" />
        <source>Last error from the mail server:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="166" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="168" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="170" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="172" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="174" />
        <source>Invited by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="176" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="178" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="180" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="182" />
        <source>Delivery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="184" />
        <source>Resends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="188" />
        <source>Delivery attempts and the mail server's last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/models/InvitationTableModel.cpp" line="190" />
        <source>This column cannot be sorted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationsPage</name>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="167" />
        <source>Search name or e-mail (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="168" />
        <source>Search invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="169" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="174" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="179" />
        <source>C&amp;reated:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="180" />
        <source>any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="180" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="180" />
        <source>last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="181" />
        <source>last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="181" />
        <source>last 90 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="181" />
        <source>between…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="184" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="185" />
        <source>Created from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="186" />
        <source>Created until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="187" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="188" />
        <source>Invitations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/views/InvitationsPage.cpp" line="267" />
        <source>%Ln invitation(s)</source>
        <translation><numerusform>%Ln invitation</numerusform><numerusform>%Ln invitations</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="269" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="286" />
        <source>The list could not be loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="287" />
        <source>%1
Press F5 to try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="289" />
        <source>No invitations match these filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="290" />
        <source>Change the search or press "Clear filters".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="292" />
        <source>No invitations to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="293" />
        <source>Invitations sent by you or your downline appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="295" />
        <source>No invitations yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/InvitationsPage.cpp" line="296" />
        <source>Press Ctrl+N or "New invitation" to invite someone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::MailSettingsTab</name>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="114" />
        <source>Folder for outgoing mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="125" />
        <source>Write .eml &amp;files to a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="126" />
        <source>Send through an S&amp;MTP relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="127" />
        <source>&amp;Folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="128" />
        <source>the application data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="129" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="130" />
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="131" />
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="132" />
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="133" />
        <source>&amp;Security:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="134" />
        <source>STARTTLS when offered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="135" />
        <source>STARTTLS required (587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="136" />
        <source>TLS from the start (465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="137" />
        <source>None (local relay only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="138" />
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="139" />
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="140" />
        <source>stored in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="141" />
        <source>not stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="142" />
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="144" />
        <source>Remove the stored password from the keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="145" />
        <source>Se&amp;nder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="146" />
        <source>InviteDesk &lt;no-reply@your-domain&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="147" />
        <source>Test &amp;recipient:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="148" />
        <source>Send &amp;test message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="150" />
        <source>Sending test messages is not available in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="152" />
        <source>Sends one message with the settings as typed, before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="246" />
        <source>Enter the SMTP relay's host name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="252" />
        <source>Enter the address the test message should go to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="257" />
        <source>Sending…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="268" />
        <source>The test message was not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="275" />
        <source>Test message sent to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/MailSettingsTab.cpp" line="276" />
        <source>Test message sent to %1. The server said: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::MainWindow</name>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="97" />
        <source>About InviteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="98" />
        <source>InviteDesk %1
Invites people onto the IVR platform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="204" />
        <source>&amp;Invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="205" />
        <source>&amp;Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="207" />
        <source>&amp;Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="210" />
        <source>Toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="211" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="212" />
        <source>I&amp;nvitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="213" />
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="214" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="215" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="216" />
        <source>Database, mail, links and language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="217" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="218" />
        <source>&amp;About InviteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="219" />
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="221" />
        <source>Loading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/MainWindow.cpp" line="267" />
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::MultiSelectButton</name>
    <message>
        <location filename="../ui/widgets/MultiSelectButton.cpp" line="36" />
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/MultiSelectButton.cpp" line="83" />
        <location filename="../ui/widgets/MultiSelectButton.cpp" line="89" />
        <source>any</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/MultiSelectButton.cpp" line="87" />
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/widgets/MultiSelectButton.cpp" line="88" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::OrganizationSettingsTab</name>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="74" />
        <source>Sign in as an administrator to change the organisation's settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="94" />
        <source>Only an administrator can see and change the organisation's settings; you are signed in as a %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="99" />
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="116" />
        <source>The organisation's settings could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="163" />
        <source>Nothing to save: no setting was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="169" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="178" />
        <source>Nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="186" />
        <source>Saved %n setting(s) to the database.</source>
        <translation><numerusform>Saved %n setting to the database.</numerusform><numerusform>Saved %n settings to the database.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="195" />
        <source>Public &amp;link address (all desks):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="196" />
        <source>&amp;Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="197" />
        <source>Brand &amp;colour:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="198" />
        <source>L&amp;ogo address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="199" />
        <source>&amp;Reply-to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="200" />
        <source>&amp;Sender address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="201" />
        <source>Invitations &amp;expire after (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="202" />
        <source>Daily invitations per &amp;inviter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="203" />
        <source>Re&amp;minders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="204" />
        <source>First reminder after (&amp;days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="205" />
        <source>Last reminder &amp;before expiry (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="212" />
        <source>No limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="214" />
        <source>Send reminders for open invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/OrganizationSettingsTab.cpp" line="215" />
        <source>Save to the &amp;database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="123" />
        <source>This run uses a value given on the command line; what you save here applies to later runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="126" />
        <source>This run uses the value of the environment variable %1; what you save here applies when it is not set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="179" />
        <source>InviteDesk settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="180" />
        <source>&amp;General</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="181" />
        <source>&amp;Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="182" />
        <source>&amp;Mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="183" />
        <source>&amp;Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="186" />
        <source>Overridden: the database sets the link address of every desk to %1, so this desk's value is not used for links. An administrator changes it on the Organisation tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="190" />
        <source>&amp;Public link address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="191" />
        <source>The start of every invitation link, e.g. https://invite.example.com. Invitees must be able to reach it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="193" />
        <source>&amp;Answer invitation links from this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="194" />
        <source>Po&amp;rt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="195" />
        <source>For one desk or for trying InviteDesk. A team runs "invitedesk serve" behind a TLS proxy instead. Takes effect on the next start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="198" />
        <source>Invitations &amp;expire after:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="199" />
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="200" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="201" />
        <source>System default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="229" />
        <source>Enter an address starting with https:// (or http:// for this computer only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="314" />
        <source>The settings were saved, but the password could not be stored in the system keychain: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::SignInDialog</name>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="88" />
        <source>Sign in to InviteDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="89" />
        <location filename="../ui/dialogs/SignInDialog.cpp" line="94" />
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="90" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="91" />
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="92" />
        <source>&amp;Remember my e-mail address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="93" />
        <source>Only the e-mail address is remembered, never the password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="95" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="96" />
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="97" />
        <source>Checking your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="136" />
        <source>Enter your e-mail address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="141" />
        <source>Enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/dialogs/SignInDialog.cpp" line="159" />
        <source>The e-mail address or the password is not right.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::StatisticsPage</name>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="122" />
        <source>%1 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="124" />
        <source>%1 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="125" />
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="130" />
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="131" />
        <source>everything I can see</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="132" />
        <source>Whose invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="133" />
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="134" />
        <location filename="../ui/views/StatisticsPage.cpp" line="139" />
        <source>Funnel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="135" />
        <source>Last 12 weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="136" />
        <source>By type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="137" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="137" />
        <location filename="../ui/views/StatisticsPage.cpp" line="141" />
        <source>Invitations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="137" />
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="138" />
        <source>Invitations by type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="140" />
        <source>Invitations created and accepted per week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="144" />
        <source>Acceptance rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="145" />
        <source>Median time to accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="146" />
        <source>Expiring within 48 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="182" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="197" />
        <source>Updating…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="215" />
        <source>Could not update: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="231" />
        <source>%1% of all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="236" />
        <source>created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="246" />
        <source>%1 of %2 accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="248" />
        <source>from invitation to account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="250" />
        <source>still open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="252" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="253" />
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="254" />
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="255" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/views/StatisticsPage.cpp" line="288" />
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>invitedesk::ui::TrendChartWidget</name>
    <message>
        <location filename="../ui/widgets/TrendChartWidget.cpp" line="39" />
        <source>week of %1: %2 created, %3 accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/TrendChartWidget.cpp" line="115" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/TrendChartWidget.cpp" line="115" />
        <source>Accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/TrendChartWidget.cpp" line="142" />
        <source>No invitations in these weeks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/widgets/TrendChartWidget.cpp" line="185" />
        <source>Week of %1
Created: %2
Accepted: %3</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>