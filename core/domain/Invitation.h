#pragma once

#include "core/domain/InvitationStatus.h"
#include "core/domain/InvitationType.h"
#include "core/domain/JsonFieldSink.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace invitedesk {

// Type-specific fields. All optional; validated when given.
struct InvitationDetails {
    QString npi;          // doctor: 10 digits, Luhn over the 80840 prefix
    QString specialty;    // doctor
    QString territory;    // sales, distributor, master distributor
    QString practiceName; // doctor (own practice) and practice staff (where they work)
    QString companyName;  // ivr_company, shipping_logistics

    bool isEmpty() const
    {
        return npi.isEmpty() && specialty.isEmpty() && territory.isEmpty() &&
               practiceName.isEmpty() && companyName.isEmpty();
    }
    QJsonObject toJson() const;
    static InvitationDetails fromJson(const QJsonObject& json);
};

// The type-specific fields, and the one table of which types have which (the form shows,
// the service and the import accept only these).
enum class DetailField { Npi, Specialty, Territory, PracticeName, CompanyName };

namespace detail_fields {
const QList<DetailField>& all();
// The name an error about the field carries: npi, specialty, territory, practice, company.
QString name(DetailField field);
bool belongsTo(DetailField field, InvitationType type);
QString valueOf(const InvitationDetails& details, DetailField field);
void setValue(InvitationDetails& details, DetailField field, const QString& value);
} // namespace detail_fields

// One row of user_invitations as the services hand it out.
struct Invitation {
    QString id; // UUID
    QString email;
    QString firstName;
    QString lastName;
    InvitationType type = InvitationType::Doctor;
    InvitationStatus status = InvitationStatus::Pending;
    QString organizationId;
    QString organizationName;
    QString invitedById;
    QString invitedByEmail;
    QString invitedByName;
    // False once the inviter's account is deactivated: their open invitations stay open.
    bool invitedByActive = true;
    QString parentUserId;
    QString parentUserEmail;
    QString message;
    QString language; // e-mail and acceptance page language ("en", "es")
    InvitationDetails details;
    QDateTime expiresAt;
    // The days it was created to stay open (validity_days); 0 = not recorded (the
    // organisation's default applies). A resend gives it this many days again, never fewer
    // than it has left (resend_policy).
    int validityDays = 0;
    QDateTime sentAt;
    QDateTime lastSentAt;
    QDateTime openedAt;
    int resendCount = 0;
    int reminderCount = 0;
    QString emailDeliveryStatus; // queued, sent, deferred, failed, cancelled
    QString emailDeliveredVia;   // relay, folder (who took it when sent); empty: unknown
    int emailAttempts = 0;
    QString lastEmailError;
    QDateTime acceptedAt;
    QString acceptedUserId;
    QDateTime cancelledAt;
    QString cancelledById;
    QString cancelReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 1;

    QString fullName() const { return (firstName + QLatin1Char(' ') + lastName).trimmed(); }
    // The JSON object of `list --json` / `show --json` (never contains a token).
    QJsonObject toJson() const;
    // The same fields, one by one: the one list of the item's names and types.
    void writeJson(JsonFieldSink& sink) const;
};

} // namespace invitedesk
