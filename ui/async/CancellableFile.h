#pragma once

#include <QFile>

#include <atomic>
#include <memory>

namespace invitedesk::ui {

// A file whose reads start failing once a shared flag is raised (from any thread). Readers
// that cannot be interrupted otherwise (CsvReader, ImportValidator) stop at their next read
// with an error instead of reading the rest of a large file.
class CancellableFile : public QFile {
public:
    CancellableFile(const QString& path, std::shared_ptr<std::atomic<bool>> stop);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 readLineData(char* data, qint64 maxSize) override;

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace invitedesk::ui
