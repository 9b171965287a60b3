#include "core/security/PasswordHasher.h"

#include "core/security/OpenSslThreadState.h"

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

// scrypt needs 128 * r * N bytes for its big array plus 128 * r * p for the blocks.
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

// The "ln=..,r=..,p=.." part, bounds-checked (memory and CPU) into e; false when malformed.
bool parseParams(const QString& text, Encoded& e)
{
    bool seenLogN = false, seenR = false, seenP = false;
    const QStringList params = text.split(u',');
    if (params.size() != 3)
        return false;
    for (const QString& param : params) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq <= 0)
            return false;
        const QStringView name = QStringView(param).left(eq);
        const auto value = parseSmallInt(QStringView(param).mid(eq + 1));
        if (!value)
            return false;
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
            return false;
        }
    }
    if (e.logN < 1 || e.logN > MaxLogN || e.r < 1 || e.r > MaxBlockSize || e.p < 1 ||
        e.p > MaxParallelism)
        return false;
    if (memoryNeeded(e.logN, e.r, e.p) > VerifyMaxMem ||
        (1ull << e.logN) * quint64(e.r) * quint64(e.p) > MaxWork)
        return false;

    return true;
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
    if (!parseParams(parts[2], e))
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
    releaseOpenSslStateWhenThreadFinishes();
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

struct Cost {
    int logN = PasswordHasher::LogN;
    int r = PasswordHasher::BlockSize;
    int p = PasswordHasher::Parallelism;
};

// The parameters new hashes get: the defaults, or INVITEDESK_PASSWORD_COST ("ln=10,r=8,p=1"),
// which exists so that test runs do not spend most of their time in scrypt. Read once. Hashes
// made under a weaker setting are replaced at the first sign-in without it (needsRehash). Not
// logged: sign-ins print nothing else that scripts would have to filter (docs/security.md).
Cost currentCost()
{
    static const Cost cost = [] {
        const QString text = qEnvironmentVariable("INVITEDESK_PASSWORD_COST");
        Encoded e;
        if (text.isEmpty() || !parseParams(text, e))
            return Cost{};
        return Cost{e.logN, e.r, e.p};
    }();
    return cost;
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    releaseOpenSslStateWhenThreadFinishes();
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltBytes) != 1) {
        qCCritical(lcPasswordHasher) << "RAND_bytes failed: no salt for a password hash";
        return {};
    }
    QByteArray key(KeyBytes, Qt::Uninitialized);
    const SecretBytes secret(password);
    const Cost cost = currentCost();
    if (!derive(secret, salt, cost.logN, cost.r, cost.p,
                memoryNeeded(cost.logN, cost.r, cost.p) + 1024 * 1024, key))
        return {};
    return QStringLiteral("$%1$ln=%2,r=%3,p=%4$%5$%6")
        .arg(Prefix)
        .arg(cost.logN)
        .arg(cost.r)
        .arg(cost.p)
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
    const Cost cost = currentCost();
    return parsed->logN < cost.logN || parsed->r < cost.r || parsed->p < cost.p ||
           parsed->salt.size() < SaltBytes || parsed->key.size() < KeyBytes;
}

} // namespace invitedesk
