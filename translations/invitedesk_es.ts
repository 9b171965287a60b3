<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AcceptancePage</name>
    <message>
        <source>Accept your invitation</source>
        <translation>Acepte su invitación</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 as %3.</source>
        <translation>%1 le invitó a unirse a %2 como %3.</translation>
    </message>
    <message>
        <source>This invitation expires on %1.</source>
        <translation>Esta invitación vence el %1.</translation>
    </message>
    <message>
        <source>Message from %1:</source>
        <translation>Mensaje de %1:</translation>
    </message>
    <message>
        <source>Check your name and choose a password to create your account.</source>
        <translation>Revise su nombre y elija una contraseña para crear su cuenta.</translation>
    </message>
    <message>
        <source>E-mail (your sign-in name)</source>
        <translation>Correo electrónico (su nombre de usuario)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>Your password must:</source>
        <translation>Su contraseña debe:</translation>
    </message>
    <message>
        <source>have at least %1 characters</source>
        <translation>tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>not be your e-mail address or the part before the @</source>
        <translation>no ser su dirección de correo ni la parte antes de la @</translation>
    </message>
    <message>
        <source>not be a common password</source>
        <translation>no ser una contraseña común</translation>
    </message>
    <message>
        <source>Create my account</source>
        <translation>Crear mi cuenta</translation>
    </message>
    <message>
        <source>Please correct the following:</source>
        <translation>Corrija lo siguiente:</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Escriba su apellido.</translation>
    </message>
    <message>
        <source>Use at most 100 characters.</source>
        <translation>Use como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>Remove the characters that are not allowed.</source>
        <translation>Quite los caracteres no permitidos.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Do not use your e-mail address as the password.</source>
        <translation>No use su dirección de correo como contraseña.</translation>
    </message>
    <message>
        <source>This password is too common. Choose a less predictable one.</source>
        <translation>Esta contraseña es demasiado común. Elija una menos predecible.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Your account is ready</source>
        <translation>Su cuenta está lista</translation>
    </message>
    <message>
        <source>Welcome, %1. You can now sign in to %2 with %3 and the password you chose.</source>
        <translation>Bienvenido/a, %1. Ya puede iniciar sesión en %2 con %3 y la contraseña que eligió.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Este enlace no es válido</translation>
    </message>
    <message>
        <source>Check that you opened the whole link from the e-mail. If it still does not work, ask the person who invited you to send a new invitation.</source>
        <translation>Compruebe que abrió el enlace completo del correo. Si sigue sin funcionar, pida a la persona que le invitó que le envíe una nueva invitación.</translation>
    </message>
    <message>
        <source>This invitation has expired</source>
        <translation>Esta invitación ha vencido</translation>
    </message>
    <message>
        <source>Ask %1 (%2) to send you a new invitation.</source>
        <translation>Pida a %1 (%2) que le envíe una nueva invitación.</translation>
    </message>
    <message>
        <source>This invitation was cancelled</source>
        <translation>Esta invitación fue cancelada</translation>
    </message>
    <message>
        <source>If you think this is a mistake, contact %1 (%2).</source>
        <translation>Si cree que es un error, comuníquese con %1 (%2).</translation>
    </message>
    <message>
        <source>This invitation has already been used</source>
        <translation>Esta invitación ya fue utilizada</translation>
    </message>
    <message>
        <source>The account for %1 already exists. Sign in with that e-mail address.</source>
        <translation>La cuenta de %1 ya existe. Inicie sesión con esa dirección de correo.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer invitation e-mail</source>
        <translation>Este enlace fue reemplazado por un correo de invitación más reciente</translation>
    </message>
    <message>
        <source>%1 (%2) sent you the invitation again. Open the link in the most recent e-mail; the links in earlier e-mails no longer work.</source>
        <translation>%1 (%2) le volvió a enviar la invitación. Abra el enlace del correo más reciente; los enlaces de los correos anteriores ya no funcionan.</translation>
    </message>
    <message>
        <source>This invitation can no longer be accepted</source>
        <translation>Esta invitación ya no se puede aceptar</translation>
    </message>
    <message>
        <source>You already have an account</source>
        <translation>Ya tiene una cuenta</translation>
    </message>
    <message>
        <source>An account with %1 already exists. Sign in with that e-mail address.</source>
        <translation>Ya existe una cuenta con %1. Inicie sesión con esa dirección de correo.</translation>
    </message>
    <message>
        <source>This invitation just changed</source>
        <translation>Esta invitación acaba de cambiar</translation>
    </message>
    <message>
        <source>Open the link from your most recent invitation e-mail and try again.</source>
        <translation>Abra el enlace de su correo de invitación más reciente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Demasiados intentos</translation>
    </message>
    <message>
        <source>Please wait %1 seconds and try again.</source>
        <translation>Espere %1 segundos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable</source>
        <translation>El servicio no está disponible temporalmente</translation>
    </message>
    <message>
        <source>Please try again in a few minutes.</source>
        <translation>Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The form is too large</source>
        <translation>El formulario es demasiado grande</translation>
    </message>
    <message>
        <source>Go back, shorten what you typed and send it again.</source>
        <translation>Vuelva atrás, acorte lo que escribió y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Representante de ventas</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Master distributor</source>
        <translation>Distribuidor maestro</translation>
    </message>
    <message>
        <source>Office admin</source>
        <translation>Administrador de consultorio</translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation>Personal médico</translation>
    </message>
    <message>
        <source>IVR company</source>
        <translation>Empresa de IVR</translation>
    </message>
    <message>
        <source>Shipping logistics</source>
        <translation>Logística de envíos</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>CHP admin</source>
        <translation>Administrador de CHP</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una nueva contraseña</translation>
    </message>
    <message>
        <source>%1 sent you this link to choose a new password for your %2 account.</source>
        <translation>%1 le envió este enlace para elegir una nueva contraseña para su cuenta de %2.</translation>
    </message>
    <message>
        <source>This link expires on %1 and works once.</source>
        <translation>Este enlace caduca el %1 y solo puede usarse una vez.</translation>
    </message>
    <message>
        <source>Your current password keeps working until you set the new one.</source>
        <translation>Su contraseña actual sigue funcionando hasta que establezca la nueva.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Set my new password</source>
        <translation>Establecer mi nueva contraseña</translation>
    </message>
    <message>
        <source>Your password has been changed</source>
        <translation>Su contraseña ha sido cambiada</translation>
    </message>
    <message>
        <source>You can now sign in to %1 with %2 and your new password.</source>
        <translation>Ya puede iniciar sesión en %1 con %2 y su nueva contraseña.</translation>
    </message>
    <message>
        <source>Check that you opened the whole link from the e-mail. If it still does not work, ask the person who sent it for a new password reset e-mail.</source>
        <translation>Compruebe que abrió el enlace completo del correo. Si sigue sin funcionar, pida a quien se lo envió un nuevo correo de restablecimiento de contraseña.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Este enlace ha caducado</translation>
    </message>
    <message>
        <source>A password reset link works for %1 hours. Ask %2 (%3) to send you a new one.</source>
        <translation>Un enlace de restablecimiento de contraseña funciona durante %1 horas. Pida a %2 (%3) que le envíe uno nuevo.</translation>
    </message>
    <message>
        <source>This link has already been used</source>
        <translation>Este enlace ya se ha usado</translation>
    </message>
    <message>
        <source>A new password was set with this link. Sign in with it, or ask %1 (%2) to send you a new link.</source>
        <translation>Ya se estableció una nueva contraseña con este enlace. Inicie sesión con ella o pida a %1 (%2) que le envíe un enlace nuevo.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer e-mail</source>
        <translation>Este enlace fue sustituido por un correo más reciente</translation>
    </message>
    <message>
        <source>%1 (%2) sent you a newer password reset e-mail. Open the link in the most recent e-mail; the links in earlier e-mails no longer work.</source>
        <translation>%1 (%2) le envió un correo de restablecimiento de contraseña más reciente. Abra el enlace del correo más reciente; los enlaces de correos anteriores ya no funcionan.</translation>
    </message>
    <message>
        <source>This account has been deactivated</source>
        <translation>Esta cuenta ha sido desactivada</translation>
    </message>
    <message>
        <source>No password can be set for a deactivated account. Ask %1 (%2) to reactivate it.</source>
        <translation>No se puede establecer una contraseña para una cuenta desactivada. Pida a %1 (%2) que la reactive.</translation>
    </message>
    <message>
        <source>This link just changed</source>
        <translation>Este enlace acaba de cambiar</translation>
    </message>
    <message>
        <source>Open the link from your most recent password reset e-mail and try again.</source>
        <translation>Abra el enlace de su correo de restablecimiento de contraseña más reciente e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AcceptanceService</name>
    <message>
        <source>Enter your first name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Escriba sus apellidos.</translation>
    </message>
    <message>
        <source>The first name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The last name is longer than %1 characters.</source>
        <translation>Los apellidos tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The first name contains characters that are not allowed.</source>
        <translation>El nombre contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>The last name contains characters that are not allowed.</source>
        <translation>Los apellidos contienen caracteres no permitidos.</translation>
    </message>
    <message>
        <source>This invitation has expired. Ask %1 for a new one.</source>
        <translation>Esta invitación ha caducado. Pida una nueva a %1.</translation>
    </message>
    <message>
        <source>This invitation was cancelled.</source>
        <translation>Esta invitación fue cancelada.</translation>
    </message>
    <message>
        <source>This invitation has already been used.</source>
        <translation>Esta invitación ya se ha utilizado.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer invitation e-mail. Open the link in the most recent e-mail from %1.</source>
        <translation>Este enlace fue reemplazado por un correo de invitación más reciente. Abra el enlace del correo más reciente de %1.</translation>
    </message>
    <message>
        <source>This invitation can no longer be accepted. Ask %1 for a new one.</source>
        <translation>Esta invitación ya no se puede aceptar. Pida una nueva a %1.</translation>
    </message>
    <message>
        <source>This invitation link is not valid. Check that you opened the whole link from the e-mail.</source>
        <translation>Este enlace de invitación no es válido. Compruebe que abrió el enlace completo del correo.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
    <message>
        <source>An account with the e-mail %1 already exists. Sign in instead.</source>
        <translation>Ya existe una cuenta con el correo %1. Inicie sesión.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>No se pudo procesar la contraseña.</translation>
    </message>
    <message>
        <source>This invitation no longer exists.</source>
        <translation>Esta invitación ya no existe.</translation>
    </message>
    <message>
        <source>This invitation was changed a moment ago. Open the link from your latest e-mail and try again.</source>
        <translation>Esta invitación cambió hace un momento. Abra el enlace de su correo más reciente e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AttentionRules</name>
    <message>
        <source>The e-mail bounced</source>
        <translation>El correo rebotó</translation>
    </message>
    <message>
        <source>Expires within 48 hours, not accepted</source>
        <translation>Caduca en menos de 48 horas y no se ha aceptado</translation>
    </message>
    <message>
        <source>Correct the address and resend…</source>
        <translation>Corregir la dirección y reenviar…</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>Reenviar…</translation>
    </message>
</context>
<context>
    <name>AuditCheckpointLog</name>
    <message>
        <source>Cannot create the audit checkpoint log %1.</source>
        <translation>No se puede crear el registro de puntos de control de auditoría %1.</translation>
    </message>
    <message>
        <source>Cannot open the audit checkpoint log %1: %2</source>
        <translation>No se puede abrir el registro de puntos de control de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit checkpoint log %1: %2</source>
        <translation>No se puede escribir el registro de puntos de control de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the audit checkpoint log %1: %2</source>
        <translation>No se puede leer el registro de puntos de control de auditoría %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>The audit log has no events yet: there is nothing to sign.</source>
        <translation>El registro de auditoría aún no tiene eventos: no hay nada que firmar.</translation>
    </message>
    <message>
        <source>The audit log ends at event %1, but the checkpoint of %2 signed event %3: events were deleted. Run audit verify.</source>
        <translation>El registro de auditoría termina en el evento %1, pero el punto de control del %2 firmó el evento %3: se eliminaron eventos. Ejecute audit verify.</translation>
    </message>
    <message>
        <source>Event %1 is not the one the checkpoint of %2 signed: the audit log was changed. Run audit verify.</source>
        <translation>El evento %1 no es el que firmó el punto de control del %2: el registro de auditoría fue modificado. Ejecute audit verify.</translation>
    </message>
    <message>
        <source>The audit chain is broken at event %1 (%2). Run audit verify.</source>
        <translation>La cadena de auditoría está rota en el evento %1 (%2). Ejecute audit verify.</translation>
    </message>
    <message>
        <source>Could not sign the audit checkpoint.</source>
        <translation>No se pudo firmar el punto de control de auditoría.</translation>
    </message>
    <message>
        <source>No audit key file is named (INVITEDESK_AUDIT_KEY): no checkpoint was found.</source>
        <translation>No se indicó ningún archivo de clave de auditoría (INVITEDESK_AUDIT_KEY): no se encontró ningún punto de control.</translation>
    </message>
    <message>
        <source>The audit key file %1 does not exist: no checkpoint was found.</source>
        <translation>El archivo de clave de auditoría %1 no existe: no se encontró ningún punto de control.</translation>
    </message>
    <message>
        <source>No checkpoint was found in %1.</source>
        <translation>No se encontró ningún punto de control en %1.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checkpoint: the log was changed.</source>
        <translation>La línea %1 de %2 no es un punto de control: el registro fue modificado.</translation>
    </message>
    <message>
        <source>The signature on line %1 of %2 does not verify with the audit key: the log was changed.</source>
        <translation>La firma de la línea %1 de %2 no se verifica con la clave de auditoría: el registro fue modificado.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 signed event %2, but the audit log ends at event %3: the newest events were deleted.</source>
        <translation>El punto de control del %1 firmó el evento %2, pero el registro de auditoría termina en el evento %3: se eliminaron los eventos más recientes.</translation>
    </message>
    <message>
        <source>Event %1, signed by the checkpoint of %2, is missing: it was deleted.</source>
        <translation>Falta el evento %1, firmado por el punto de control del %2: fue eliminado.</translation>
    </message>
    <message>
        <source>Event %1 is not the one the checkpoint of %2 signed: the audit log was changed.</source>
        <translation>El evento %1 no es el que firmó el punto de control del %2: el registro de auditoría fue modificado.</translation>
    </message>
    <message>
        <source>The checkpoint of %1 (event %2) is in %3 but not in the database: checkpoint rows were deleted.</source>
        <translation>El punto de control del %1 (evento %2) está en %3 pero no en la base de datos: se eliminaron filas de puntos de control.</translation>
    </message>
