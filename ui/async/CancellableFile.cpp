#include "ui/async/CancellableFile.h"

#include <QCoreApplication>

namespace invitedesk::ui {

CancellableFile::CancellableFile(const QString& path, std::shared_ptr<std::atomic<bool>> stop)
    : QFile(path), m_stop(std::move(stop))
{}

qint64 CancellableFile::readData(char* data, qint64 maxSize)
{
    if (m_stop && m_stop->load()) {
        setErrorString(QCoreApplication::translate("invitedesk::ui::CancellableFile",
                                                   "Stopped at the user's request."));
        return -1;
    }
    return QFile::readData(data, maxSize);
}

qint64 CancellableFile::readLineData(char* data, qint64 maxSize)
{
    if (m_stop && m_stop->load()) {
        setErrorString(QCoreApplication::translate("invitedesk::ui::CancellableFile",
                                                   "Stopped at the user's request."));
        return -1;
    }
    return QFile::readLineData(data, maxSize);
}

} // namespace invitedesk::ui
