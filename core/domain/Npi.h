#pragma once

#include <QString>

// National Provider Identifier (US): 10 digits, the last a Luhn check digit computed over the
// card-issuer prefix 80840 followed by the first nine digits.
namespace invitedesk::npi {

// True for exactly 10 ASCII digits with a correct check digit. No trimming: callers trim.
bool isValid(const QString& npi);

} // namespace invitedesk::npi