</context>
<context>
    <name>AuditEventSentence</name>
    <message>
        <source>ddd d MMM</source>
        <comment>date format: Sun 6 Dec</comment>
        <translation>ddd d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format: Sun 6 Dec 2026</comment>
        <translation>ddd d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>day, time</comment>
        <translation>%1, a las %2</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(borrado)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <source>professional details</source>
        <translation>datos profesionales</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo</translation>
    </message>
    <message>
        <source>Invitation as %1 created for %2; expires %3</source>
        <translation>Invitación como %1 creada para %2; caduca el %3</translation>
    </message>
    <message>
        <source>Invitation created for %1; expires %2</source>
        <translation>Invitación creada para %1; caduca el %2</translation>
    </message>
    <message>
        <source>Address corrected from %1 to %2</source>
        <translation>Dirección corregida de %1 a %2</translation>
    </message>
    <message>
        <source>Invitation changed</source>
        <translation>Invitación modificada</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Resent with a new link (resend %1); expires %2</source>
        <translation>Reenviada con un enlace nuevo (reenvío %1); caduca el %2</translation>
    </message>
    <message>
        <source>The link expired on %1</source>
        <translation>El enlace caducó el %1</translation>
    </message>
    <message>
        <source>The invitee opened the link</source>
        <translation>La persona invitada abrió el enlace</translation>
    </message>
    <message>
        <source>Accepted; the account was created as %1</source>
        <translation>Aceptada; la cuenta se creó como %1</translation>
    </message>
    <message>
        <source>%1 (it had been cancelled or sent already)</source>
        <translation>%1 (ya se había cancelado o enviado)</translation>
    </message>
    <message>
        <source>The receiving server refused the e-mail to %1 for now; trying again %2</source>
        <translation>El servidor de destino rechazó por ahora el correo a %1; se volverá a intentar el %2</translation>
    </message>
    <message>
        <source>The receiving server refused the e-mail to %1 for now</source>
        <translation>El servidor de destino rechazó por ahora el correo a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) scheduled for %1</source>
        <translation>
            <numerusform>Recordatorio programado para el %1</numerusform>
            <numerusform>%n recordatorios programados para el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Account created for %1 as %2 by accepting the invitation</source>
        <translation>Cuenta creada para %1 como %2 al aceptar la invitación</translation>
    </message>
    <message>
        <source>Account created for %1 as %2</source>
        <translation>Cuenta creada para %1 como %2</translation>
    </message>
    <message>
        <source>Setting %1 cleared (was %2)</source>
        <translation>Ajuste %1 vaciado (era %2)</translation>
    </message>
    <message>
        <source>Setting %1 set to %2</source>
        <translation>Ajuste %1 fijado en %2</translation>
    </message>
    <message>
        <source>Setting %1 changed from %2 to %3</source>
        <translation>Ajuste %1 cambiado de %2 a %3</translation>
    </message>
    <message>
        <source>Read-only API token %1 created; expires %2</source>
        <translation>Token de API de solo lectura %1 creado; caduca el %2</translation>
    </message>
    <message>
        <source>API token %1 created; expires %2</source>
        <translation>Token de API %1 creado; caduca el %2</translation>
    </message>
    <message>
        <source>Read-only API token %1 created</source>
        <translation>Token de API de solo lectura %1 creado</translation>
    </message>
    <message>
        <source>API token %1 created</source>
        <translation>Token de API %1 creado</translation>
    </message>
    <message>
        <source>API token %1 revoked</source>
        <translation>Token de API %1 revocado</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 desactivado</translation>
    </message>
    <message>
        <source>%1 deactivated: %2</source>
        <translation>%1 desactivado: %2</translation>
    </message>
    <message>
        <source>%1 reactivated</source>
        <translation>%1 reactivado</translation>
    </message>
    <message>
        <source>%1 moved under %2</source>
        <translation>%1 pasó a depender de %2</translation>
    </message>
    <message>
        <source>%1 moved from under %2 to under %3</source>
        <translation>%1 pasó de depender de %2 a depender de %3</translation>
    </message>
    <message>
        <source>%1 changed their password</source>
        <translation>%1 cambió su contraseña</translation>
    </message>
    <message>
        <source>Password reset link e-mailed to %1</source>
        <translation>Enlace para restablecer la contraseña enviado a %1</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n earlier link(s) stopped working</source>
        <translation>
            <numerusform>%1; %n enlace anterior dejó de funcionar</numerusform>
            <numerusform>%1; %n enlaces anteriores dejaron de funcionar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 chose a new password through a reset link</source>
        <translation>%1 eligió una contraseña nueva con un enlace de restablecimiento</translation>
    </message>
    <message>
        <source>Details and timeline viewed</source>
        <translation>Detalles e historial consultados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s) exported as %1</source>
        <translation>
            <numerusform>%Ln invitación exportada como %1</numerusform>
            <numerusform>%Ln invitaciones exportadas como %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) exported as %1</source>
        <translation>
            <numerusform>%Ln evento exportado como %1</numerusform>
            <numerusform>%Ln eventos exportados como %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, from %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, desde el %2</translation>
    </message>
    <message>
        <source>%1, up to %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
    <message>
        <source>%1, of one invitation</source>
        <translation>%1, de una invitación</translation>
    </message>
    <message numerus="yes">
        <source>%1 locked after %n failed sign-in(s), until %2</source>
        <translation>
            <numerusform>%1 bloqueado tras %n inicio de sesión fallido, hasta el %2</numerusform>
            <numerusform>%1 bloqueado tras %n inicios de sesión fallidos, hasta el %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unlocked (was locked until %2)</source>
        <translation>%1 desbloqueado (estaba bloqueado hasta el %2)</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased from %Ln event(s)</source>
        <translation>
            <numerusform>Datos personales borrados de %Ln evento</numerusform>
            <numerusform>Datos personales borrados de %Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (through the API token %2)</source>
        <translation>%1 (mediante el token de API %2)</translation>
    </message>
    <message>
        <source>The server&apos;s reply: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1</source>
        <translation>Invitación enviada a %1</translation>
    </message>
    <message>
        <source>Invitation sent to %1; expires %2</source>
        <translation>Invitación enviada a %1; caduca el %2</translation>
    </message>
    <message>
        <source>Reminder sent to %1</source>
        <translation>Recordatorio enviado a %1</translation>
    </message>
    <message>
        <source>Reminder sent to %1; the invitation expires %2</source>
        <translation>Recordatorio enviado a %1; la invitación caduca el %2</translation>
    </message>
    <message>
        <source>Password reset e-mail sent to %1</source>
        <translation>Correo para restablecer la contraseña enviado a %1</translation>
    </message>
    <message>
        <source>E-mail sent to %1</source>
        <translation>Correo enviado a %1</translation>
    </message>
    <message>
        <source>The invitation to %1 could not be delivered</source>
        <translation>No se pudo entregar la invitación a %1</translation>
    </message>
    <message>
        <source>The reminder to %1 could not be delivered</source>
        <translation>No se pudo entregar el recordatorio a %1</translation>
    </message>
    <message>
        <source>The password reset e-mail to %1 could not be delivered</source>
        <translation>No se pudo entregar a %1 el correo para restablecer la contraseña</translation>
    </message>
    <message>
        <source>The e-mail to %1 could not be delivered</source>
        <translation>No se pudo entregar el correo a %1</translation>
    </message>
</context>
<context>
    <name>AuditKeyFile</name>
    <message>
        <source>No audit key file is named: set INVITEDESK_AUDIT_KEY or the setting audit/key_file.</source>
        <translation>No se indicó ningún archivo de clave de auditoría: defina INVITEDESK_AUDIT_KEY o el ajuste audit/key_file.</translation>
    </message>
    <message>
        <source>The audit key file %1 does not exist.</source>
        <translation>El archivo de clave de auditoría %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>No se puede leer el archivo de clave de auditoría %1: %2</translation>
    </message>
    <message>
        <source>The audit key file %1 holds no Ed25519 private key.</source>
        <translation>El archivo de clave de auditoría %1 no contiene ninguna clave privada Ed25519.</translation>
    </message>
    <message>
        <source>Cannot create the folder of the audit key file %1.</source>
        <translation>No se puede crear la carpeta del archivo de clave de auditoría %1.</translation>
    </message>
    <message>
        <source>Could not make an Ed25519 key.</source>
        <translation>No se pudo generar una clave Ed25519.</translation>
    </message>
    <message>
        <source>Cannot create the audit key file %1: %2</source>
        <translation>No se puede crear el archivo de clave de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the audit key file %1: %2</source>
        <translation>No se puede escribir el archivo de clave de auditoría %1: %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>Only an administrator may read or verify the audit log.</source>
        <translation>Solo un administrador puede leer o verificar el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only an administrator may sign an audit checkpoint.</source>
        <translation>Solo un administrador puede firmar un punto de control de auditoría.</translation>
    </message>
    <message>
        <source>Only an administrator may erase personal data from the audit log.</source>
        <translation>Solo un administrador puede borrar datos personales del registro de auditoría.</translation>
    </message>
    <message>
        <source>Give the e-mail address whose personal data to erase.</source>
        <translation>Indique la dirección de correo cuyos datos personales se deben borrar.</translation>
    </message>
    <message>
        <source>No audit event holds personal data of %1: nothing was erased.</source>
        <translation>Ningún evento de auditoría contiene datos personales de %1: no se borró nada.</translation>
    </message>
    <message>
        <source>%1 event(s) written before personal data was kept apart name it in their hashed details, which cannot change without breaking the chain.</source>
        <translation>%1 evento(s) escrito(s) antes de que los datos personales se guardaran aparte la nombran en sus detalles con hash, que no pueden cambiar sin romper la cadena.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>The e-mail or password is wrong.</source>
        <translation>El correo o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>The e-mail address is required.</source>
        <translation>La dirección de correo es obligatoria.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>La contraseña es obligatoria.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>Rol desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <source>Only an administrator may add users.</source>
        <translation>Solo un administrador puede añadir usuarios.</translation>
    </message>
    <message>
        <source>The database already has users: sign in as an administrator (--as).</source>
        <translation>La base de datos ya tiene usuarios: inicie sesión como administrador (--as).</translation>
    </message>
    <message>
        <source>The first user must be an admin.</source>
        <translation>El primer usuario debe ser un administrador.</translation>
    </message>
    <message>
        <source>No user %1 to be the upline.</source>
        <translation>No existe el usuario %1 para ser el superior.</translation>
    </message>
    <message>
        <source>This account has been deactivated; ask your upline or an administrator to reactivate it.</source>
        <translation>Esta cuenta ha sido desactivada; pida a su superior o a un administrador que la reactive.</translation>
    </message>
    <message>
        <source>This account is locked after %1 failed sign-ins in a row, until %2; an administrator can unlock it sooner.</source>
        <translation>Esta cuenta está bloqueada tras %1 inicios de sesión fallidos seguidos, hasta %2; un administrador puede desbloquearla antes.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins in a row: try again in %1 s.</source>
        <translation>Demasiados inicios de sesión fallidos seguidos: vuelva a intentarlo dentro de %1 s.</translation>
    </message>
</context>
<context>
    <name>DeliveryExplanation</name>
    <message>
        <source>This address does not exist: the receiving server has no mailbox by that name. Check the spelling and correct the address.</source>
        <translation>Esta dirección no existe: el servidor de destino no tiene ningún buzón con ese nombre. Revise cómo está escrita y corrija la dirección.</translation>
    </message>
    <message>
        <source>The receiving server refused it (a rule of theirs, such as a spam or sender policy). Sending it again will most likely be refused too.</source>
        <translation>El servidor de destino lo rechazó (una regla suya, como un filtro de spam o una política de remitentes). Si se envía de nuevo, lo más probable es que también lo rechace.</translation>
    </message>
    <message>
        <source>The receiving server refused it for good.</source>
        <translation>El servidor de destino lo rechazó definitivamente.</translation>
    </message>
    <message>
        <source>The receiving server refused it for now; trying again at %1.</source>
        <translation>El servidor de destino lo rechazó por ahora; se volverá a intentar a las %1.</translation>
    </message>
    <message>
        <source>The receiving server refused it for now; it will be tried again.</source>
        <translation>El servidor de destino lo rechazó por ahora; se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>DeliveryNotice</name>
    <message>
        <source>Test mode: e-mails are saved to a folder; links work only on this computer. Nothing reaches the people you invite.</source>
        <translation>Modo de prueba: los correos se guardan en una carpeta; los enlaces solo funcionan en este equipo. Nada llega a las personas que invita.</translation>
    </message>
    <message>
        <source>Test mode: e-mails are saved to a folder (%1) and not delivered.</source>
        <translation>Modo de prueba: los correos se guardan en una carpeta (%1) y no se entregan.</translation>
    </message>
    <message>
        <source>Links in e-mails point at this computer (%1): they work only here. Set the public URL in the settings.</source>
        <translation>Los enlaces de los correos apuntan a este equipo (%1): solo funcionan aquí. Configure la URL pública en los ajustes.</translation>
    </message>
</context>
<context>
    <name>DeliveryStates</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Saved, not delivered</source>
        <translation>Guardada, no entregada</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Pendiente de reintento</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Never delivered</source>
        <translation>Nunca entregada</translation>
    </message>
</context>
<context>
    <name>ImportRejectedRows</name>
    <message>
        <source>%1: %2</source>
        <comment>column: message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not listed: the check lists the first %1 problems; check the file again to see this row&apos;s</source>
        <translation>no listado: la comprobación lista los primeros %1 problemas; compruebe el archivo de nuevo para ver los de esta fila</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <source>the column &quot;%1&quot; appears twice (columns %2 and %3)</source>
        <translation>la columna «%1» aparece dos veces (columnas %2 y %3)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are: %2</source>
        <translation>columna desconocida «%1»; las columnas son: %2</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>falta la columna obligatoria «%1»</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>a value in column %1, which has no name in the header</source>
        <translation>un valor en la columna %1, que no tiene nombre en la cabecera</translation>
    </message>
    <message>
        <source>The expiry must be a whole number of days.</source>
        <translation>La caducidad debe ser un número entero de días.</translation>
    </message>
    <message>
        <source>same e-mail as row %1</source>
        <translation>mismo correo que la fila %1</translation>
    </message>
