#include "core/io/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

namespace invitedesk {

namespace {
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                             QFileDevice::WriteOther | QFileDevice::ExeOther;

// Sets `mode` unless the path already has no group or other permission.
bool tighten(const QString& path, QFileDevice::Permissions mode)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (!(info.permissions() & kOthers))
        return true;
    return QFile::setPermissions(path, mode);
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return true;
#endif
}
} // namespace

bool PrivateFiles::isOpenToOthers(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() && (info.permissions() & kOthers);
}

bool PrivateFiles::tightenFile(const QString& path)
{
    return tighten(path, kFileMode);
}

bool PrivateFiles::tightenFolder(const QString& path)
{
    return tighten(path, kFolderMode);
}

bool PrivateFiles::makeFolder(const QString& path, bool tightenExisting)
{
    const QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(target).isDir())
        return !tightenExisting || tightenFolder(target);
    // The missing folders, outermost first.
    QStringList missing;
    for (QString p = target; !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString& p : std::as_const(missing)) {
        // mkdir's mode passes through the umask, which may only take bits away.
        if (!QDir().mkdir(p, kFolderMode) && !QFileInfo(p).isDir())
            return false;
        if (!tightenFolder(p))
            return false;
    }
    return QFileInfo(target).isDir();
}

bool PrivateFiles::ensureFile(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        // Created 0600 (less what the umask takes); NewOnly: never truncate a file that
        // appeared meanwhile.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kFileMode) &&
            !QFileInfo::exists(path))
            return false;
    }
    return tightenFile(path);
}

bool PrivateFiles::openForWriting(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
        return false;
#ifdef Q_OS_UNIX
    // QSaveFile gives its temporary file the target's mode (0666 less the umask when there is
    // none); this applies to the temporary file, which commit() renames.
    if (!file.setPermissions(kFileMode)) {
        file.cancelWriting();
        return false;
    }
#endif
    return true;
}

bool PrivateFiles::commit(QSaveFile& file)
{
    if (!file.flush()) {
        file.cancelWriting();
        (void)file.commit(); // removes the temporary file; the target is not touched
        return false;
    }
    return file.commit();
}

} // namespace invitedesk
