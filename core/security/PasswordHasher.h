#pragma once

#include <QString>

namespace invitedesk {

// scrypt password hashing in a self-describing, PHC-like string:
//   $scrypt$ln=15,r=8,p=3$<salt, base64 without padding>$<key, base64 without padding>
// The string carries its own parameters, so old hashes keep verifying after the defaults rise
// (needsRehash() tells when to store a fresh one at the next successful sign-in).
//
// One hash costs about 32 MiB and a few hundred milliseconds: never call these on the UI thread
// or the HTTP thread. Passwords are normalised to Unicode NFC first, so the same password typed
// on systems that compose accents differently verifies the same. Nothing here logs a password.
class PasswordHasher {
public:
    // Default parameters: N = 2^LogN, r = BlockSize, p = Parallelism. The environment variable
    // INVITEDESK_PASSWORD_COST ("ln=10,r=8,p=1") replaces them for test runs (see .cpp).
    static constexpr int LogN = 15;
    static constexpr int BlockSize = 8;
    static constexpr int Parallelism = 3;
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;

    // The encoded hash of a password with a fresh random salt; an empty string only if OpenSSL
    // failed (random generator or scrypt), which callers treat as an internal error.
    static QString hash(const QString& password);

    // True when the password matches the encoded hash. A malformed string, or one whose
    // parameters exceed safe bounds (memory or CPU), verifies as false without hashing.
    static bool verify(const QString& password, const QString& encoded);

    // True when the encoded hash is malformed or uses parameters weaker than the current ones
    // (the defaults, or INVITEDESK_PASSWORD_COST when set).
    static bool needsRehash(const QString& encoded);
};

} // namespace invitedesk