</context>
<context>
    <name>InvitationActionRules</name>
    <message>
        <source>Its e-mail could not be delivered, so it cannot be edited: correct the address and resend it instead.</source>
        <translation>Su correo no se pudo entregar, así que no se puede editar: corrija la dirección y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>It has expired, so it cannot be edited: resend it to open it again.</source>
        <translation>Ha caducado, así que no se puede editar: vuelva a enviarla para abrirla de nuevo.</translation>
    </message>
    <message>
        <source>It has been accepted: there is nothing left to edit.</source>
        <translation>Ya fue aceptada: no queda nada que editar.</translation>
    </message>
    <message>
        <source>It was cancelled: invite the person again instead.</source>
        <translation>Fue cancelada: invite de nuevo a la persona.</translation>
    </message>
    <message>
        <source>It has been accepted: the person already has an account.</source>
        <translation>Ya fue aceptada: la persona ya tiene una cuenta.</translation>
    </message>
    <message>
        <source>It was cancelled: its link stays dead; invite the person again instead.</source>
        <translation>Fue cancelada: su enlace ya no funciona; invite de nuevo a la persona.</translation>
    </message>
    <message>
        <source>It has expired already: its link no longer works.</source>
        <translation>Ya ha caducado: su enlace ya no funciona.</translation>
    </message>
    <message>
        <source>It has been accepted: deactivate the person&apos;s account instead.</source>
        <translation>Ya fue aceptada: desactive la cuenta de la persona.</translation>
    </message>
    <message>
        <source>It was cancelled already.</source>
        <translation>Ya fue cancelada.</translation>
    </message>
    <message>
        <source>Only an invitation whose e-mail could not be delivered can have its address corrected.</source>
        <translation>Solo se puede corregir la dirección de una invitación cuyo correo no se pudo entregar.</translation>
    </message>
    <message>
        <source>It is no longer open: resend it first, then share its new link.</source>
        <translation>Ya no está abierta: reenvíela primero y luego comparta su nuevo enlace.</translation>
    </message>
</context>
<context>
    <name>InvitationMailPreview</name>
    <message>
        <source>Choose what to invite them as.</source>
        <translation>Elija como qué invitar a la persona.</translation>
    </message>
</context>
<context>
    <name>InvitationPlanner</name>
    <message>
        <source>No user %1 to be the upline.</source>
        <translation>No existe el usuario %1 para ser el superior.</translation>
    </message>
    <message>
        <source>An account with the e-mail %1 already exists.</source>
        <translation>Ya existe una cuenta con el correo %1.</translation>
    </message>
    <message>
        <source>%1 already has an open invitation in this organisation; resend that one instead.</source>
        <translation>%1 ya tiene una invitación abierta en esta organización; reenvíe esa.</translation>
    </message>
    <message>
        <source>You have reached your organisation&apos;s limit of %1 invitations per day.</source>
        <translation>Ha alcanzado el límite de su organización de %1 invitaciones por día.</translation>
    </message>
</context>
<context>
    <name>InvitationService</name>
    <message>
        <source>No such invitation, or it is not one you may see.</source>
        <translation>La invitación no existe o usted no puede verla.</translation>
    </message>
    <message>
        <source>The organisation of this user is missing.</source>
        <translation>Falta la organización de este usuario.</translation>
    </message>
    <message>
        <source>The e-mail appears twice in this batch.</source>
        <translation>El correo aparece dos veces en este lote.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an invitation id.</source>
        <translation>«%1» no es un identificador de invitación.</translation>
    </message>
    <message>
        <source>Cannot %1 this invitation: it is already %2.</source>
        <translation>No se puede %1 esta invitación: ya está %2.</translation>
    </message>
    <message>
        <source>The invitation was changed by someone else at the same time; reload and try again.</source>
        <translation>Otra persona cambió la invitación al mismo tiempo; vuelva a cargarla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>editar</translation>
    </message>
    <message>
        <source>The expiry must be in the next 365 days.</source>
        <translation>La caducidad debe estar dentro de los próximos 365 días.</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>El motivo tiene más de 500 caracteres.</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancelar</translation>
    </message>
    <message>
        <source>resend</source>
        <translation>reenviar</translation>
    </message>
    <message>
        <source>The id is listed twice.</source>
        <translation>El identificador aparece dos veces.</translation>
    </message>
    <message>
        <source>Cannot mark a savepoint.</source>
        <translation>No se puede marcar un punto de guardado.</translation>
    </message>
    <message>
        <source>The member id is not valid.</source>
        <translation>El identificador del miembro no es válido.</translation>
    </message>
    <message>
        <source>That user is not in your downline.</source>
        <translation>Ese usuario no está en su red.</translation>
    </message>
    <message>
        <source>The limit must be 0 (all) or more.</source>
        <translation>El límite debe ser 0 (todas) o más.</translation>
    </message>
    <message>
        <source>The inviter id is not valid.</source>
        <translation>El identificador de quien invita no es válido.</translation>
    </message>
    <message>
        <source>The page position is not valid.</source>
        <translation>La posición de la página no es válida.</translation>
    </message>
    <message>
        <source>Only an invitation whose e-mail could not be delivered can have its address corrected; it is %1.</source>
        <translation>Solo se puede corregir la dirección de una invitación cuyo correo no se pudo entregar; su estado es %1.</translation>
    </message>
    <message>
        <source>This is the address that could not be delivered to.</source>
        <translation>Esta es la dirección a la que no se pudo entregar.</translation>
    </message>
    <message>
        <source>The date range must end after it starts.</source>
        <translation>El intervalo de fechas debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Only an open invitation can have a link shared; this one is %1. Resend it first.</source>
        <translation>Solo se puede compartir un enlace de una invitación abierta; esta está %1. Reenvíela primero.</translation>
    </message>
    <message>
        <source>The random generator failed: no link could be made.</source>
        <translation>Falló el generador aleatorio: no se pudo crear ningún enlace.</translation>
    </message>
    <message>
        <source>The invitation id is not valid.</source>
        <translation>El identificador de la invitación no es válido.</translation>
    </message>
    <message>
        <source>The count&apos;s bound must be 0 (none) or more.</source>
        <translation>El límite del recuento debe ser 0 (ninguno) o más.</translation>
    </message>
    <message>
        <source>The number of inviters must be 0 (all) or more.</source>
        <translation>El número de personas que invitan debe ser 0 (todas) o más.</translation>
    </message>
</context>
<context>
    <name>InvitationValidator</name>
    <message>
        <source>The e-mail address is required.</source>
        <translation>La dirección de correo es obligatoria.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>«%1» no es una dirección de correo válida.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <translation>El %1 es obligatorio.</translation>
    </message>
    <message>
        <source>The %1 is longer than 100 characters.</source>
        <translation>El %1 tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>El %1 contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The message is longer than 2,000 characters.</source>
        <translation>El mensaje tiene más de 2.000 caracteres.</translation>
    </message>
    <message>
        <source>The NPI must be 10 digits with a valid check digit.</source>
        <translation>El NPI debe tener 10 dígitos con un dígito de control válido.</translation>
    </message>
    <message>
        <source>The %1 must be at most 200 plain characters.</source>
        <translation>El campo %1 debe tener como máximo 200 caracteres de texto.</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>specialty</source>
        <translation>especialidad</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territorio</translation>
    </message>
    <message>
        <source>practice name</source>
        <translation>nombre del consultorio</translation>
    </message>
    <message>
        <source>company name</source>
        <translation>nombre de la empresa</translation>
    </message>
    <message>
        <source>A %1 invitation has no %2; leave it empty.</source>
        <translation>Una invitación de %1 no tiene %2; déjelo vacío.</translation>
    </message>
    <message>
        <source>The language must be &quot;en&quot; or &quot;es&quot;.</source>
        <translation>El idioma debe ser «en» o «es».</translation>
    </message>
    <message>
        <source>The expiry must be between 1 and 365 days.</source>
        <translation>La caducidad debe estar entre 1 y 365 días.</translation>
    </message>
    <message>
        <source>The invitation type is required.</source>
        <translation>El tipo de invitación es obligatorio.</translation>
    </message>
    <message>
        <source>Unknown invitation type &quot;%1&quot;; use one of: %2.</source>
        <translation>Tipo de invitación desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <source>The upline id is not valid.</source>
        <translation>El identificador del superior no es válido.</translation>
    </message>
</context>
<context>
    <name>InvitePolicy</name>
    <message>
        <source>A %1 may not invite a %2.</source>
        <translation>Un %1 no puede invitar a un %2.</translation>
    </message>
    <message>
        <source>Your account is not linked to a doctor; ask an administrator.</source>
        <translation>Su cuenta no está vinculada a un médico; consulte a un administrador.</translation>
    </message>
    <message>
        <source>A %1 may not choose the upline of a %2.</source>
        <translation>Un %1 no puede elegir el superior de un %2.</translation>
    </message>
    <message>
        <source>%1 is not in your downline.</source>
        <translation>%1 no está en su red.</translation>
    </message>
    <message>
        <source>A %1 cannot be the upline of a %2.</source>
        <translation>Un %1 no puede ser el superior de un %2.</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>Only an administrator may see or change the organisation&apos;s settings.</source>
        <translation>Solo un administrador puede ver o cambiar la configuración de la organización.</translation>
    </message>
    <message>
        <source>Your organisation is missing.</source>
        <translation>Falta su organización.</translation>
    </message>
