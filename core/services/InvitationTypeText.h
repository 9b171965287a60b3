#pragma once

#include "core/domain/InvitationType.h"

#include <QString>

#include <optional>

namespace invitedesk::invitation_type_text {

// The invitation type a person wrote in a cell of an import file: its code ("sales",
// "master_distributor") or its label as the desk shows it, in any language the desk speaks
// ("Sales representative", "Representante de ventas"). Case, accents, surrounding and
// repeated whitespace do not matter, and '_' and '-' count as spaces ("Office-Admin",
// "OFFICE ADMIN", "médico" and "Medico" all match). The labels are not written down again
// here: they are roles::sourceLabel (the table the desk's labels come from) and its
// translations in the catalogues (core/i18n, translations/invitedesk_<language>.ts).
std::optional<InvitationType> fromText(const QString& text);

// A text reduced for that comparison: case-folded, without accents, whitespace collapsed.
QString fold(const QString& text);

} // namespace invitedesk::invitation_type_text
