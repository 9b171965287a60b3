#include "core/security/PasswordHasher.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <optional>

Q_LOGGING_CATEGORY(lcPasswordHasher, "invitedesk.security.password")

namespace invitedesk {

namespace {

// scrypt needs 128 * r * N bytes for its big array plus 128 * r * p for the blocks.
constexpr quint64 HashMaxMem = 64ull * 1024 * 1024;
// Bounds for parameters read from a stored string: generous enough for future, stronger
// defaults, small enough that a crafted string can't make verify() allocate gigabytes or spin
// for minutes.
constexpr quint64 VerifyMaxMem = 256ull * 1024 * 1024;
constexpr int MaxLogN = 20;
constexpr int MaxBlockSize = 32;
constexpr int MaxParallelism = 16;
constexpr quint64 MaxWork = 1ull << 22; // N * r * p: about 5x the default 2^15 * 24
constexpr int MinSaltBytes = 4;         // RFC 7914 test vectors use 4 ("NaCl"); ours are 16
constexpr int MaxSaltBytes = 64;
constexpr int MinKeyBytes = 16;
constexpr int MaxKeyBytes = 64;

const QString Prefix = QStringLiteral("scrypt");

struct Encoded {
    int logN = 0;
    int r = 0;
    int p = 0;
    QByteArray salt;
    QByteArray key;
};

constexpr auto B64Options = QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals;

quint64 memoryNeeded(int logN, int r, int p)
{
    return 128ull * quint64(r) * (1ull << logN) + 128ull * quint64(r) * quint64(p);
}

// A small decimal (1..4 digits, no sign, no leading zero) or nullopt.
std::optional<int> parseSmallInt(QStringView text)
{
    if (text.isEmpty() || text.size() > 4 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

std::optional<QByteArray> decodeB64(const QString& text)
{
    if (text.isEmpty() || text.size() > 128)
        return std::nullopt;
    const auto result = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    return result.decoded;
}

// Parses and bounds-checks an encoded hash; nullopt for anything malformed or out of bounds.
std::optional<Encoded> parse(const QString& encoded)
{
    if (encoded.size() > 512)
        return std::nullopt;
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 5 || !parts[0].isEmpty() || parts[1] != Prefix)
        return std::nullopt;

    Encoded e;
    bool seenLogN = false, seenR = false, seenP = false;
    const QStringList params = parts[2].split(u',');
    if (params.size() != 3)
        return std::nullopt;
    for (const QString& param : params) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return std::nullopt;
        const QStringView name = QStringView(param).left(eq);
        const auto value = parseSmallInt(QStringView(param).mid(eq + 1));
        if (!value)
            return std::nullopt;
        if (name == u"ln" && !seenLogN) {
            e.logN = *value;
            seenLogN = true;
        } else if (name == u"r" && !seenR) {
            e.r = *value;
            seenR = true;
        } else if (name == u"p" && !seenP) {
            e.p = *value;
            seenP = true;
        } else {
            return std::nullopt;
        }
    }
    if (e.logN < 1 || e.logN > MaxLogN || e.r < 1 || e.r > MaxBlockSize || e.p < 1 ||
        e.p > MaxParallelism)
        return std::nullopt;
    if (memoryNeeded(e.logN, e.r, e.p) > VerifyMaxMem ||
        (1ull << e.logN) * quint64(e.r) * quint64(e.p) > MaxWork)
        return std::nullopt;

    const auto salt = decodeB64(parts[3]);
    const auto key = decodeB64(parts[4]);
    if (!salt || !key || salt->size() < MinSaltBytes || salt->size() > MaxSaltBytes ||
        key->size() < MinKeyBytes || key->size() > MaxKeyBytes)
        return std::nullopt;
    e.salt = *salt;
    e.key = *key;
    return e;
}

// Wipes the UTF-8 copy of a password when it goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const QString& password)
        : m_bytes(password.normalized(QString::NormalizationForm_C).toUtf8())
    {}
    ~SecretBytes()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;
    const char* data() const { return m_bytes.constData(); }
    size_t size() const { return size_t(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

bool derive(const SecretBytes& password, const QByteArray& salt, int logN, int r, int p,
            quint64 maxMem, QByteArray& out)
{
    const int ok = EVP_PBE_scrypt(
        password.data(), password.size(), reinterpret_cast<const unsigned char*>(salt.constData()),
        size_t(salt.size()), uint64_t(1) << logN, uint64_t(r), uint64_t(p), maxMem,
        reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    if (ok != 1) {
        qCWarning(lcPasswordHasher) << "EVP_PBE_scrypt failed, OpenSSL error" << ERR_get_error();
        ERR_clear_error();
        return false;
    }
    return true;
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltBytes) != 1) {
        qCCritical(lcPasswordHasher) << "RAND_bytes failed: no salt for a password hash";
        return {};
    }
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const SecretBytes secret(password);
    if (!derive(secret, salt, LogN, BlockSize, Parallelism, HashMaxMem, key))
        return {};
    return QStringLiteral("$%1$ln=%2,r=%3,p=%4$%5$%6")
        .arg(Prefix)
        .arg(LogN)
        .arg(BlockSize)
        .arg(Parallelism)
        .arg(QString::fromLatin1(salt.toBase64(B64Options)),
             QString::fromLatin1(key.toBase64(B64Options)));
}

bool PasswordHasher::verify(const QString& password, const QString& encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return false;
    QByteArray key(parsed->key.size(), Qt::Uninitialized);
    const SecretBytes secret(password);
    const quint64 maxMem = memoryNeeded(parsed->logN, parsed->r, parsed->p) + 1024 * 1024;
    if (!derive(secret, parsed->salt, parsed->logN, parsed->r, parsed->p, maxMem, key))
        return false;
    return CRYPTO_memcmp(key.constData(), parsed->key.constData(), size_t(key.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& encoded)
{
    const auto parsed = parse(encoded);
    if (!parsed)
        return true;
    return parsed->logN < LogN || parsed->r < BlockSize || parsed->p < Parallelism ||
           parsed->salt.size() < SaltBytes || parsed->key.size() < KeyBytes;
}

} // namespace invitedesk
