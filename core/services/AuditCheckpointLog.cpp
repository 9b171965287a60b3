#include "core/services/AuditCheckpointLog.h"

#include "core/io/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace invitedesk {

namespace {
Error logError(const QString& message)
{
    return Error::make(Error::Code::Environment, message, QStringLiteral("audit_key"));
}
} // namespace

QString AuditCheckpointLog::pathFor(const QString& keyPath)
{
    return keyPath + QStringLiteral(".checkpoints");
}

Result<void> AuditCheckpointLog::append(const QString& path, const AuditCheckpoint& checkpoint)
{
    if (!PrivateFiles::ensureFile(path))
        return logError(tr("Cannot create the audit checkpoint log %1.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return logError(
            tr("Cannot open the audit checkpoint log %1: %2").arg(path, file.errorString()));
    const QByteArray line = checkpoint.toLogLine() + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return logError(
            tr("Cannot write the audit checkpoint log %1: %2").arg(path, file.errorString()));
#ifdef Q_OS_UNIX
    ::fsync(file.handle()); // the line is on disk before the database row commits
#endif
    return {};
}

Result<QList<AuditCheckpointLog::Line>> AuditCheckpointLog::read(const QString& path)
{
    QList<Line> lines;
    if (!QFileInfo::exists(path))
        return lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return logError(
            tr("Cannot read the audit checkpoint log %1: %2").arg(path, file.errorString()));
    int number = 0;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine(64 * 1024).trimmed();
        ++number;
        if (text.isEmpty())
            continue;
        lines.append(Line{number, AuditCheckpoint::fromLogLine(text)});
    }
    return lines;
}

} // namespace invitedesk
