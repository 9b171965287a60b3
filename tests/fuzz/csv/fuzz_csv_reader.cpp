// libFuzzer entry point for the CSV reader. Built with clang++ -fsanitize=fuzzer,address
// (see CMakeLists.txt). Besides "no crash, no hang, no leak" it checks two properties:
// row numbers only grow, and whatever the reader accepted survives a CsvWriter round trip.
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace invitedesk;

namespace {

struct Parsed {
    bool ok = false;
    QStringList header;
    QList<QStringList> records;
};

Parsed parse(const QByteArray& bytes, char forcedSeparator, qint64 maxBytes, int maxFields)
{
    Parsed out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    reader.setLimits(maxBytes, maxFields);
    if (forcedSeparator)
        reader.setSeparator(forcedSeparator);
    auto header = reader.readHeader();
    if (!header)
        return out;
    if (reader.separator() != ',' && reader.separator() != ';' && !forcedSeparator)
        abort();
    out.header = header.value();
    CsvRecord record;
    qint64 lastRow = reader.headerRow();
    for (;;) {
        auto next = reader.readRecord(record);
        if (!next)
            return out;
        if (!next.value())
            break;
        if (record.row <= lastRow || record.fields.isEmpty())
            abort();
        lastRow = record.row;
        out.records.append(record.fields);
    }
    if (reader.bytesRead() != bytes.size())
        abort();
    out.ok = true;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    parse(input, ';', 4096, 64);
    const Parsed first = parse(input, 0, 4096, 64);
    if (!first.ok)
        return 0;

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out);
    if (!writer.writeRow(first.header).ok())
        abort();
    for (const QStringList& r : first.records) {
        if (!writer.writeRow(r).ok())
            abort();
    }
    const Parsed second = parse(out.data(), 0, 1 << 20, 1 << 16);
    if (!second.ok || second.header.size() != first.header.size() ||
        second.records.size() != first.records.size())
        abort();
    for (qsizetype j = 0; j < first.header.size(); ++j) {
        if (CsvWriter::restore(second.header[j]) != first.header[j])
            abort();
    }
    for (qsizetype i = 0; i < first.records.size(); ++i) {
        const QStringList& want = first.records[i];
        const QStringList& got = second.records[i];
        if (got.size() != want.size())
            abort();
        for (qsizetype j = 0; j < want.size(); ++j) {
            if (CsvWriter::restore(got[j]) != want[j])
                abort();
        }
    }
    return 0;
}
