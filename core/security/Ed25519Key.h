#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace invitedesk {

// An Ed25519 key pair (OpenSSL 3 EVP), for signing the audit chain's checkpoints. The private
// half lives only in this object and in the PEM text toPrivatePem() gives (for the key file,
// which the caller writes 0600); nothing here logs or stores it. Verification needs only the
// 32-byte public key.
class Ed25519Key {
public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    // A new key from OpenSSL's random generator; nullopt when OpenSSL fails.
    static std::optional<Ed25519Key> generate();
    // A key from PKCS#8 PEM text ("-----BEGIN PRIVATE KEY-----"); nullopt when it is not an
    // Ed25519 private key.
    static std::optional<Ed25519Key> fromPrivatePem(const QByteArray& pem);

    QByteArray toPrivatePem() const;
    QByteArray publicKey() const; // raw, kPublicKeySize bytes
    // The signature of `message` (kSignatureSize bytes); empty when OpenSSL fails.
    QByteArray sign(const QByteArray& message) const;
    // Whether `signature` is `publicKey`'s over `message`.
    static bool verify(const QByteArray& publicKey, const QByteArray& message,
                       const QByteArray& signature);

private:
    struct Free {
        void operator()(EVP_PKEY* key) const;
    };
    explicit Ed25519Key(EVP_PKEY* key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace invitedesk
