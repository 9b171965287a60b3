#pragma once

#include <QFileDevice>
#include <QString>

class QSaveFile;

namespace invitedesk {

// Files and folders only their owner may read. What the desk and the command line write (the
// SQLite database and its -wal/-shm files, the mail folder and its messages, exports, the
// settings file) holds password hashes, personal data or live links, so it is created 0700
// (folders) and 0600 (files) whatever the process umask, and an existing one is tightened when
// it is opened. A umask set around an open would be process-wide and race with other threads;
// these set the mode of the one path instead. On Windows, where POSIX modes do not apply, they
// only create (a user's profile folders are private there already).
class PrivateFiles {
public:
    static constexpr QFileDevice::Permissions kFileMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions kFolderMode =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    // Creates `path` and its missing parents 0700. An existing `path` is tightened to 0700 only
    // with `tightenExisting` (a folder the desk owns, such as the mail folder; not the folder a
    // database file was put in, which may be anyone's). Parents that exist are left alone.
    static bool makeFolder(const QString& path, bool tightenExisting);
    // An existing file (or folder) loses every group and other permission. True when it is
    // missing or private now.
    static bool tightenFile(const QString& path);
    static bool tightenFolder(const QString& path);
    // Creates an empty file 0600 unless one exists; tightens it if it does.
    static bool ensureFile(const QString& path);
    // Opens `file` for writing and makes it 0600 before a byte is written: the temporary file
    // that commit() renames over the target, so an existing target's looser mode is not kept.
    static bool openForWriting(QSaveFile& file);
    // Writes out what `file` still buffers and renames it over the target; false, with the
    // target untouched and the temporary file gone, when any byte could not be written (a
    // full disk). QSaveFile::commit() alone can report success for a file a failed flush cut
    // short.
    static bool commit(QSaveFile& file);
    // Whether a path has any group or other permission (false when it is missing).
    static bool isOpenToOthers(const QString& path);
};

} // namespace invitedesk
