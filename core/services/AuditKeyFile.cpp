#include "core/services/AuditKeyFile.h"

#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace invitedesk {

namespace {
constexpr qint64 kMaxKeyFileSize = 64 * 1024;

Error keyError(const QString& message)
{
    return Error::make(Error::Code::Environment, message, QStringLiteral("audit_key"));
}
} // namespace

Result<Ed25519Key> AuditKeyFile::load(const QString& path)
{
    if (path.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("No audit key file is named: set INVITEDESK_AUDIT_KEY or the "
                              "setting audit/key_file."),
                           QStringLiteral("audit_key"));
    if (!QFileInfo::exists(path))
        return Error::make(Error::Code::NotFound,
                           tr("The audit key file %1 does not exist.").arg(path),
                           QStringLiteral("audit_key"));
    PrivateFiles::tightenFile(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(tr("Cannot read the audit key file %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxKeyFileSize)
        return keyError(tr("The audit key file %1 holds no Ed25519 private key.").arg(path));
    const QByteArray pem = file.readAll();
    auto key = Ed25519Key::fromPrivatePem(pem);
    if (!key)
        return keyError(tr("The audit key file %1 holds no Ed25519 private key.").arg(path));
    return *key;
}

Result<Ed25519Key> AuditKeyFile::loadOrCreate(const QString& path, bool* created)
{
    if (created)
        *created = false;
    if (path.isEmpty() || QFileInfo::exists(path))
        return load(path);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder) && !PrivateFiles::makeFolder(folder, false))
        return keyError(tr("Cannot create the folder of the audit key file %1.").arg(path));
    auto key = Ed25519Key::generate();
    if (!key)
        return keyError(tr("Could not make an Ed25519 key."));
    const QByteArray pem = key->toPrivatePem();
    QFile file(path);
    // NewOnly: never overwrite a key another process made meanwhile; created 0600.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFiles::kFileMode)) {
        if (QFileInfo::exists(path))
            return load(path); // made by another process first: sign with that one
        return keyError(
            tr("Cannot create the audit key file %1: %2").arg(path, file.errorString()));
    }
    PrivateFiles::tightenFile(path);
    if (file.write(pem) != pem.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return keyError(tr("Cannot write the audit key file %1: %2").arg(path, reason));
    }
    file.close();
    if (created)
        *created = true;
    return *key;
}

} // namespace invitedesk
