#include "core/mail/FileTransport.h"

#include "core/io/PrivateFiles.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>

namespace invitedesk {

FileTransport::FileTransport(QString folder) : m_folder(std::move(folder)) {}

QString FileTransport::describe() const
{
    return QUrl::fromLocalFile(m_folder).toString();
}

Result<void> FileTransport::open()
{
    // The messages carry live links: the folder is 0700 and every message 0600, those an
    // older version left behind too.
    if (!PrivateFiles::makeFolder(m_folder, true)) {
        const QString message =
            QFileInfo(m_folder).isDir()
                ? QStringLiteral("The mail folder %1 cannot be made private (owner only, 0700).")
                : QStringLiteral("Cannot create the mail folder %1.");
        m_lastError =
            Error::make(Error::Code::Environment, message.arg(QDir::toNativeSeparators(m_folder)),
                        QStringLiteral("mail"));
        return m_lastError;
    }
    QDirIterator messages(m_folder, {QStringLiteral("*.eml")}, QDir::Files | QDir::Hidden);
    while (messages.hasNext())
        PrivateFiles::tightenFile(messages.next());
    m_open = true;
    return {};
}

QList<DeliveryOutcome> FileTransport::send(const QList<OutgoingMail>& batch)
{
    QList<DeliveryOutcome> outcomes;
    outcomes.reserve(batch.size());
    if (!m_open && !open()) {
        for (qsizetype i = 0; i < batch.size(); ++i)
            outcomes.append({DeliveryOutcome::Status::NotAttempted, 0, m_lastError.message});
        return outcomes;
    }
    const QDir dir(m_folder);
    for (const OutgoingMail& mail : batch) {
        const QString name =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
            QLatin1Char('-') +
            QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, '0') +
            QStringLiteral(".eml");
        QSaveFile file(dir.filePath(name));
        if (!PrivateFiles::openForWriting(file) || file.write(mail.data) != mail.data.size() ||
            !PrivateFiles::commit(file)) {
            // Most often a full disk; QSaveFile removes its partial file, so the folder holds
            // only whole messages, and the outbox keeps this one for the next attempt.
            outcomes.append(
                {DeliveryOutcome::Status::Deferred, 0,
                 QStringLiteral("Cannot write the message to the mail folder %1 (%2); it is kept "
                                "in the outbox and tried again.")
                     .arg(QDir::toNativeSeparators(m_folder), file.errorString())});
            continue;
        }
        outcomes.append({DeliveryOutcome::Status::Sent, 250,
                         QStringLiteral("250 written to %1").arg(name), DeliveryChannel::Folder});
    }
    return outcomes;
}

} // namespace invitedesk
