#include "core/domain/Npi.h"

namespace invitedesk::npi {

bool isValid(const QString& npi)
{
    if (npi.size() != 10)
        return false;
    for (QChar c : npi) {
        if (c < u'0' || c > u'9')
            return false;
    }
    // Luhn over "80840" + first nine digits, then the check digit closes the sum to 0 mod 10.
    const QString payload = QStringLiteral("80840") + npi.left(9);
    int sum = 0;
    bool doubleIt = true; // the rightmost payload digit sits next to the check digit
    for (qsizetype i = payload.size() - 1; i >= 0; --i) {
        int d = payload.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    const int check = (10 - sum % 10) % 10;
    return check == npi.at(9).unicode() - u'0';
}

} // namespace invitedesk::npi
