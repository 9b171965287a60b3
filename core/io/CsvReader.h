#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace invitedesk {

// Something odd about one record that the reader could still read past; the importer turns
// it into an error against the record's row.
struct CsvIssue {
    enum class Kind {
        TooFewFields,   // fewer fields than the header (the missing ones read as empty)
        TooManyFields,  // more non-empty fields than the header (the extra ones are kept)
        InvalidUtf8,    // a field is not UTF-8 text (e.g. a file saved as Windows-1252)
        TextAfterQuote, // "abc"def: text after a closing quote, kept as written
    };
    Kind kind;
    int column = -1; // 0-based field index, -1 for the whole record
    QString message;
};

// One CSV record (a quoted field may span lines: it is still one record).
struct CsvRecord {
    // The spreadsheet row number: the header is row 1 when it is the first line. Every
    // record counts, blank ones too, so the number matches the row a spreadsheet shows.
    qint64 row = 0;
    QStringList fields;
    QList<CsvIssue> issues;

    // The field at `index`, or an empty string for a short (ragged) record.
    QString value(int index) const
    {
        return index >= 0 && index < fields.size() ? fields[index] : QString();
    }
};

// Streaming RFC 4180 reader over a QIODevice: quoted fields with separators, doubled quotes
// and line breaks; UTF-8 with or without BOM; ',' or ';' detected from the header line;
// CRLF, LF or CR line ends. Blank records (empty lines, or only separators and spaces) are
// skipped but counted in row numbers. Reads the device in chunks, so a large file is never
// held in memory as a whole.
//
// Fatal problems (unclosed quote at the end, a record over the size limit, a UTF-16 file, a
// read error) come back as Error values; per-record oddities come back as CsvIssue.
class CsvReader {
public:
    explicit CsvReader(QIODevice* device);

    // Forces a separator instead of detecting it from the header line.
    void setSeparator(char separator) { m_separator = separator; }
    // The most one record may have: far beyond a real invitation file (an export has 38
    // columns, a row a few hundred bytes), small enough that a hostile file of wide or long
    // rows (or one endless quoted field) cannot cost memory out of proportion.
    static constexpr qint64 kMaxRecordBytes = 64 * 1024;
    static constexpr int kMaxFields = 64;

    // Caps one record's size in bytes and its number of fields; over either, the record is a
    // fatal error naming its row. Defaults: kMaxRecordBytes and kMaxFields.
    void setLimits(qint64 maxRecordBytes, int maxFields);

    // Reads the header: the first non-blank record. Detects the separator from it unless one
    // was forced. Must be called before readRecord().
    Result<QStringList> readHeader();
    // The next non-blank data record into `record`: true, or false at the end of the input.
    Result<bool> readRecord(CsvRecord& record);

    char separator() const { return m_separator; }
    qint64 headerRow() const { return m_headerRow; }
    const QStringList& header() const { return m_header; }
    // Bytes consumed so far (for progress against QIODevice::size()).
    qint64 bytesRead() const { return m_consumed + m_pos; }
    // After a fatal error: the row it concerns (0 for the whole file) and the message
    // without the "row N: " prefix.
    qint64 errorRow() const { return m_errorRow; }
    const QString& errorText() const { return m_errorText; }

    // A header name reduced for matching: lower case, without spaces, '_' and '-'
    // ("First Name", "first_name" and "FIRST-NAME" all give "firstname").
    static QString headerKey(const QString& name);

private:
    enum class Raw { Record, End };
    struct Decoded {
        QStringList fields;
        QList<int> invalidUtf8; // columns that were not UTF-8
        int textAfterQuote = -1;
    };
    Result<bool> nextDecoded(Decoded& out);
    // textAfterQuote: index of the first field with text after its closing quote, or -1.
    Result<Raw> parseRecord(QList<QByteArray>& fields, int& textAfterQuote);
    bool fill();
    int peek();
    char detectSeparator();
    Result<void> checkDevice() const;
    Error fatal(qint64 row, const QString& text);
    Error readError() const;

    QIODevice* m_device;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0; // bytes dropped from the front of m_buf
    bool m_eof = false;
    bool m_readError = false;
    bool m_started = false;
    char m_separator = 0;
    qint64 m_recordNo = 0;
    qint64 m_headerRow = 0;
    QStringList m_header;
    qint64 m_errorRow = 0;
    QString m_errorText;
    qint64 m_maxRecordBytes = kMaxRecordBytes;
    int m_maxFields = kMaxFields;
};

} // namespace invitedesk
