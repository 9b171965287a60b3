#include "core/http/acceptance/AcceptanceTexts.h"

#include <QHash>
#include <QLocale>

namespace invitedesk::http {

namespace {
struct Entry {
    const char* key;
    const char* en;
    const char* es;
};

// UTF-8 throughout.
constexpr Entry kTexts[] = {
    {"page.title", "Accept your invitation", "Acepte su invitación"},
    {"page.intro", "%1 invited you to join %2 as %3.", "%1 le invitó a unirse a %2 como %3."},
    {"page.expires", "This invitation expires on %1.", "Esta invitación vence el %1."},
    {"page.message", "Message from %1:", "Mensaje de %1:"},
    {"page.form_intro", "Check your name and choose a password to create your account.",
     "Revise su nombre y elija una contraseña para crear su cuenta."},
    {"field.email", "E-mail (your sign-in name)", "Correo electrónico (su nombre de usuario)"},
    {"field.first_name", "First name", "Nombre"},
    {"field.last_name", "Last name", "Apellido"},
    {"field.password", "Password", "Contraseña"},
    {"field.password_confirmation", "Repeat the password", "Repita la contraseña"},
    {"rules.heading", "Your password must:", "Su contraseña debe:"},
    {"rules.length", "have at least %1 characters", "tener al menos %1 caracteres"},
    {"rules.email", "not be your e-mail address or the part before the @",
     "no ser su dirección de correo ni la parte antes de la @"},
    {"rules.common", "not be a common password", "no ser una contraseña común"},
    {"form.submit", "Create my account", "Crear mi cuenta"},
    {"form.errors_heading", "Please correct the following:", "Corrija lo siguiente:"},
    {"error.first_name", "Enter your first name.", "Escriba su nombre."},
    {"error.last_name", "Enter your last name.", "Escriba su apellido."},
    {"error.name_too_long", "Use at most 100 characters.", "Use como máximo 100 caracteres."},
    {"error.name_invalid", "Remove the characters that are not allowed.",
     "Quite los caracteres no permitidos."},
    {"error.password_short", "Use at least %1 characters.", "Use al menos %1 caracteres."},
    {"error.password_long", "Use at most %1 characters.", "Use como máximo %1 caracteres."},
    {"error.password_email", "Do not use your e-mail address as the password.",
     "No use su dirección de correo como contraseña."},
    {"error.password_common", "This password is too common. Choose a less predictable one.",
     "Esta contraseña es demasiado común. Elija una menos predecible."},
    {"error.password_confirmation", "The two passwords are not the same.",
     "Las dos contraseñas no coinciden."},
    {"error.body", "The form could not be read. Please try again.",
     "No se pudo leer el formulario. Inténtelo de nuevo."},
    {"done.title", "Your account is ready", "Su cuenta está lista"},
    {"done.body", "Welcome, %1. You can now sign in to %2 with %3 and the password you chose.",
     "Bienvenido/a, %1. Ya puede iniciar sesión en %2 con %3 y la contraseña que eligió."},
    {"notfound.title", "This link is not valid", "Este enlace no es válido"},
    {"notfound.body",
     "Check that you opened the whole link from the e-mail. If it still does not work, ask the "
     "person who invited you to send a new invitation.",
     "Compruebe que abrió el enlace completo del correo. Si sigue sin funcionar, pida a la "
     "persona que le invitó que le envíe una nueva invitación."},
    {"expired.title", "This invitation has expired", "Esta invitación ha vencido"},
    {"expired.body", "Ask %1 (%2) to send you a new invitation.",
     "Pida a %1 (%2) que le envíe una nueva invitación."},
    {"cancelled.title", "This invitation was cancelled", "Esta invitación fue cancelada"},
    {"cancelled.body", "If you think this is a mistake, contact %1 (%2).",
     "Si cree que es un error, comuníquese con %1 (%2)."},
    {"accepted.title", "This invitation has already been used", "Esta invitación ya fue utilizada"},
    {"accepted.body", "The account for %1 already exists. Sign in with that e-mail address.",
     "La cuenta de %1 ya existe. Inicie sesión con esa dirección de correo."},
    {"replaced.title", "This link was replaced by a newer invitation e-mail",
     "Este enlace fue reemplazado por un correo de invitación más reciente"},
    {"replaced.body",
     "%1 (%2) sent you the invitation again. Open the link in the most recent e-mail; the "
     "links in earlier e-mails no longer work.",
     "%1 (%2) le volvió a enviar la invitación. Abra el enlace del correo más reciente; los "
     "enlaces de los correos anteriores ya no funcionan."},
    {"unavailable.title", "This invitation can no longer be accepted",
     "Esta invitación ya no se puede aceptar"},
    {"unavailable.body", "Ask %1 (%2) to send you a new invitation.",
     "Pida a %1 (%2) que le envíe una nueva invitación."},
    {"conflict.title", "You already have an account", "Ya tiene una cuenta"},
    {"conflict.body", "An account with %1 already exists. Sign in with that e-mail address.",
     "Ya existe una cuenta con %1. Inicie sesión con esa dirección de correo."},
    {"changed.title", "This invitation just changed", "Esta invitación acaba de cambiar"},
    {"changed.body", "Open the link from your most recent invitation e-mail and try again.",
     "Abra el enlace de su correo de invitación más reciente e inténtelo de nuevo."},
    {"ratelimited.title", "Too many attempts", "Demasiados intentos"},
    {"ratelimited.body", "Please wait %1 seconds and try again.",
     "Espere %1 segundos e inténtelo de nuevo."},
    {"unavailable_service.title", "The service is temporarily unavailable",
     "El servicio no está disponible temporalmente"},
    {"unavailable_service.body", "Please try again in a few minutes.",
     "Inténtelo de nuevo en unos minutos."},
    {"error.title", "Something went wrong", "Algo salió mal"},
    {"error.body", "Please try again later.", "Inténtelo de nuevo más tarde."},
    {"toolarge.title", "The form is too large", "El formulario es demasiado grande"},
    {"toolarge.body", "Go back, shorten what you typed and send it again.",
     "Vuelva atrás, acorte lo que escribió y envíelo de nuevo."},
};

struct RoleEntry {
    Role role;
    const char* en;
    const char* es;
};
constexpr RoleEntry kRoles[] = {
    {Role::Doctor, "Doctor", "Médico"},
    {Role::Sales, "Sales representative", "Representante de ventas"},
    {Role::Distributor, "Distributor", "Distribuidor"},
    {Role::MasterDistributor, "Master distributor", "Distribuidor maestro"},
    {Role::OfficeAdmin, "Office admin", "Administrador de consultorio"},
    {Role::MedicalStaff, "Medical staff", "Personal médico"},
    {Role::IvrCompany, "IVR company", "Empresa de IVR"},
    {Role::ShippingLogistics, "Shipping logistics", "Logística de envíos"},
    {Role::Admin, "Administrator", "Administrador"},
    {Role::ChpAdmin, "CHP admin", "Administrador de CHP"},
};

const QHash<QByteArray, const Entry*>& index()
{
    static const QHash<QByteArray, const Entry*> map = [] {
        QHash<QByteArray, const Entry*> m;
        for (const Entry& e : kTexts)
            m.insert(QByteArray(e.key), &e);
        return m;
    }();
    return map;
}
} // namespace

AcceptanceTexts::AcceptanceTexts(const QString& language)
    : m_language(language == QLatin1String("es") ? QStringLiteral("es") : QStringLiteral("en"))
{}

QString AcceptanceTexts::text(const char* key) const
{
    const Entry* entry = index().value(QByteArray(key));
    if (!entry)
        return QString::fromLatin1(key);
    return QString::fromUtf8(m_language == QLatin1String("es") ? entry->es : entry->en);
}

QString AcceptanceTexts::roleLabel(Role role) const
{
    for (const RoleEntry& e : kRoles) {
        if (e.role == role)
            return QString::fromUtf8(m_language == QLatin1String("es") ? e.es : e.en);
    }
    return roles::name(role);
}

QString AcceptanceTexts::dateTime(const QDateTime& utc) const
{
    if (m_language == QLatin1String("es")) {
        const QLocale locale(QLocale::Spanish);
        return locale.toString(utc.toUTC(), QStringLiteral("d 'de' MMMM 'de' yyyy, HH:mm 'UTC'"));
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(utc.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm 'UTC'"));
}

} // namespace invitedesk::http
