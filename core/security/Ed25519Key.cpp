#include "core/security/Ed25519Key.h"

#include "core/security/OpenSslThreadState.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace invitedesk {

namespace {
struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
} // namespace

void Ed25519Key::Free::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

Ed25519Key::Ed25519Key(EVP_PKEY* key) : m_key(key, Free{}) {}

std::optional<Ed25519Key> Ed25519Key::generate()
{
    releaseOpenSslStateWhenThreadFinishes();
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!key)
        return std::nullopt;
    return Ed25519Key(key);
}

std::optional<Ed25519Key> Ed25519Key::fromPrivatePem(const QByteArray& pem)
{
    releaseOpenSslStateWhenThreadFinishes();
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return std::nullopt;
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_get_id(key) != EVP_PKEY_ED25519) {
        EVP_PKEY_free(key);
        return std::nullopt;
    }
    return Ed25519Key(key);
}

QByteArray Ed25519Key::toPrivatePem() const
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr,
                                         nullptr) != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

QByteArray Ed25519Key::publicKey() const
{
    QByteArray raw(kPublicKeySize, '\0');
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char*>(raw.data()),
                                    &size) != 1 ||
        size != size_t(kPublicKeySize))
        return {};
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray& message) const
{
    releaseOpenSslStateWhenThreadFinishes();
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return {};
    QByteArray signature(kSignatureSize, '\0');
    size_t size = size_t(signature.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       size_t(message.size())) != 1 ||
        size != size_t(kSignatureSize))
        return {};
    return signature;
}

bool Ed25519Key::verify(const QByteArray& publicKey, const QByteArray& message,
                        const QByteArray& signature)
{
    releaseOpenSslStateWhenThreadFinishes();
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, Free> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()),
        size_t(publicKey.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            size_t(message.size())) == 1;
}

} // namespace invitedesk