</context>
<context>
    <name>OrganizationSettings</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>base URL of every invitation link, for the whole platform (https://...); overrides each desk&apos;s own, INVITEDESK_PUBLIC_URL and --public-url; &quot;&quot; removes it</source>
        <translation>URL base de cada enlace de invitación, para toda la plataforma (https://...); sustituye la de cada puesto, INVITEDESK_PUBLIC_URL y --public-url; &quot;&quot; la quita</translation>
    </message>
    <message>
        <source>name shown in e-mails and on the acceptance page; &quot;&quot; uses the organisation&apos;s name</source>
        <translation>nombre que se muestra en los correos y en la página de aceptación; &quot;&quot; usa el nombre de la organización</translation>
    </message>
    <message>
        <source>colour of e-mails and the acceptance page, #rrggbb; &quot;&quot; for the default</source>
        <translation>color de los correos y de la página de aceptación, #rrggbb; &quot;&quot; para el predeterminado</translation>
    </message>
    <message>
        <source>address of the logo in e-mails (https://...); &quot;&quot; for none</source>
        <translation>dirección del logotipo en los correos (https://...); &quot;&quot; para ninguno</translation>
    </message>
    <message>
        <source>Reply-To of invitation e-mails (addr@host or &quot;Name &lt;addr@host&gt;&quot;); &quot;&quot; for none</source>
        <translation>Reply-To de los correos de invitación (dir@host o &quot;Nombre &lt;dir@host&gt;&quot;); &quot;&quot; para ninguno</translation>
    </message>
    <message>
        <source>From of invitation e-mails (addr@host or &quot;Name &lt;addr@host&gt;&quot;); &quot;&quot; for the deployment&apos;s default</source>
        <translation>From de los correos de invitación (dir@host o &quot;Nombre &lt;dir@host&gt;&quot;); &quot;&quot; para el predeterminado de la instalación</translation>
    </message>
    <message>
        <source>days a new invitation stays open, 1 to 365</source>
        <translation>días que una invitación nueva sigue abierta, de 1 a 365</translation>
    </message>
    <message>
        <source>invitations each inviter (not admins) may create per day, 1 to 100000; &quot;&quot; or off for no limit</source>
        <translation>invitaciones que cada invitador (no los administradores) puede crear al día, de 1 a 100000; &quot;&quot; u off para no limitar</translation>
    </message>
    <message>
        <source>whether open invitations get reminder e-mails: on or off</source>
        <translation>si las invitaciones abiertas reciben recordatorios: on u off</translation>
    </message>
    <message>
        <source>days after sending for the first reminder, 1 to 365</source>
        <translation>días tras el envío para el primer recordatorio, de 1 a 365</translation>
    </message>
    <message>
        <source>days before expiry for the last reminder, 1 to 365</source>
        <translation>días antes de la caducidad para el último recordatorio, de 1 a 365</translation>
    </message>
    <message>
        <source>public-url must be an http:// or https:// address with a host and no query or #fragment, like https://invite.example.com.</source>
        <translation>public-url debe ser una dirección http:// o https:// con un host y sin consulta ni #fragmento, como https://invite.example.com.</translation>
    </message>
    <message>
        <source>logo-url must be an http:// or https:// address with a host, like https://example.com/logo.png.</source>
        <translation>logo-url debe ser una dirección http:// o https:// con un host, como https://example.com/logo.png.</translation>
    </message>
    <message>
        <source>display-name must be at most 100 plain characters.</source>
        <translation>display-name debe tener como máximo 100 caracteres simples.</translation>
    </message>
    <message>
        <source>brand-color must be # and six hexadecimal digits, like #0a6ebd.</source>
        <translation>brand-color debe ser # y seis dígitos hexadecimales, como #0a6ebd.</translation>
    </message>
    <message>
        <source>%1 must be an e-mail address, like invites@example.com or &quot;Acme &lt;invites@example.com&gt;&quot;.</source>
        <translation>%1 debe ser una dirección de correo, como invites@example.com o &quot;Acme &lt;invites@example.com&gt;&quot;.</translation>
    </message>
    <message>
        <source>daily-invite-quota must be a whole number from 1 to 100000, or off (or &quot;&quot;) for no limit.</source>
        <translation>daily-invite-quota debe ser un número entero de 1 a 100000, u off (o &quot;&quot;) para no limitar.</translation>
    </message>
    <message>
        <source>reminders must be on or off.</source>
        <translation>reminders debe ser on u off.</translation>
    </message>
    <message>
        <source>%1 cannot be cleared; give a number of days.</source>
        <translation>%1 no se puede vaciar; indique un número de días.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; the settings are: %2.</source>
        <translation>Ajuste desconocido «%1»; los ajustes son: %2.</translation>
    </message>
    <message>
        <source>minutes without input after which the desk locks and asks for the password again, 1 to 1440; 0 or off never locks (default 15)</source>
        <translation>minutos sin actividad tras los que el escritorio se bloquea y vuelve a pedir la contraseña, de 1 a 1440; 0 u off no lo bloquea nunca (15 por omisión)</translation>
    </message>
    <message>
        <source>idle-lock-minutes cannot be cleared; give a number of minutes, or 0 (off) for no idle lock.</source>
        <translation>idle-lock-minutes no se puede vaciar; indique un número de minutos, o 0 (off) para no bloquear por inactividad.</translation>
    </message>
    <message>
        <source>idle-lock-minutes must be a whole number of minutes from 0 (off) to %1.</source>
        <translation>idle-lock-minutes debe ser un número entero de minutos de 0 (off) a %1.</translation>
    </message>
    <message>
        <source>language of invitation e-mails when the inviter picks none, en or es; &quot;&quot; for the deployment&apos;s default</source>
        <translation>idioma de los correos de invitación cuando quien invita no elige ninguno, en o es; &quot;&quot; para el predeterminado de la instalación</translation>
    </message>
    <message>
        <source>default-language must be en or es, or &quot;&quot; for the deployment&apos;s default.</source>
        <translation>default-language debe ser en o es, o &quot;&quot; para el predeterminado de la instalación.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Don&apos;t use your e-mail address or its part before the @.</source>
        <translation>No use su dirección de correo ni la parte anterior a la @.</translation>
    </message>
    <message>
        <source>This password is too common and easy to guess. Choose another one.</source>
        <translation>Esta contraseña es demasiado común y fácil de adivinar. Elija otra.</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Not your e-mail address or its part before the @.</source>
        <translation>Ni su dirección de correo ni la parte anterior a la @.</translation>
    </message>
    <message>
        <source>Not a commonly used password.</source>
        <translation>Que no sea una contraseña de uso común.</translation>
    </message>
</context>
<context>
    <name>PasswordResetService</name>
    <message>
        <source>This link has expired: a reset link works for %1 hours. Ask %2 to send you a new one.</source>
        <translation>Este enlace ha caducado: un enlace de restablecimiento funciona durante %1 horas. Pida a %2 que le envíe uno nuevo.</translation>
    </message>
    <message>
        <source>This link has already been used to set a password. Sign in with that password, or ask %1 to send you a new link.</source>
        <translation>Este enlace ya se ha usado para establecer una contraseña. Inicie sesión con esa contraseña o pida a %1 que le envíe un enlace nuevo.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer e-mail. Open the link in the most recent e-mail from %1.</source>
        <translation>Este enlace fue sustituido por un correo más reciente. Abra el enlace del correo más reciente de %1.</translation>
    </message>
    <message>
        <source>Your account has been deactivated, so no password can be set. Ask %1 to reactivate it.</source>
        <translation>Su cuenta ha sido desactivada, por lo que no se puede establecer ninguna contraseña. Pida a %1 que la reactive.</translation>
    </message>
    <message>
        <source>This password reset link is not valid. Check that you opened the whole link from the e-mail.</source>
        <translation>Este enlace de restablecimiento de contraseña no es válido. Compruebe que abrió el enlace completo del correo.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>No se pudo procesar la contraseña.</translation>
    </message>
    <message>
        <source>This link changed a moment ago. Open it again and retry.</source>
        <translation>Este enlace cambió hace un momento. Ábralo de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Esta cuenta ya no existe.</translation>
    </message>
</context>
<context>
    <name>PeoplePolicy</name>
    <message>
        <source>A %1 may not deactivate a %2.</source>
        <translation>Un %1 no puede desactivar a un %2.</translation>
    </message>
    <message>
        <source>A %1 may not reactivate a %2.</source>
        <translation>Un %1 no puede reactivar a un %2.</translation>
    </message>
    <message>
        <source>A %1 may not move a %2.</source>
        <translation>Un %1 no puede mover a un %2.</translation>
    </message>
    <message>
        <source>A %1 may not reset the password of a %2.</source>
        <translation>Un %1 no puede restablecer la contraseña de un %2.</translation>
    </message>
    <message>
        <source>A %1 may not change the account of a %2.</source>
        <translation>Un %1 no puede cambiar la cuenta de un %2.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>You cannot reactivate your own account.</source>
        <translation>No puede reactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>You cannot move your own account; ask your upline.</source>
        <translation>No puede mover su propia cuenta; pídaselo a su superior.</translation>
    </message>
    <message>
        <source>You cannot send yourself a reset link; change your password instead.</source>
        <translation>No puede enviarse un enlace de restablecimiento; cambie su contraseña.</translation>
    </message>
    <message>
        <source>No user %1 among the people you may see.</source>
        <translation>No hay ningún usuario %1 entre las personas que puede ver.</translation>
    </message>
    <message>
        <source>You may change only your own password; send %1 a reset link instead.</source>
        <translation>Solo puede cambiar su propia contraseña; envíe a %1 un enlace de restablecimiento.</translation>
    </message>
    <message>
        <source>%1 is not in your downline.</source>
        <translation>%1 no está en su red.</translation>
    </message>
    <message>
        <source>A person cannot be their own upline.</source>
        <translation>Una persona no puede ser su propio superior.</translation>
    </message>
    <message>
        <source>%1 is already the upline of %2.</source>
        <translation>%1 ya es el superior de %2.</translation>
    </message>
    <message>
        <source>%1 is in the downline of %2: the move would make a cycle.</source>
        <translation>%1 está en la red de %2: el cambio crearía un ciclo.</translation>
    </message>
    <message>
        <source>A %1 cannot be the upline of a %2.</source>
        <translation>Un %1 no puede ser el superior de un %2.</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot be an upline.</source>
        <translation>%1 está desactivado y no puede ser superior.</translation>
    </message>
    <message>
        <source>%1 is deactivated: reactivate the account before sending a reset link.</source>
        <translation>%1 está desactivado: reactive la cuenta antes de enviar un enlace de restablecimiento.</translation>
    </message>
    <message>
        <source>A %1 may not unlock a %2.</source>
        <translation>Un %1 no puede desbloquear a un %2.</translation>
    </message>
    <message>
        <source>You cannot unlock your own account; ask an administrator.</source>
        <translation>No puede desbloquear su propia cuenta; pídaselo a un administrador.</translation>
    </message>
</context>
<context>
    <name>PeopleService</name>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Su cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Su cuenta ha sido desactivada.</translation>
    </message>
    <message>
        <source>The new upline is required.</source>
        <translation>El nuevo superior es obligatorio.</translation>
    </message>
    <message>
        <source>Name the person (e-mail or id).</source>
        <translation>Indique la persona (correo o id).</translation>
    </message>
    <message>
        <source>No user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>Rol desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <source>The limit cannot be negative.</source>
        <translation>El límite no puede ser negativo.</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>El motivo es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ya está activo.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>%1 ya está desactivado.</translation>
    </message>
    <message>
        <source>%1 was changed meanwhile; look again and retry.</source>
        <translation>%1 se modificó mientras tanto; vuelva a mirar e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>You may change only your own password.</source>
        <translation>Solo puede cambiar su propia contraseña.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>El límite debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>%1 is not locked: they may sign in.</source>
        <translation>%1 no está bloqueado: puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>en %n minuto</numerusform>
            <numerusform>en %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>en %n hora</numerusform>
            <numerusform>en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Sales representative</source>
        <translation>Representante de ventas</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Master distributor</source>
        <translation>Distribuidor maestro</translation>
    </message>
    <message>
        <source>Office admin</source>
        <translation>Administrador de consultorio</translation>
    </message>
    <message>
        <source>Medical staff</source>
        <translation>Personal médico</translation>
    </message>
    <message>
        <source>IVR company</source>
        <translation>Empresa IVR</translation>
    </message>
    <message>
        <source>Shipping logistics</source>
        <translation>Logística de envíos</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>CHP admin</source>
        <translation>Administrador CHP</translation>
    </message>
</context>
<context>
    <name>StatisticsRange</name>
    <message>
        <source>Give a date as YYYY-MM-DD.</source>
        <translation>Indique una fecha como AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Of the previous step</source>
        <translation>Del paso anterior</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>Semana que empieza</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>Quien invita</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregadas</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Accepted among the invitations whose e-mail reached the invitee.</source>
        <translation>Aceptadas entre las invitaciones cuyo correo llegó a la persona invitada.</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>En espera de aceptación</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>invitedesk</name>
    <message>
        <source>The API token is not valid, or it has expired or been revoked.</source>
        <translation>El token de API no es válido, o ha caducado o ha sido revocado.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ApiIdempotencyService</name>
    <message>
        <source>The Idempotency-Key must be 1 to 255 printable ASCII characters without spaces.</source>
        <translation>La Idempotency-Key debe tener de 1 a 255 caracteres ASCII imprimibles, sin espacios.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ApiTokenService</name>
    <message>
        <source>Give the token a name.</source>
        <translation>Dé un nombre al token.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The name may not hold control characters.</source>
        <translation>El nombre no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The expiry must be 1 to %1 days.</source>
        <translation>La caducidad debe ser de 1 a %1 días.</translation>
    </message>
    <message>
        <source>No token could be generated.</source>
        <translation>No se pudo generar ningún token.</translation>
    </message>
    <message>
        <source>Name the token to revoke.</source>
        <translation>Indique el token que desea revocar.</translation>
    </message>
    <message>
        <source>You have no live token named &quot;%1&quot;.</source>
        <translation>No tiene ningún token vigente llamado «%1».</translation>
    </message>
    <message>
        <source>The token was revoked meanwhile.</source>
        <translation>El token fue revocado mientras tanto.</translation>
    </message>
    <message>
        <source>This API token is read-only: it may not change anything.</source>
        <translation>Este token de API es de solo lectura: no puede cambiar nada.</translation>
    </message>
</context>
<context>
    <name>invitedesk::invitation_filters</name>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of: %2.</source>
        <translation>Estado desconocido «%1»; use uno de: %2.</translation>
    </message>
    <message>
        <source>Unknown invitation type &quot;%1&quot;; use one of: %2.</source>
        <translation>Tipo de invitación desconocido «%1»; use uno de: %2.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ApiTokensSettingsTab</name>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>El token está en el portapapeles.</translation>
    </message>
    <message>
        <source>Sign in to see and create your API tokens.</source>
        <translation>Inicie sesión para ver y crear sus tokens de API.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Your API tokens could not be read: %1</source>
        <translation>No se pudieron leer sus tokens de API: %1</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>expires</comment>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lectura y escritura</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>No token was created: %1</source>
        <translation>No se creó ningún token: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; created. Copy it now: it will not be shown again.</source>
        <translation>Token «%1» creado. Cópielo ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>Revoke API token</source>
        <translation>Revocar token de API</translation>
    </message>
    <message>
        <source>Revoke the token &quot;%1&quot;? Every system that uses it will be refused from now on. This cannot be undone.</source>
        <translation>¿Revocar el token «%1»? Todo sistema que lo use será rechazado a partir de ahora. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>The token was not revoked: %1</source>
        <translation>El token no se revocó: %1</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; revoked.</source>
        <translation>Token «%1» revocado.</translation>
    </message>
    <message>
        <source>A personal API token lets another system (a CRM, a script) use InviteDesk&apos;s integration API as you, with your permissions. Send it as &quot;Authorization: Bearer …&quot;.</source>
        <translation>Un token de API personal permite que otro sistema (un CRM, un script) use la API de integración de InviteDesk en su nombre, con sus permisos. Envíelo como «Authorization: Bearer …».</translation>
    </message>
    <message>
        <source>&amp;Your tokens:</source>
        <translation>&amp;Sus tokens:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>State</source>
        <comment>token</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Token nuevo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>Ca&amp;duca en:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Read-on&amp;ly: may list and read invitations, not change them</source>
        <translation>Solo &amp;lectura: puede listar y leer invitaciones, no cambiarlas</translation>
    </message>
    <message>
        <source>&amp;Create token</source>
        <translation>Cr&amp;ear token</translation>
    </message>
    <message>
        <source>Copy your new token now and keep it somewhere safe. It will not be shown again: InviteDesk keeps only a fingerprint of it.</source>
        <translation>Copie ahora su token nuevo y guárdelo en un lugar seguro. No se volverá a mostrar: InviteDesk solo guarda una huella de él.</translation>
    </message>
    <message>
        <source>New &amp;token:</source>
        <translation>&amp;Token nuevo:</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Revoke the selected token</source>
        <translation>Revocar el token seleccionado</translation>
    </message>
    <message>
        <source>Copy the new token</source>
        <translation>Copiar el token nuevo</translation>
    </message>
    <message>
        <source>&quot;Never&quot; makes a token that works until it is revoked.</source>
        <translation>«Nunca» crea un token que funciona hasta que se revoca.</translation>
    </message>
    <message>
        <source>Not yet</source>
        <comment>used</comment>
        <translation>Aún no</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AttentionPage</name>
    <message>
        <source>Invitations whose e-mail bounced, that expire within 48 hours without being accepted, or that expired without ever being delivered. Each row&apos;s button fixes it; Enter does the same for the selected row.</source>
        <translation>Invitaciones cuyo correo rebotó, que caducan en menos de 48 horas sin haberse aceptado o que caducaron sin llegar a entregarse. El botón de cada fila lo soluciona; Intro hace lo mismo con la fila seleccionada.</translation>
    </message>
    <message>
        <source>Invitations that need attention</source>
        <translation>Invitaciones que requieren atención</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln</source>
        <translation>
            <numerusform>Se muestran %1 de %Ln</numerusform>
            <numerusform>Se muestran %1 de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitación</numerusform>
            <numerusform>%Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation>No se pudo cargar la lista</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Pulse F5 para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Nada requiere atención</translation>
    </message>
    <message>
        <source>Bounced e-mails, invitations about to expire and those never delivered appear here.</source>
        <translation>Aquí aparecen los correos rebotados, las invitaciones a punto de caducar y las que nunca se entregaron.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Load the next invitations that need attention</source>
        <translation>Cargar las siguientes invitaciones que requieren atención</translation>
    </message>
    <message>
        <source>Showing %1 of %L2+</source>
        <translation>Se muestran %1 de %L2+</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AttentionTableModel</name>
    <message>
        <source>Last error from the mail server:
%1</source>
        <translation>Último error del servidor de correo:
%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Needs attention because</source>
        <translation>Requiere atención porque</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditPage</name>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>S&amp;ince</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the events that match the filters as CSV</source>
        <translation>Guardar como CSV los eventos que cumplen los filtros</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln evento a %1.</numerusform>
            <numerusform>Se exportaron %Ln eventos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Chec&amp;k that the log has not been altered</source>
        <translation>Com&amp;probar que el registro no se ha alterado</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s fingerprint, which shows whether any event was changed or removed since it was written</source>
        <translation>Vuelve a calcular la huella de cada evento, lo que muestra si alguno se ha cambiado o eliminado desde que se escribió</translation>
    </message>
    <message>
        <source>Checking the log…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <source>The log could not be checked: %1</source>
        <translation>No se pudo comprobar el registro: %1</translation>
    </message>
    <message>
        <source>The log has not been altered: %1 events checked, none changed or missing.</source>
        <translation>El registro no se ha alterado: %1 eventos comprobados, ninguno cambiado ni ausente.</translation>
    </message>
    <message>
        <source>The log has been altered at event %1: %2</source>
        <translation>El registro se ha alterado en el evento %1: %2</translation>
    </message>
    <message>
        <source>Invitee&apos;s name or e-mail, or invitation id</source>
        <translation>Nombre o correo del invitado, o id de la invitación</translation>
    </message>
    <message>
        <source>Search by invitee</source>
        <translation>Buscar por invitado</translation>
    </message>
    <message>
        <source>No events match these filters</source>
        <translation>Ningún evento coincide con estos filtros</translation>
    </message>
    <message>
        <source>Change the search, the event type or the date.</source>
        <translation>Cambie la búsqueda, el tipo de evento o la fecha.</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Todavía no hay eventos</translation>
    </message>
    <message>
        <source>Every change to an invitation or a person is recorded here.</source>
        <translation>Aquí se registra cada cambio en una invitación o una persona.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::AuditTableModel</name>
    <message>
        <source>Invitation created</source>
        <translation>Invitación creada</translation>
    </message>
    <message>
        <source>Invitation changed</source>
        <translation>Invitación modificada</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Invitación cancelada</translation>
    </message>
    <message>
        <source>Invitation resent</source>
        <translation>Invitación reenviada</translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation>Invitación caducada</translation>
    </message>
    <message>
        <source>Invitation opened</source>
        <translation>Invitación abierta</translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation>Invitación aceptada</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>E-mail deferred</source>
        <translation>Correo aplazado</translation>
    </message>
    <message>
        <source>E-mail failed</source>
        <translation>Correo fallido</translation>
    </message>
    <message>
        <source>Reminder queued</source>
        <translation>Recordatorio en cola</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>Recordatorio enviado</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>Organisation setting changed</source>
        <translation>Ajuste de la organización cambiado</translation>
    </message>
    <message>
        <source>Public link address changed</source>
        <translation>Dirección pública de enlaces cambiada</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>API token created</source>
        <translation>Token de API creado</translation>
    </message>
    <message>
        <source>API token revoked</source>
        <translation>Token de API revocado</translation>
    </message>
    <message>
        <source>User deactivated</source>
        <translation>Usuario desactivado</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>Usuario reactivado</translation>
    </message>
    <message>
        <source>User moved to another upline</source>
        <translation>Usuario movido a otro superior</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset e-mail requested</source>
        <translation>Correo de restablecimiento de contraseña solicitado</translation>
    </message>
    <message>
        <source>Password set through a reset link</source>
        <translation>Contraseña establecida con un enlace de restablecimiento</translation>
    </message>
    <message>
        <source>Invitation details viewed</source>
        <translation>Detalles de la invitación consultados</translation>
    </message>
    <message>
        <source>Invitations exported</source>
        <translation>Invitaciones exportadas</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Registro de auditoría exportado</translation>
    </message>
    <message>
        <source>Account locked after failed sign-ins</source>
        <translation>Cuenta bloqueada tras inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Cuenta desbloqueada</translation>
    </message>
    <message>
        <source>Personal data erased from the audit log</source>
        <translation>Datos personales borrados del registro de auditoría</translation>
    </message>
    <message>
        <source>(invitation removed)</source>
        <translation>(invitación eliminada)</translation>
    </message>
    <message>
        <source>%1
Invitation %2</source>
        <translation>%1
Invitación %2</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <source>Invitation link made to share</source>
        <translation>Enlace de invitación creado para compartir</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::BackgroundServices</name>
    <message>
        <source>Mail is waiting: %1</source>
        <translation>El correo está en espera: %1</translation>
    </message>
    <message>
        <source>Mail is sent by the InviteDesk server, not by this desk.</source>
        <translation>El correo lo envía el servidor de InviteDesk, no este equipo.</translation>
    </message>
    <message>
        <source>Invitation links cannot be answered from this computer: %1</source>
        <translation>Los enlaces de invitación no se pueden atender desde este equipo: %1</translation>
    </message>
    <message>
        <source>InviteDesk test message</source>
        <translation>Mensaje de prueba de InviteDesk</translation>
    </message>
    <message>
        <source>This message was sent from the InviteDesk settings to check the mail transport. No action is needed.</source>
        <translation>Este mensaje se envió desde la configuración de InviteDesk para comprobar el transporte de correo. No hace falta hacer nada.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::BulkActionRunner</name>
    <message>
        <source>Cancelling invitations</source>
        <translation>Cancelando invitaciones</translation>
    </message>
    <message>
        <source>Resending invitations</source>
        <translation>Reenviando invitaciones</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %1 of %n invitation(s)…</source>
        <translation>
            <numerusform>Cancelando %1 de %n invitación…</numerusform>
            <numerusform>Cancelando %1 de %n invitaciones…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resending %1 of %n invitation(s)…</source>
        <translation>
            <numerusform>Reenviando %1 de %n invitación…</numerusform>
            <numerusform>Reenviando %1 de %n invitaciones…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CancelReasonDialog</name>
    <message numerus="yes">
        <source>Cancel %n invitation(s)? Their links stop working at once. Why?</source>
        <translation>
            <numerusform>¿Cancelar %n invitación? Su enlace deja de funcionar de inmediato. ¿Por qué?</numerusform>
            <numerusform>¿Cancelar %n invitaciones? Sus enlaces dejan de funcionar de inmediato. ¿Por qué?</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the wrong address</source>
        <translation>Enviada a una dirección equivocada</translation>
    </message>
    <message>
        <source>Duplicate invitation</source>
        <translation>Invitación duplicada</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no es necesaria</translation>
    </message>
    <message>
        <source>Requested by the invitee</source>
        <translation>A petición de la persona invitada</translation>
    </message>
    <message>
        <source>Type or pick a reason</source>
        <translation>Escriba o elija un motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitation(s)</source>
        <translation>
            <numerusform>Cancelar %n invitación</numerusform>
            <numerusform>Cancelar %n invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason (up to 500 characters).</source>
        <translation>Indique un motivo (hasta 500 caracteres).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Keep %n invitation(s)</source>
        <translation>
            <numerusform>&amp;Conservar %n invitación</numerusform>
            <numerusform>&amp;Conservar %n invitaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CancellableFile</name>
    <message>
        <source>Stopped at the user&apos;s request.</source>
        <translation>Detenido a petición del usuario.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Signed in as %1. The new password:</source>
        <translation>Sesión iniciada como %1. La nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>Con&amp;firme la nueva contraseña:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Confirme la nueva contraseña</translation>
    </message>
    <message>
        <source>Changing your password</source>
        <translation>Cambiando su contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas nuevas no coinciden; escriba la misma dos veces.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::CorrectAddressDialog</name>
    <message>
        <source>Correct the address and resend</source>
        <translation>Corregir la dirección y reenviar</translation>
    </message>
    <message>
        <source>The invitation to %1 could not be delivered. Type the right address: the invitation goes to it with a new link.</source>
        <translation>La invitación a %1 no se pudo entregar. Escriba la dirección correcta: la invitación se enviará a ella con un enlace nuevo.</translation>
    </message>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (El servidor respondió: %2)</translation>
    </message>
    <message>
        <source>Corrected e-mail</source>
        <translation>Correo corregido</translation>
    </message>
    <message>
        <source>Correct and &amp;resend</source>
        <translation>Corregir y &amp;reenviar</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Type the corrected address: this is the one that could not be delivered to.</source>
        <translation>Escriba la dirección corregida: esta es la que no se pudo entregar.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DatabaseSettingsTab</name>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite)</source>
        <translation>Bases de datos SQLite (*.db *.sqlite)</translation>
    </message>
    <message>
        <source>&amp;SQLite file (one desk)</source>
        <translation>Archivo &amp;SQLite (un puesto)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL server (a team)</source>
        <translation>Servidor Postgre&amp;SQL (un equipo)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;TLS (sslmode):</source>
        <translation>&amp;TLS (sslmode):</translation>
    </message>
    <message>
        <source>driver default</source>
        <translation>predeterminado del controlador</translation>
    </message>
    <message>
        <source>Remove the stored password from the keychain</source>
        <translation>Quitar la contraseña guardada del llavero</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración. Déjela vacía para conservar la guardada.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>A new database location is used the next time InviteDesk starts.</source>
        <translation>Una nueva ubicación de la base de datos se usa la próxima vez que se inicie InviteDesk.</translation>
    </message>
    <message>
        <source>Enter the PostgreSQL server&apos;s host name.</source>
        <translation>Escriba el nombre del servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Choose a database file.</source>
        <translation>Elija un archivo de base de datos.</translation>
    </message>
    <message>
        <source>The file does not exist yet: InviteDesk creates it on the next start.</source>
        <translation>El archivo aún no existe: InviteDesk lo crea en el próximo inicio.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Connected. The database is empty; InviteDesk sets it up on start (PostgreSQL: run &quot;invitedesk migrate&quot; first).</source>
        <translation>Conectado. La base de datos está vacía; InviteDesk la prepara al iniciar (PostgreSQL: ejecute antes «invitedesk migrate»).</translation>
    </message>
    <message>
        <source>Connected. The schema is at version %1 of %2: run &quot;invitedesk migrate&quot;.</source>
        <translation>Conectado. El esquema está en la versión %1 de %2: ejecute «invitedesk migrate».</translation>
    </message>
    <message>
        <source>Connected, but the database (version %1) is newer than this program (version %2). Update InviteDesk.</source>
        <translation>Conectado, pero la base de datos (versión %1) es más reciente que este programa (versión %2). Actualice InviteDesk.</translation>
    </message>
    <message>
        <source>Connected. The schema is up to date (version %1).</source>
        <translation>Conectado. El esquema está al día (versión %1).</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DeactivateDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deactivate an account</source>
        <translation>Desactivar una cuenta</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>¿Desactivar a %1?</translation>
    </message>
    <message>
        <source>They will no longer be able to sign in. Their open invitations stay open, and the people below them stay in place. You can reactivate the account later.</source>
        <translation>Ya no podrá iniciar sesión. Sus invitaciones abiertas siguen abiertas y las personas de su red siguen en su sitio. Puede reactivar la cuenta más adelante.</translation>
    </message>
    <message>
        <source>&amp;Reason (optional, kept in the audit log):</source>
        <translation>&amp;Motivo (opcional, se guarda en el registro de auditoría):</translation>
    </message>
    <message>
        <source>For example: left the practice</source>
        <translation>Por ejemplo: dejó la consulta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation>Desactivando</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Keep active</source>
        <translation>Mantener activa</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DeliveryBanner</name>
    <message>
        <source>Delivery notice</source>
        <translation>Aviso de entrega</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::DesktopController</name>
    <message>
        <source>InviteDesk</source>
        <translation>InviteDesk</translation>
    </message>
    <message>
        <source>InviteDesk cannot open its database.</source>
        <translation>InviteDesk no puede abrir su base de datos.</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Demo data is ready. Sign in as %1 with the password in INVITEDESK_DEMO_PASSWORD.</source>
        <translation>Los datos de demostración están listos. Inicie sesión como %1 con la contraseña de INVITEDESK_DEMO_PASSWORD.</translation>
    </message>
    <message>
        <source>Demo data is ready. Sign in as %1 with the password %2.</source>
        <translation>Los datos de demostración están listos. Inicie sesión como %1 con la contraseña %2.</translation>
    </message>
    <message>
        <source>Mail: %1 sent, %2 to retry, %3 failed.</source>
        <translation>Correo: %1 enviados, %2 por reintentar, %3 fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n new invitation(s) from other desks: press F5 to show them.</source>
        <translation>
            <numerusform>%n invitación nueva de otros puestos: pulse F5 para verla.</numerusform>
            <numerusform>%n invitaciones nuevas de otros puestos: pulse F5 para verlas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitations were changed elsewhere: press F5 to see the latest.</source>
        <translation>Se cambiaron invitaciones en otro lugar: pulse F5 para ver lo más reciente.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::EmailPreviewDialog</name>
    <message>
        <source>Preview of the invitation e-mail</source>
        <translation>Vista previa del correo de invitación</translation>
    </message>
    <message>
        <source>The link is a placeholder: the real one is made when the e-mail is sent.</source>
        <translation>El enlace es de muestra: el real se crea cuando se envía el correo.</translation>
    </message>
    <message>
        <source>&amp;Formatted</source>
        <translation>Con &amp;formato</translation>
    </message>
    <message>
        <source>&amp;Plain text</source>
        <translation>&amp;Texto sin formato</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::FirstRunDialog</name>
    <message>
        <source>Set up InviteDesk</source>
        <translation>Configurar InviteDesk</translation>
    </message>
    <message>
        <source>This database has no users yet. Create the administrator account: it can invite everyone else.</source>
        <translation>Esta base de datos aún no tiene usuarios. Cree la cuenta de administrador: podrá invitar a todos los demás.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>El nombre de la organización es obligatorio.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>To continue: %1</source>
        <translation>Para continuar: %1</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::FunnelWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1% of the previous step</source>
        <translation>%1% del paso anterior</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportDefaultsBox</name>
    <message>
        <source>Defaults for the cells a row leaves empty</source>
        <translation>Valores para las celdas que una fila deja vacías</translation>
    </message>
    <message>
        <source>Applied to every row whose cell is empty (or whose file has no such column), then checked like the row&apos;s own values.</source>
        <translation>Se aplican a cada fila cuya celda está vacía (o cuyo archivo no tiene esa columna) y se comprueban como los valores de la propia fila.</translation>
    </message>
    <message>
        <source>&amp;Upline e-mail:</source>
        <translation>Correo del &amp;superior:</translation>
    </message>
    <message>
        <source>none: the row&apos;s own, or the one the type needs</source>
        <translation>ninguno: el de la fila, o el que pide el tipo</translation>
    </message>
    <message>
        <source>E-mail &amp;language:</source>
        <translation>Idi&amp;oma del correo:</translation>
    </message>
    <message>
        <source>The organisation&apos;s</source>
        <translation>El de la organización</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>Cadu&amp;ca en:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportDialog</name>
    <message>
        <source>Import invitations from CSV</source>
        <translation>Importar invitaciones desde CSV</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, separated by , or ;) with the columns email, first_name, last_name, invitation_type and optional ones.</source>
        <translation>Un archivo CSV (UTF-8, separado por , o ;) con las columnas email, first_name, last_name, invitation_type y otras opcionales.</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que se importará</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n row(s) of the file</source>
        <translation>
            <numerusform>Vista previa de la primera fila del archivo</numerusform>
            <numerusform>Vista previa de las primeras %n filas del archivo</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Problems found, by row and column</source>
        <translation>Problemas encontrados, por fila y columna</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Archivo elegido</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the import; nothing will be written</source>
        <translation>Detener la importación; no se escribirá nada</translation>
    </message>
    <message>
        <source>Stop checking the file</source>
        <translation>Dejar de comprobar el archivo</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Cancelando; no se escribirá nada…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Writing %1 of %2 invitations…</source>
        <translation>Escribiendo %1 de %2 invitaciones…</translation>
    </message>
    <message>
        <source>Checking the rows once more…</source>
        <translation>Comprobando las filas una vez más…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>Elija un archivo CSV para importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Text files (*.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The check was stopped. Choose the file again to check it.</source>
        <translation>Se detuvo la comprobación. Elija el archivo de nuevo para comprobarlo.</translation>
    </message>
    <message>
        <source>The file cannot be imported</source>
        <translation>El archivo no se puede importar</translation>
    </message>
    <message numerus="yes">
        <source>Problems found (%Ln)</source>
        <translation>
            <numerusform>Problemas encontrados (%Ln)</numerusform>
            <numerusform>Problemas encontrados (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more, not listed. Fix the rows above and check the file again.</source>
        <translation>… y %1 más, no listados. Corrija las filas anteriores y vuelva a comprobar el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln valid row(s)</source>
        <translation>
            <numerusform>%Ln fila válida</numerusform>
            <numerusform>%Ln filas válidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) with errors</source>
        <translation>
            <numerusform>%Ln fila con errores</numerusform>
            <numerusform>%Ln filas con errores</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown columns: %1. Rename or remove them; import reads email, first_name, last_name, invitation_type, parent_email, message, expires_days, language, npi, specialty, territory, practice_name and company_name.</source>
        <translation>Columnas desconocidas: %1. Cámbieles el nombre o elimínelas; la importación lee email, first_name, last_name, invitation_type, parent_email, message, expires_days, language, npi, specialty, territory, practice_name y company_name.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is (see the problems listed for the file or its header). Nothing will be imported until it is fixed.</source>
        <translation>El archivo no se puede importar tal como está (vea los problemas indicados para el archivo o su cabecera). No se importará nada hasta que se corrija.</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>El archivo no tiene filas para importar.</translation>
    </message>
    <message>
        <source>No row can be imported. Fix the rows listed below and choose the file again.</source>
        <translation>No se puede importar ninguna fila. Corrija las filas indicadas abajo y elija el archivo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Only the valid rows will be imported; %Ln row(s) with errors will be skipped and can be fixed and imported later.</source>
        <translation>
            <numerusform>Solo se importarán las filas válidas; se omitirá %Ln fila con errores, que podrá corregir e importar más tarde.</numerusform>
            <numerusform>Solo se importarán las filas válidas; se omitirán %Ln filas con errores, que podrá corregir e importar más tarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The invitations are in the list and their e-mails are on their way. Skipped because of errors: %Ln row(s), listed below.</source>
        <translation>
            <numerusform>Las invitaciones están en la lista y sus correos van en camino. Omitida por errores: %Ln fila, indicada abajo.</numerusform>
            <numerusform>Las invitaciones están en la lista y sus correos van en camino. Omitidas por errores: %Ln filas, indicadas abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Todas las filas son válidas.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Importación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written: %1</source>
        <translation>La importación falló; no se escribió nada: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the file or the database changed since the check. The problems are listed below; review them and import again.</source>
        <translation>No se importó nada: el archivo o la base de datos cambiaron desde la comprobación. Los problemas se indican abajo; revíselos e importe de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln invitation(s)</source>
        <translation>
            <numerusform>Se importó %Ln invitación</numerusform>
            <numerusform>Se importaron %Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitations are in the list and their e-mails are on their way.</source>
        <translation>Las invitaciones están en la lista y sus correos van en camino.</translation>
    </message>
    <message>
        <source>&amp;Download template…</source>
        <translation>&amp;Descargar plantilla…</translation>
    </message>
    <message>
        <source>Save a CSV file with every column import reads and an example row, to fill in. The type may be a code (sales) or its label (Sales representative, Representante de ventas).</source>
        <translation>Guarda un archivo CSV con todas las columnas que lee la importación y una fila de ejemplo, para rellenar. El tipo puede ser un código (sales) o su etiqueta (Sales representative, Representante de ventas).</translation>
    </message>
    <message>
        <source>&amp;Save the rejected rows…</source>
        <translation>&amp;Guardar las filas rechazadas…</translation>
    </message>
    <message>
        <source>Save the rows with errors as CSV, in the file&apos;s columns plus an &quot;error&quot; column saying what is wrong. Fix them and import that file: the &quot;error&quot; column is ignored.</source>
        <translation>Guarda las filas con errores como CSV, con las columnas del archivo y una columna «error» que dice qué está mal. Corríjalas e importe ese archivo: la columna «error» se ignora.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import and send %Ln invitation(s)</source>
        <translation>
            <numerusform>&amp;Importar y enviar %Ln invitación</numerusform>
            <numerusform>&amp;Importar y enviar %Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import and send</source>
        <translation>&amp;Importar y enviar</translation>
    </message>
    <message>
        <source>Imports the valid rows, skips the rows with errors and sends each invitation by e-mail. The import is one transaction: cancelling it writes and sends nothing.</source>
        <translation>Importa las filas válidas, omite las filas con errores y envía cada invitación por correo electrónico. La importación es una sola transacción: si la cancela, no se guarda ni se envía nada.</translation>
    </message>
    <message>
        <source>Imports every row and sends each invitation by e-mail. The import is one transaction: cancelling it writes and sends nothing.</source>
        <translation>Importa todas las filas y envía cada invitación por correo electrónico. La importación es una sola transacción: si la cancela, no se guarda ni se envía nada.</translation>
    </message>
    <message>
        <source>Importing and sending. The import is one transaction: if you cancel, nothing is written or sent.</source>
        <translation>Importando y enviando. La importación es una sola transacción: si cancela, no se guarda ni se envía nada.</translation>
    </message>
    <message>
        <source>invitations-template.csv</source>
        <translation>plantilla-invitaciones.csv</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>Guardar la plantilla de importación</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>La plantilla no se guardó: %1</translation>
    </message>
    <message>
        <source>Template saved to %1. Fill in one row per invitation and choose the file to import it.</source>
        <translation>Plantilla guardada en %1. Rellene una fila por invitación y elija el archivo para importarlo.</translation>
    </message>
    <message>
        <source>%1-rejected.csv</source>
        <comment>file name: the imported file&apos;s name, then -rejected</comment>
        <translation>%1-rechazadas.csv</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>Choose another file for the rejected rows: this one is being imported.</source>
        <translation>Elija otro archivo para las filas rechazadas: este es el que se importa.</translation>
    </message>
    <message>
        <source>The rejected rows were not saved: %1</source>
        <translation>Las filas rechazadas no se guardaron: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s) saved to %1, each with its problem in the &quot;error&quot; column. Fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln fila rechazada guardada en %1, con su problema en la columna «error». Corríjala allí e importe ese archivo.</numerusform>
            <numerusform>%Ln filas rechazadas guardadas en %1, cada una con su problema en la columna «error». Corríjalas allí e importe ese archivo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportErrorModel</name>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportJob</name>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ImportPreviewModel</name>
    <message>
        <source>Spreadsheet row %1</source>
        <translation>Fila %1 de la hoja de cálculo</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (desconocida)</translation>
    </message>
    <message>
        <source>Import does not know the column &quot;%1&quot;.</source>
        <translation>La importación no conoce la columna «%1».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationActions</name>
    <message>
        <source>&amp;New invitation…</source>
        <translation>&amp;Nueva invitación…</translation>
    </message>
    <message>
        <source>Invite someone (%1)</source>
        <translation>Invitar a alguien (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Detalles…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Send the selected invitations again with a new link (%1)</source>
        <translation>Enviar de nuevo las invitaciones seleccionadas con un enlace nuevo (%1)</translation>
    </message>
    <message>
        <source>&amp;Cancel invitation…</source>
        <translation>&amp;Cancelar invitación…</translation>
    </message>
    <message>
        <source>Cancel the selected invitations; their links stop working (Delete)</source>
        <translation>Cancelar las invitaciones seleccionadas; sus enlaces dejan de funcionar (Supr)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Save the invitations that match the filters as CSV</source>
        <translation>Guardar como CSV las invitaciones que cumplen los filtros</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Invite everyone in a CSV file, after checking every row (%1)</source>
        <translation>Invitar a todas las personas de un archivo CSV, tras comprobar cada fila (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Load the list again (F5)</source>
        <translation>Volver a cargar la lista (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Search by name or e-mail (%1)</source>
        <translation>Buscar por nombre o correo (%1)</translation>
    </message>
    <message>
        <source>Invitation to %1 created; the e-mail is on its way.</source>
        <translation>Invitación para %1 creada; el correo está en camino.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln invitation(s).</source>
        <translation>
            <numerusform>Se importó %Ln invitación.</numerusform>
            <numerusform>Se importaron %Ln invitaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invitation to %1 saved.</source>
        <translation>Invitación para %1 guardada.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n invitation(s).</source>
        <translation>
            <numerusform>Se canceló %n invitación.</numerusform>
            <numerusform>Se cancelaron %n invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resent %n invitation(s).</source>
        <translation>
            <numerusform>Se reenvió %n invitación.</numerusform>
            <numerusform>Se reenviaron %n invitaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n were not attempted.</source>
        <translation>
            <numerusform>Detenido: %n no se intentó.</numerusform>
            <numerusform>Detenido: %n no se intentaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Some invitations were not cancelled</source>
        <translation>Algunas invitaciones no se cancelaron</translation>
    </message>
    <message>
        <source>Some invitations were not resent</source>
        <translation>Algunas invitaciones no se reenviaron</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be changed.</source>
        <translation>
            <numerusform>%n invitación no se pudo cambiar.</numerusform>
            <numerusform>%n invitaciones no se pudieron cambiar.</numerusform>
        </translation>
    </message>
    <message>
        <source>List refreshed.</source>
        <translation>Lista actualizada.</translation>
    </message>
    <message>
        <source>None of the selected invitations: %1</source>
        <translation>Ninguna de las invitaciones seleccionadas: %1</translation>
    </message>
    <message>
        <source>C&amp;orrect the address and resend…</source>
        <translation>C&amp;orregir la dirección y reenviar…</translation>
    </message>
    <message>
        <source>Type the right address of an invitation whose e-mail bounced, and send it there</source>
        <translation>Escriba la dirección correcta de una invitación cuyo correo fue rechazado y envíela allí</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — no disponible: %2</translation>
    </message>
    <message>
        <source>Your role may not invite anyone.</source>
        <translation>Su rol no permite invitar a nadie.</translation>
    </message>
    <message>
        <source>Select an invitation first.</source>
        <translation>Seleccione primero una invitación.</translation>
    </message>
    <message>
        <source>Select only one invitation.</source>
        <translation>Seleccione una sola invitación.</translation>
    </message>
    <message>
        <source>Select one or more invitations first.</source>
        <translation>Seleccione primero una o varias invitaciones.</translation>
    </message>
    <message>
        <source>Wait until the current resend or cancel has finished.</source>
        <translation>Espere a que termine el reenvío o la cancelación en curso.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Hay una exportación en curso.</translation>
    </message>
    <message>
        <source>Address corrected from %1 to %2; the invitation is on its way again.</source>
        <translation>Dirección corregida de %1 a %2; la invitación se está enviando de nuevo.</translation>
    </message>
    <message>
        <source>Create a &amp;link to share…</source>
        <translation>Crear un en&amp;lace para compartir…</translation>
    </message>
    <message>
        <source>A new link, shown once, to pass on by phone or text message</source>
        <translation>Un enlace nuevo, que se muestra una sola vez, para darlo por teléfono o mensaje de texto</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDetailsDialog</name>
    <message>
        <source>Invitation details</source>
        <translation>Detalles de la invitación</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>&amp;Cancel invitation…</source>
        <translation>&amp;Cancelar invitación…</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitada por</translation>
    </message>
    <message>
        <source>Upline</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>NPI</source>
        <translation>NPI</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consultorio</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territorio</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>First sent</source>
        <translation>Primer envío</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n attempt(s)</source>
        <translation>
            <numerusform>%1, %n intento</numerusform>
            <numerusform>%1, %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Resent</source>
        <translation>Reenviada</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>C&amp;orrect the address and resend…</source>
        <translation>C&amp;orregir la dirección y reenviar…</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>This address bounced: resending to it will most likely fail again. Correct the address instead.</source>
        <translation>Esta dirección rechazó el correo: si se reenvía, lo más probable es que vuelva a fallar. Corrija la dirección.</translation>
    </message>
    <message>
        <source>Create a &amp;link to share…</source>
        <translation>Crear un &amp;enlace para compartir…</translation>
    </message>
    <message>
        <source>A new link, shown once, to pass on by phone or text message</source>
        <translation>Un enlace nuevo, que se muestra una sola vez, para darlo por teléfono o mensaje de texto</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationDialog</name>
    <message>
        <source>New invitation</source>
        <translation>Nueva invitación</translation>
    </message>
    <message>
        <source>Edit invitation</source>
        <translation>Editar invitación</translation>
    </message>
    <message>
        <source>&amp;Send invitation</source>
        <translation>&amp;Enviar invitación</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Resend the open invitation instead</source>
        <translation>&amp;Reenviar la invitación abierta</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Falta algo: %1</translation>
    </message>
    <message>
        <source>The invitation could not be loaded.</source>
        <translation>No se pudo cargar la invitación.</translation>
    </message>
    <message>
        <source>This address already has an open invitation from your organisation.</source>
        <translation>Esta dirección ya tiene una invitación abierta de su organización.</translation>
    </message>
    <message>
        <source>This address already has an open invitation. Resend it instead of creating another.</source>
        <translation>Esta dirección ya tiene una invitación abierta. Reenvíela en lugar de crear otra.</translation>
    </message>
    <message>
        <source>This address already has an InviteDesk account.</source>
        <translation>Esta dirección ya tiene una cuenta de InviteDesk.</translation>
    </message>
    <message>
        <source>Pre&amp;view e-mail…</source>
        <translation>&amp;Vista previa del correo…</translation>
    </message>
    <message>
        <source>The message as the invitee will get it, in their language</source>
        <translation>El mensaje tal como lo recibirá la persona invitada, en su idioma</translation>
    </message>
    <message>
        <source>Not ready: fill in or correct %1.</source>
        <translation>Falta algo: complete o corrija %1.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationExportFlow</name>
    <message>
        <source>Export invitations</source>
        <translation>Exportar invitaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln invitation(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln invitación a %1.</numerusform>
            <numerusform>Se exportaron %Ln invitaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationForm</name>
    <message>
        <source>&amp;Invite as:</source>
        <translation>&amp;Invitar como:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;NPI:</source>
        <translation>&amp;NPI:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Especialidad:</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territorio:</translation>
    </message>
    <message>
        <source>&amp;Practice:</source>
        <translation>&amp;Consultorio:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Upline:</source>
        <translation>&amp;Superior:</translation>
    </message>
    <message>
        <source>&amp;Works for doctor:</source>
        <translation>&amp;Trabaja para el médico:</translation>
    </message>
    <message>
        <source>E-mail l&amp;anguage:</source>
        <translation>&amp;Idioma del correo:</translation>
    </message>
    <message>
        <source>E&amp;xpires after:</source>
        <translation>Ca&amp;duca en:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>Ca&amp;duca el:</translation>
    </message>
    <message>
        <source>Personal &amp;message:</source>
        <translation>&amp;Mensaje personal:</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10 dígitos</translation>
    </message>
    <message>
        <source>National Provider Identifier: 10 digits, the last one a check digit.</source>
        <translation>Identificador Nacional de Proveedor (NPI): 10 dígitos, el último es de control.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Optional, shown in the e-mail</source>
        <translation>Opcional, aparece en el correo</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Yo (%1)</translation>
    </message>
    <message>
        <source>No doctor yet (under me)</source>
        <translation>Aún sin médico (a mi cargo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>They will work for you.</source>
        <translation>Trabajará para usted.</translation>
    </message>
    <message>
        <source>They will work for your practice&apos;s doctor.</source>
        <translation>Trabajará para el médico de su consultorio.</translation>
    </message>
    <message>
        <source>Your role cannot invite anyone.</source>
        <translation>Su rol no puede invitar a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>The NPI has 10 digits; this one has %n.</source>
        <translation>
            <numerusform>El NPI tiene 10 dígitos; este tiene %n.</numerusform>
            <numerusform>El NPI tiene 10 dígitos; este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The NPI&apos;s check digit does not match: look for a typo.</source>
        <translation>El dígito de control del NPI no coincide: revise si hay un error de escritura.</translation>
    </message>
    <message>
        <source>Choose a moment in the future.</source>
        <translation>Elija un momento en el futuro.</translation>
    </message>
    <message>
        <source>Choose the upline from the list: type part of a name or an e-mail.</source>
        <translation>Elija el superior de la lista: escriba parte de un nombre o de un correo.</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>a required field&apos;s label</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>* Required</source>
        <translation>* Obligatorio</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationTableModel</name>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s): %1</source>
        <translation>
            <numerusform>%n intento: %1</numerusform>
            <numerusform>%n intentos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <source>Last error from the mail server:
%1</source>
        <translation>Último error del servidor de correo:
%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invitada por</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Resends</source>
        <translation>Reenvíos</translation>
    </message>
    <message>
        <source>Delivery attempts and the mail server&apos;s last error</source>
        <translation>Intentos de entrega y último error del servidor de correo</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <source>%1 (deactivated)</source>
        <translation>%1 (desactivado)</translation>
    </message>
    <message>
        <source>The test-mode transport saved this e-mail to a folder on this computer; nobody received it.</source>
        <translation>El transporte del modo de prueba guardó este correo en una carpeta de este equipo; nadie lo recibió.</translation>
    </message>
    <message>
        <source>It expired before its e-mail went out; nobody received it.</source>
        <translation>Caducó antes de que saliera su correo; nadie la recibió.</translation>
    </message>
    <message>
        <source>It expired before its e-mail went out; nobody received it.
Last error from the mail server:
%1</source>
        <translation>Caducó antes de que saliera su correo; nadie la recibió.
Último error del servidor de correo:
%1</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::InvitationsPage</name>
    <message>
        <source>Search name or e-mail (Ctrl+F)</source>
        <translation>Buscar nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search invitations</source>
        <translation>Buscar invitaciones</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <translation>C&amp;reada:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>últimos 7 días</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>últimos 30 días</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>últimos 90 días</translation>
    </message>
    <message>
        <source>between…</source>
        <translation>entre…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creada desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creada hasta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitation(s)</source>
        <translation>
            <numerusform>%Ln invitación</numerusform>
            <numerusform>%Ln invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The list could not be loaded</source>
        <translation>No se pudo cargar la lista</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Pulse F5 para reintentar.</translation>
    </message>
    <message>
        <source>No invitations match these filters</source>
        <translation>Ninguna invitación cumple estos filtros</translation>
    </message>
    <message>
        <source>Change the search or press &quot;Clear filters&quot;.</source>
        <translation>Cambie la búsqueda o pulse «Quitar filtros».</translation>
    </message>
    <message>
        <source>No invitations to show</source>
        <translation>No hay invitaciones que mostrar</translation>
    </message>
    <message>
        <source>Invitations sent by you or your downline appear here.</source>
        <translation>Aquí aparecen las invitaciones enviadas por usted o por su red.</translation>
    </message>
    <message>
        <source>No invitations yet</source>
        <translation>Aún no hay invitaciones</translation>
    </message>
    <message>
        <source>Press Ctrl+N or &quot;New invitation&quot; to invite someone.</source>
        <translation>Pulse Ctrl+N o «Nueva invitación» para invitar a alguien.</translation>
    </message>
    <message>
        <source>Downline of %1</source>
        <translation>Red de %1</translation>
    </message>
    <message>
        <source>Show everyone&apos;s</source>
        <translation>Ver las de todos</translation>
    </message>
    <message>
        <source>Stop narrowing the list to this person&apos;s downline</source>
        <translation>Dejar de limitar la lista a la red de esta persona</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::LockCover</name>
    <message>
        <source>InviteDesk is locked.</source>
        <translation>InviteDesk está bloqueado.</translation>
    </message>
    <message>
        <source>InviteDesk is locked</source>
        <translation>InviteDesk está bloqueado</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::LockDialog</name>
    <message>
        <source>InviteDesk is locked</source>
        <translation>InviteDesk está bloqueado</translation>
    </message>
    <message>
        <source>The desk locked itself after a while without use. %1 (%2) is signed in: enter your password to go on where you left off.</source>
        <translation>El escritorio se ha bloqueado tras un rato sin uso. %1 (%2) tiene la sesión iniciada: escriba su contraseña para seguir donde lo dejó.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation>Comprobando su contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;Quit InviteDesk</source>
        <translation>&amp;Salir de InviteDesk</translation>
    </message>
    <message>
        <source>Quits without saving what is open in the desk&apos;s windows.</source>
        <translation>Sale sin guardar lo que esté abierto en las ventanas del escritorio.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>The password is not right.</source>
        <translation>La contraseña no es correcta.</translation>
    </message>
    <message>
        <source>Only %1 can unlock this desk.</source>
        <translation>Solo %1 puede desbloquear este escritorio.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MailSettingsTab</name>
    <message>
        <source>Folder for outgoing mail</source>
        <translation>Carpeta para el correo saliente</translation>
    </message>
    <message>
        <source>Write .eml &amp;files to a folder</source>
        <translation>Escribir &amp;archivos .eml en una carpeta</translation>
    </message>
    <message>
        <source>Send through an S&amp;MTP relay</source>
        <translation>Enviar a través de un servidor S&amp;MTP</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>the application data folder</source>
        <translation>la carpeta de datos de la aplicación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS si se ofrece</translation>
    </message>
    <message>
        <source>STARTTLS required (587)</source>
        <translation>STARTTLS obligatorio (587)</translation>
    </message>
    <message>
        <source>TLS from the start (465)</source>
        <translation>TLS desde el inicio (465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo servidor local)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>stored in the system keychain</source>
        <translation>guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>no guardada</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a settings file. Leave empty to keep the stored one.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración. Déjela vacía para conservar la guardada.</translation>
    </message>
    <message>
        <source>Remove the stored password from the keychain</source>
        <translation>Quitar la contraseña guardada del llavero</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>InviteDesk &lt;no-reply@your-domain&gt;</source>
        <translation>InviteDesk &lt;no-reply@su-dominio&gt;</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>&amp;Destinatario de prueba:</translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Sends one message with the settings as typed, before saving.</source>
        <translation>Envía un mensaje con la configuración tal como está escrita, antes de guardar.</translation>
    </message>
    <message>
        <source>Enter the SMTP relay&apos;s host name.</source>
        <translation>Escriba el nombre del servidor SMTP.</translation>
    </message>
    <message>
        <source>Enter the address the test message should go to.</source>
        <translation>Escriba la dirección a la que debe ir el mensaje de prueba.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The test message was not sent: %1</source>
        <translation>El mensaje de prueba no se envió: %1</translation>
    </message>
    <message>
        <source>Test message sent to %1.</source>
        <translation>Mensaje de prueba enviado a %1.</translation>
    </message>
    <message>
        <source>Test message sent to %1. The server said: %2</source>
        <translation>Mensaje de prueba enviado a %1. El servidor respondió: %2</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MainWindow</name>
    <message>
        <source>About InviteDesk</source>
        <translation>Acerca de InviteDesk</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Invitaciones</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Auditoría</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>I&amp;nvitation</source>
        <translation>I&amp;nvitación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Database, mail, links and language</source>
        <translation>Base de datos, correo, enlaces e idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About InviteDesk</source>
        <translation>&amp;Acerca de InviteDesk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>Change the password you sign in with (%1)</source>
        <translation>Cambiar la contraseña con la que inicia sesión (%1)</translation>
    </message>
    <message>
        <source>Showing the invitations of %1 and their downline.</source>
        <translation>Se muestran las invitaciones de %1 y su red.</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>InviteDesk %1
Invites people onto the IVR platform.

Qt %2
OpenSSL %3</source>
        <translation>InviteDesk %1
Invita a personas a la plataforma IVR.

Qt %2
OpenSSL %3</translation>
    </message>
    <message>
        <source>Pe&amp;rson</source>
        <translation>Pe&amp;rsona</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention (%L1)</source>
        <translation>Requiere a&amp;tención (%L1)</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention</source>
        <translation>Requiere a&amp;tención</translation>
    </message>
    <message>
        <source>Bounced e-mails, invitations about to expire and those never delivered, each with its fix</source>
        <translation>Correos rebotados, invitaciones a punto de caducar y las que nunca se entregaron, cada una con su solución</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Needs a&amp;ttention (%L1+)</source>
        <translation>Requiere a&amp;tención (%L1+)</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MovePersonDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Move to another upline</source>
        <translation>Mover a otro superior</translation>
    </message>
    <message>
        <source>Move %1 (%2) and everyone below them under a new upline. Now under: %3.</source>
        <translation>Mover a %1 (%2) y a toda su red bajo un nuevo superior. Ahora bajo: %3.</translation>
    </message>
    <message>
        <source>Move %1 (%2) under a new upline. Now under: %3.</source>
        <translation>Mover a %1 (%2) bajo un nuevo superior. Ahora bajo: %3.</translation>
    </message>
    <message>
        <source>&amp;New upline:</source>
        <translation>&amp;Nuevo superior:</translation>
    </message>
    <message>
        <source>Type part of a name or e-mail</source>
        <translation>Escriba parte de un nombre o correo</translation>
    </message>
    <message>
        <source>Search for the new upline</source>
        <translation>Buscar el nuevo superior</translation>
    </message>
    <message>
        <source>New upline</source>
        <translation>Nuevo superior</translation>
    </message>
    <message>
        <source>Only the people this person may be moved under are listed.</source>
        <translation>Solo aparecen las personas bajo las que se puede mover a esta persona.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No one in your downline can be their upline.</source>
        <translation>Nadie de su red puede ser su superior.</translation>
    </message>
    <message>
        <source>No one matching &quot;%1&quot; can be their upline.</source>
        <translation>Nadie que coincida con «%1» puede ser su superior.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::MultiSelectButton</name>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::OrganizationSettingsTab</name>
    <message>
        <source>Sign in as an administrator to change the organisation&apos;s settings.</source>
        <translation>Inicie sesión como administrador para cambiar la configuración de la organización.</translation>
    </message>
    <message>
        <source>Only an administrator can see and change the organisation&apos;s settings; you are signed in as a %1.</source>
        <translation>Solo un administrador puede ver y cambiar la configuración de la organización; usted ha iniciado sesión como %1.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings could not be read: %1</source>
        <translation>No se pudo leer la configuración de la organización: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no setting was changed.</source>
        <translation>Nada que guardar: no se cambió ningún ajuste.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to the database.</source>
        <translation>
            <numerusform>Se guardó %n ajuste en la base de datos.</numerusform>
            <numerusform>Se guardaron %n ajustes en la base de datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Public &amp;link address (all desks):</source>
        <translation>Dirección pública de &amp;enlaces (todos los puestos):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>Brand &amp;colour:</source>
        <translation>&amp;Color de marca:</translation>
    </message>
    <message>
        <source>L&amp;ogo address:</source>
        <translation>Dirección del l&amp;ogotipo:</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>&amp;Responder a:</translation>
    </message>
    <message>
        <source>&amp;Sender address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
    <message>
        <source>Invitations &amp;expire after (days):</source>
        <translation>Las invitaciones &amp;caducan tras (días):</translation>
    </message>
    <message>
        <source>Daily invitations per &amp;inviter:</source>
        <translation>Invitaciones diarias por &amp;invitador:</translation>
    </message>
    <message>
        <source>Re&amp;minders:</source>
        <translation>Recor&amp;datorios:</translation>
    </message>
    <message>
        <source>First reminder after (&amp;days):</source>
        <translation>Primer recordatorio tras (&amp;días):</translation>
    </message>
    <message>
        <source>Last reminder &amp;before expiry (days):</source>
        <translation>Último recordatorio &amp;antes de caducar (días):</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Send reminders for open invitations</source>
        <translation>Enviar recordatorios de las invitaciones abiertas</translation>
    </message>
    <message>
        <source>Save to the &amp;database</source>
        <translation>Guardar en la &amp;base de datos</translation>
    </message>
    <message>
        <source>Loc&amp;k idle desks after (minutes):</source>
        <translation>Blo&amp;quear escritorios inactivos tras (minutos):</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>E-mail lan&amp;guage (en, es):</source>
        <translation>I&amp;dioma del correo (en, es):</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeopleActions</name>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Show &amp;their invitations</source>
        <translation>Ver &amp;sus invitaciones</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Load the people again (F5)</source>
        <translation>Cargar de nuevo las personas (F5)</translation>
    </message>
    <message>
        <source>Search by name or e-mail (%1)</source>
        <translation>Buscar por nombre o correo (%1)</translation>
    </message>
    <message>
        <source>Stop this person from signing in</source>
        <translation>Impedir que esta persona inicie sesión</translation>
    </message>
    <message>
        <source>Let this person sign in again</source>
        <translation>Permitir que esta persona vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Put this person and their downline under another upline</source>
        <translation>Poner a esta persona y su red bajo otro superior</translation>
    </message>
    <message>
        <source>The invitations of this person and their downline</source>
        <translation>Las invitaciones de esta persona y su red</translation>
    </message>
    <message>
        <source>Stop %1 from signing in</source>
        <translation>Impedir que %1 inicie sesión</translation>
    </message>
    <message>
        <source>%1 is already deactivated</source>
        <translation>%1 ya está desactivado</translation>
    </message>
    <message>
        <source>%1 is active</source>
        <translation>%1 está activo</translation>
    </message>
    <message>
        <source>Let %1 sign in again</source>
        <translation>Permitir que %1 vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Put %1 and their downline under another upline</source>
        <translation>Poner a %1 y su red bajo otro superior</translation>
    </message>
    <message>
        <source>The invitations of %1 and their downline</source>
        <translation>Las invitaciones de %1 y su red</translation>
    </message>
    <message>
        <source>%1 is deactivated and can no longer sign in.</source>
        <translation>%1 está desactivado y ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 vuelve a estar activo y puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 and their downline are now under %2.</source>
        <translation>%1 y su red están ahora bajo %2.</translation>
    </message>
    <message>
        <source>People refreshed.</source>
        <translation>Personas actualizadas.</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Restablecer la &amp;contraseña</translation>
    </message>
    <message>
        <source>E-mail this person a link to choose a new password</source>
        <translation>Enviar a esta persona un enlace para elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>E-mail %1 a link to choose a new password</source>
        <translation>Enviar a %1 un enlace para elegir una contraseña nueva</translation>
    </message>
    <message>
        <source>A link to choose a new password will be e-mailed to %1.</source>
        <translation>Se enviará a %1 un enlace para elegir una contraseña nueva.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeoplePage</name>
    <message>
        <source>Search name or e-mail (Ctrl+F)</source>
        <translation>Buscar nombre o correo (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>all roles</source>
        <translation>todos los roles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>active and deactivated</source>
        <translation>activas y desactivadas</translation>
    </message>
    <message>
        <source>active only</source>
        <translation>solo activas</translation>
    </message>
    <message>
        <source>deactivated only</source>
        <translation>solo desactivadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>People actions</source>
        <translation>Acciones sobre personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Your downline. Enter or Space opens or closes a person&apos;s row; the context menu lists the actions.</source>
        <translation>Su red. Intro o Espacio abre o cierra la fila de una persona; el menú contextual muestra las acciones.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%L1+ matches</source>
        <translation>%L1+ coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>The people could not be loaded</source>
        <translation>No se pudieron cargar las personas</translation>
    </message>
    <message>
        <source>%1
Press F5 to try again.</source>
        <translation>%1
Pulse F5 para reintentar.</translation>
    </message>
    <message>
        <source>No one matches these filters</source>
        <translation>Nadie coincide con estos filtros</translation>
    </message>
    <message>
        <source>Change the search or press &quot;Clear filters&quot;.</source>
        <translation>Cambie la búsqueda o pulse «Quitar filtros».</translation>
    </message>
    <message>
        <source>No one to show</source>
        <translation>Nadie que mostrar</translation>
    </message>
    <message>
        <source>The people you invite appear here once they accept.</source>
        <translation>Las personas que invite aparecen aquí cuando aceptan.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PeopleTreeModel</name>
    <message>
        <source>%1 — %2</source>
        <comment>name — e-mail</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Upline: %1</source>
        <translation>Superior: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) directly below</source>
        <translation>
            <numerusform>%Ln persona directamente debajo</numerusform>
            <numerusform>%Ln personas directamente debajo</numerusform>
        </translation>
    </message>
    <message>
        <source>Can sign in.</source>
        <translation>Puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot sign in. Their open invitations stay open and their downline stays in place.</source>
        <translation>No puede iniciar sesión. Sus invitaciones abiertas siguen abiertas y su red sigue en su sitio.</translation>
    </message>
    <message>
        <source>Invitations they sent that are waiting to be accepted</source>
        <translation>Invitaciones que envió y que esperan ser aceptadas</translation>
    </message>
    <message>
        <source>Invitations they sent that were accepted</source>
        <translation>Invitaciones que envió y que fueron aceptadas</translation>
    </message>
    <message>
        <source>Name and e-mail</source>
        <translation>Nombre y correo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open invitations</source>
        <translation>Invitaciones abiertas</translation>
    </message>
    <message>
        <source>Accepted invitations</source>
        <translation>Invitaciones aceptadas</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::PersonPicker</name>
    <message>
        <source>Search people by name or e-mail</source>
        <translation>Buscar personas por nombre o correo electrónico</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ResendConfirmDialog</name>
    <message numerus="yes">
        <source>Resend %n invitation(s)</source>
        <translation>
            <numerusform>Reenviar %n invitación</numerusform>
            <numerusform>Reenviar %n invitaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resend %n invitation(s)</source>
        <translation>
            <numerusform>&amp;Reenviar %n invitación</numerusform>
            <numerusform>&amp;Reenviar %n invitaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t resend</source>
        <translation>&amp;No reenviar</translation>
    </message>
    <message>
        <source>None of the selected invitations can be resent.</source>
        <translation>Ninguna de las invitaciones seleccionadas se puede reenviar.</translation>
    </message>
    <message>
        <source>Resend the invitation to %1 with a new link?</source>
        <translation>¿Reenviar la invitación a %1 con un enlace nuevo?</translation>
    </message>
    <message numerus="yes">
        <source>Resend %n invitation(s) with new links?</source>
        <translation>
            <numerusform>¿Reenviar %n invitación con un enlace nuevo?</numerusform>
            <numerusform>¿Reenviar %n invitaciones con enlaces nuevos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other selected invitation(s) cannot be resent and will be left as they are.</source>
        <translation>
            <numerusform>Otra %n invitación seleccionada no se puede reenviar y se quedará como está.</numerusform>
            <numerusform>Otras %n invitaciones seleccionadas no se pueden reenviar y se quedarán como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earlier link stops working. The new one expires on %1.</source>
        <translation>El enlace anterior deja de funcionar. El nuevo caduca el %1.</translation>
    </message>
    <message>
        <source>Their earlier links stop working. The new links expire on %1.</source>
        <translation>Sus enlaces anteriores dejan de funcionar. Los nuevos caducan el %1.</translation>
    </message>
    <message>
        <source>Their earlier links stop working. The new links expire between %1 and %2; none expires earlier than it would have.</source>
        <translation>Sus enlaces anteriores dejan de funcionar. Los nuevos caducan entre el %1 y el %2; ninguno caduca antes de lo que lo habría hecho.</translation>
    </message>
    <message>
        <source>It was last sent %1, less than an hour ago: the first e-mail may still be on its way, and two e-mails close together can look like spam.</source>
        <translation>Se envió por última vez %1, hace menos de una hora: puede que el primer correo aún esté en camino, y dos correos seguidos pueden parecer spam.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them were sent less than an hour ago: their e-mails may still be on their way, and two e-mails close together can look like spam.</source>
        <translation>
            <numerusform>%n de ellas se envió hace menos de una hora: puede que su correo aún esté en camino, y dos correos seguidos pueden parecer spam.</numerusform>
            <numerusform>%n de ellas se enviaron hace menos de una hora: puede que sus correos aún estén en camino, y dos correos seguidos pueden parecer spam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address %1 bounced: sending to it again will most likely fail again. Correct the address instead (Details, &quot;Correct the address and resend&quot;).</source>
        <translation>La dirección %1 rechazó el correo: si se vuelve a enviar, lo más probable es que falle otra vez. Corrija la dirección (Detalles, «Corregir la dirección y reenviar»).</translation>
    </message>
    <message numerus="yes">
        <source>%n of the addresses bounced: sending to them again will most likely fail again. Correct those addresses instead.</source>
        <translation>
            <numerusform>%n de las direcciones rechazó el correo: si se vuelve a enviar, lo más probable es que falle otra vez. Corrija esa dirección.</numerusform>
            <numerusform>%n de las direcciones rechazaron el correo: si se vuelve a enviar, lo más probable es que falle otra vez. Corrija esas direcciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ResendFlow</name>
    <message>
        <source>Cannot resend: %1</source>
        <translation>No se puede reenviar: %1</translation>
    </message>
    <message>
        <source>Nothing was resent.</source>
        <translation>No se reenvió nada.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::SettingsDialog</name>
    <message>
        <source>This run uses a value given on the command line; what you save here applies to later runs.</source>
        <translation>Esta ejecución usa un valor dado en la línea de órdenes; lo que guarde aquí se aplica a las siguientes.</translation>
    </message>
    <message>
        <source>This run uses the value of the environment variable %1; what you save here applies when it is not set.</source>
        <translation>Esta ejecución usa el valor de la variable de entorno %1; lo que guarde aquí se aplica cuando no esté definida.</translation>
    </message>
    <message>
        <source>InviteDesk settings</source>
        <translation>Configuración de InviteDesk</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>Overridden: the database sets the link address of every desk to %1, so this desk&apos;s value is not used for links. An administrator changes it on the Organisation tab.</source>
        <translation>Sustituida: la base de datos fija la dirección de los enlaces de todos los puestos en %1, así que el valor de este puesto no se usa para los enlaces. Un administrador la cambia en la pestaña Organización.</translation>
    </message>
    <message>
        <source>&amp;Public link address:</source>
        <translation>&amp;Dirección pública de los enlaces:</translation>
    </message>
    <message>
        <source>The start of every invitation link, e.g. https://invite.example.com. Invitees must be able to reach it.</source>
        <translation>El comienzo de cada enlace de invitación, p. ej. https://invite.example.com. Las personas invitadas deben poder acceder a ella.</translation>
    </message>
    <message>
        <source>&amp;Answer invitation links from this computer</source>
        <translation>&amp;Atender los enlaces de invitación desde este equipo</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>For one desk or for trying InviteDesk. A team runs &quot;invitedesk serve&quot; behind a TLS proxy instead. Takes effect on the next start.</source>
        <translation>Para un solo puesto o para probar InviteDesk. Un equipo usa «invitedesk serve» detrás de un proxy TLS. Se aplica en el próximo inicio.</translation>
    </message>
    <message>
        <source>Invitations &amp;expire after:</source>
        <translation>Las invitaciones &amp;caducan en:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Enter an address starting with https:// (or http:// for this computer only).</source>
        <translation>Escriba una dirección que empiece por https:// (o http:// solo para este equipo).</translation>
    </message>
    <message>
        <source>The settings were saved, but the password could not be stored in the system keychain: %1</source>
        <translation>La configuración se guardó, pero la contraseña no se pudo guardar en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>&amp;API tokens</source>
        <translation>Tokens de &amp;API</translation>
    </message>
    <message>
        <source>Your IT department sets this for every user of this computer (%1); it cannot be changed here.</source>
        <translation>Su departamento de TI fija este valor para todos los usuarios de este equipo (%1); no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>The database, the mail relay and the link address of this computer are set by an administrator.</source>
        <translation>La base de datos, el servidor de correo y la dirección de los enlaces de este equipo los configura un administrador.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ShareLinkDialog</name>
    <message>
        <source>Link to share</source>
        <translation>Enlace para compartir</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Enlace de invitación</translation>
    </message>
    <message>
        <source>Anyone with this link can accept the invitation until %1. It is shown only now: copy it and pass it on by phone or text message. The link in the e-mail keeps working; a resend ends both.</source>
        <translation>Cualquiera con este enlace puede aceptar la invitación hasta el %1. Solo se muestra ahora: cópielo y páselo por teléfono o mensaje de texto. El enlace del correo sigue funcionando; un reenvío anula ambos.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::ShareLinkFlow</name>
    <message>
        <source>No link was made: %1</source>
        <translation>No se creó ningún enlace: %1</translation>
    </message>
    <message>
        <source>Create a link to share</source>
        <translation>Crear un enlace para compartir</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::SignInDialog</name>
    <message>
        <source>Sign in to InviteDesk</source>
        <translation>Iniciar sesión en InviteDesk</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Remember my e-mail address</source>
        <translation>&amp;Recordar mi dirección de correo</translation>
    </message>
    <message>
        <source>Only the e-mail address is remembered, never the password.</source>
        <translation>Solo se recuerda la dirección de correo, nunca la contraseña.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Checking your password</source>
        <translation>Comprobando su contraseña</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Escriba su dirección de correo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>La dirección de correo o la contraseña no son correctas.</translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::StatisticsPage</name>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>everything I can see</source>
        <translation>todo lo que puedo ver</translation>
    </message>
    <message>
        <source>Whose invitations</source>
        <translation>Invitaciones de quién</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitaciones</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Invitations by type</source>
        <translation>Invitaciones por tipo</translation>
    </message>
    <message>
        <source>Invitations created and accepted per week</source>
        <translation>Invitaciones creadas y aceptadas por semana</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Median time to accept</source>
        <translation>Mediana del tiempo hasta aceptar</translation>
    </message>
    <message>
        <source>Expiring within 48 hours</source>
        <translation>Caducan en las próximas 48 horas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Could not update: %1</source>
        <translation>No se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>%1% of all</source>
        <translation>%1 % del total</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creadas</translation>
    </message>
    <message>
        <source>from invitation to account</source>
        <translation>de la invitación a la cuenta</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>aún abiertas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Count only the invitations created between these dates</source>
        <translation>Contar solo las invitaciones creadas entre estas fechas</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creadas desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>ha&amp;sta</translation>
    </message>
    <message>
        <source>Created until (inclusive)</source>
        <translation>Creadas hasta (incluido)</translation>
    </message>
    <message>
        <source>Show charts as &amp;tables</source>
        <translation>Mostrar gráficos como &amp;tablas</translation>
    </message>
    <message>
        <source>The funnel&apos;s and the weekly trend&apos;s numbers as tables</source>
        <translation>Las cifras del embudo y de la tendencia semanal, en tablas</translation>
    </message>
    <message>
        <source>Save the breakdown by inviter as a CSV file</source>
        <translation>Guardar el desglose por quien invita en un archivo CSV</translation>
    </message>
    <message>
        <source>Funnel as a table</source>
        <translation>Embudo en forma de tabla</translation>
    </message>
    <message>
        <source>Invitations created and accepted per week, as a table</source>
        <translation>Invitaciones creadas y aceptadas por semana, en forma de tabla</translation>
    </message>
    <message>
        <source>By inviter</source>
        <translation>Por quien invita</translation>
    </message>
    <message>
        <source>Invitations by inviter</source>
        <translation>Invitaciones por quien invita</translation>
    </message>
    <message>
        <source>Accepted invitations among those whose e-mail reached the invitee (delivered). Mail the test mode saved to a folder on this computer was not delivered and is not counted.</source>
        <translation>Invitaciones aceptadas entre aquellas cuyo correo llegó a la persona invitada (entregadas). El correo que el modo de prueba guardó en una carpeta de este equipo no se entregó y no se cuenta.</translation>
    </message>
    <message>
        <source>%1 accepted of %2 delivered</source>
        <translation>%1 aceptadas de %2 entregadas</translation>
    </message>
    <message>
        <source>Ever sent</source>
        <translation>Enviadas alguna vez</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>Exportar las estadísticas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln inviter(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %Ln fila (una por persona que invita) a %1.</numerusform>
            <numerusform>Se exportaron %Ln filas (una por persona que invita) a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Sent, and not yet accepted, cancelled or expired. The funnel&apos;s &quot;Ever sent&quot; counts every invitation sent at least once.</source>
        <translation>Enviadas y aún no aceptadas, canceladas ni caducadas. «Enviadas alguna vez» del embudo cuenta toda invitación enviada al menos una vez.</translation>
    </message>
    <message>
        <source>C&amp;reated from</source>
        <translation>C&amp;readas desde</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) from %1</source>
        <translation>
            <numerusform>%n semana desde el %1</numerusform>
            <numerusform>%n semanas desde el %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all inviters</source>
        <translation>Mostrar a to&amp;das las personas que invitan</translation>
    </message>
    <message numerus="yes">
        <source>The %n inviter(s) with the most invitations, of %L1.</source>
        <translation>
            <numerusform>La persona con más invitaciones (%n), de %L1.</numerusform>
            <numerusform>Las %n personas con más invitaciones, de %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>invitedesk::ui::TrendChartWidget</name>
    <message>
        <source>week of %1: %2 created, %3 accepted</source>
        <translation>semana del %1: %2 creadas, %3 aceptadas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creadas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>No invitations in these weeks</source>
        <translation>No hay invitaciones en estas semanas</translation>
    </message>
    <message>
        <source>Week of %1
Created: %2
Accepted: %3</source>
        <translation>Semana del %1
Creadas: %2
Aceptadas: %3</translation>
    </message>
</context>
</TS>
