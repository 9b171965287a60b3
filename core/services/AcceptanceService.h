#pragma once

#include "core/Error.h"
#include "core/domain/User.h"
#include "core/services/FirstLookRecorder.h"
#include "core/services/ServiceConfig.h"
#include "core/storage/AcceptanceRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace invitedesk {

// Where an invitation stands for the person holding its link.
enum class AcceptanceState {
    Open,    // can be accepted
    Expired, // past expires_at (whether or not the sweep marked it yet)
    Cancelled,
    Accepted,    // used
    Unavailable, // delivery failed for good; only a resend revives it
    Replaced,    // this link was revoked by a resend: a newer e-mail carries the live one
};

struct AcceptanceLookup {
    AcceptanceState state = AcceptanceState::Open;
    AcceptanceRecord invitation;
};

// What the invitee sends to accept. Names are optional (the invitation's are used when
// absent); the confirmation is checked when given.
struct AcceptRequest {
    QString token;
    QString password;
    std::optional<QString> passwordConfirmation;
    std::optional<QString> firstName;
    std::optional<QString> lastName;
};

// An acceptance that passed every check except the race: holds what the transaction needs.
struct PreparedAcceptance {
    AcceptanceRecord invitation;
    QByteArray linkHash; // the hash of the link it came through (lookupKey), never the token
    QString firstName;
    QString lastName;
    // Kept until complete() for the person's database login (PersonLoginRepository), which
    // takes its SCRAM verifier; never stored.
    QString password;
};

// The invitee's side of an invitation: look it up by the link's token, record the first view
// of the page, and accept it (create the account and mark the invitation accepted in one
// transaction). No actor: the token is the credential. Accepting is split in three steps so
// the slow password hash can run on its own bounded pool (prepare -> hash -> complete);
// accept() runs all three in a row.
class AcceptanceService {
    Q_DECLARE_TR_FUNCTIONS(AcceptanceService)

public:
    AcceptanceService(DatabasePtr database, ServiceConfig config);

    // NotFound for an unknown token. The same lookup work is done for unknown and known
    // tokens (hash, one indexed query), malformed ones included, so timing tells nothing.
    Result<AcceptanceLookup> lookup(const QString& token);
    // lookup() in two halves, for callers that read the row themselves (the handler's
    // pipelined lookup): what to look for, and what the row found (or none) means.
    static QByteArray lookupKey(const QString& token);
    Result<AcceptanceLookup> evaluate(Result<std::optional<AcceptanceRecord>> found) const;
    // open(), then the invitation if it is open; Gone (expired, cancelled, used, unavailable)
    // otherwise.
    Result<AcceptanceRecord> validate(const QString& token);
    // lookup() and recordView(): what the page and the JSON validate route both do, so a
    // link counts as opened however it was first looked at. Never uses the token up.
    Result<AcceptanceLookup> open(const QString& token);
    // When the invitation is open and this is its first view (isFirstView), records
    // opened_at with an invitation.opened audit event (FirstLookRecorder::record); passes
    // anything else through. With recordFirstLooksInBackground() the look is only queued and
    // written by the recorder shortly after, so the answer never waits for it.
    Result<AcceptanceLookup> recordView(Result<AcceptanceLookup> found);
    static bool isFirstView(const AcceptanceLookup& found);
    // Turns on background recording of first looks (the handler: start() before serving).
    void recordFirstLooksInBackground(FirstLookRecorder::Settings settings = {});
    // Writes the queued first looks now and goes back to recording them in the request (the
    // handler's stop(), after the last request). Nothing to do without background recording.
    void finishFirstLooks();

    // Checks the token (NotFound/Gone), names and confirmation and the password policy
    // (InvalidInput naming the field), and that no account has the e-mail (Conflict).
    Result<PreparedAcceptance> prepare(const AcceptRequest& request);
    // Creates the user (role from the invitation type, upline, organisation, the given hash,
    // invited_by, invitation id and time) and marks the invitation accepted, in one
    // transaction guarded by the invitation's status and version, with audit events and the
    // invitation's queued mail cancelled. Gone when someone else accepted first (or it expired
    // or was cancelled meanwhile); Conflict when the e-mail got an account meanwhile.
    Result<User> complete(const PreparedAcceptance& prepared, const QString& passwordHash);
    Result<User> accept(const AcceptRequest& request);

    // The database answers a trivial query (reconnecting once if the connection dropped).
    Result<void> health();

    static QString stateName(AcceptanceState state);
    // Gone with a message for a state other than Open.
    static Error goneError(const AcceptanceLookup& lookup);

private:
    Result<AcceptanceLookup> lookupOnce(const QString& token);
    // Why a guarded update found nothing to change (read again through the same link).
    Error raceLost(const QByteArray& linkHash);
    static User newAccount(const PreparedAcceptance& prepared, const QDateTime& now);
    Result<User> completeByLink(const PreparedAcceptance& prepared, const QString& passwordHash);

    DatabasePtr m_database;
    ServiceConfig m_config;
    std::shared_ptr<FirstLookRecorder> m_firstLooks; // null: recorded in the request
};

} // namespace invitedesk
