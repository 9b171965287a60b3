#include "core/io/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace invitedesk {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

bool isBlankByte(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f';
}

// Blank: every field empty or white space (the same test as QString::trimmed()).
bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        for (const QChar c : f) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

QString decodeField(const QByteArray& bytes, bool& invalid)
{
    bool ascii = true;
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return QString::fromLatin1(bytes);
    // Keep a U+FEFF at the start of a field: QString::fromUtf8() would drop it silently.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    invalid = decoder.hasError();
    return text;
}

} // namespace

CsvReader::CsvReader(QIODevice* device) : m_device(device) {}

void CsvReader::setLimits(qint64 maxRecordBytes, int maxFields)
{
    m_maxRecordBytes = maxRecordBytes;
    m_maxFields = maxFields;
}

QString CsvReader::headerKey(const QString& name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            continue;
        key.append(c.toLower());
    }
    return key;
}

Error CsvReader::fatal(qint64 row, const QString& text)
{
    m_errorRow = row;
    m_errorText = text;
    const QString message = row > 0 ? QStringLiteral("row %1: %2").arg(row).arg(text) : text;
    return Error::invalid(QStringLiteral("file"), message);
}

Error CsvReader::readError() const
{
    return Error::make(
        Error::Code::Environment,
        QStringLiteral("the file could not be read: %1").arg(m_device->errorString()),
        QStringLiteral("file"));
}

Result<void> CsvReader::checkDevice() const
{
    if (!m_device || !m_device->isOpen() || !m_device->isReadable())
        return Error::make(Error::Code::Environment,
                           QStringLiteral("the file is not open for reading"),
                           QStringLiteral("file"));
    return {};
}

// Reads the next chunk. Keeps the unread tail of the buffer, drops what was consumed.
bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_consumed += m_pos;
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buf.size();
    m_buf.resize(old + ChunkSize);
    const qint64 n = m_device->read(m_buf.data() + old, ChunkSize);
    if (n <= 0) {
        m_buf.resize(old);
        m_eof = true;
        m_readError = n < 0;
        return false;
    }
    m_buf.resize(old + n);
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buf.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buf[m_pos]);
}

// Looks at the first non-blank line (outside quotes) without consuming it and picks the
// separator it uses more: ';' (spreadsheets in comma-decimal locales) or ','.
char CsvReader::detectSeparator()
{
    qsizetype i = m_pos;
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    bool content = false;
    for (;;) {
        if (i >= m_buf.size()) {
            if (m_eof || i - m_pos > m_maxRecordBytes)
                break;
            // Keep everything from m_pos: fill() only drops bytes before it.
            const qsizetype offset = i - m_pos;
            if (!fill())
                break;
            i = m_pos + offset;
            continue;
        }
        const char c = m_buf[i++];
        if (quoted) {
            if (c == '"')
                quoted = false; // a doubled quote re-enters on the next byte
            continue;
        }
        if (c == '"') {
            quoted = true;
            content = true;
        } else if (c == ',') {
            ++commas;
        } else if (c == ';') {
            ++semicolons;
        } else if (c == '\n' || c == '\r') {
            if (content)
                break;
            commas = semicolons = 0;
        } else if (!isBlankByte(c)) {
            content = true;
        }
    }
    return semicolons > commas ? ';' : ',';
}

// One raw record: fields as bytes. Handles the line end after it (CRLF, LF or CR).
Result<CsvReader::Raw> CsvReader::parseRecord(QList<QByteArray>& fields, int& textAfterQuote)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    fields.clear();
    textAfterQuote = -1;
    State state = State::FieldStart;
    QByteArray field;
    qint64 recordBytes = 0;
    const char sep = m_separator;
    const qint64 startRow = m_recordNo + 1;

    auto endField = [&]() -> bool {
        fields.append(field);
        field.clear();
        return fields.size() <= m_maxFields;
    };
    auto tooMany = [&]() {
        return fatal(
            startRow,
            QStringLiteral("more than %1 fields (the most one row may have)").arg(m_maxFields));
    };

    for (;;) {
        if (m_pos >= m_buf.size() && !fill()) {
            // End of input.
            switch (state) {
            case State::Quoted:
                return fatal(startRow,
                             QStringLiteral("a quoted field is not closed (a '\"' is missing)"));
            case State::FieldStart:
                if (fields.isEmpty() && recordBytes == 0)
                    return Raw::End;
                [[fallthrough]];
            default:
                if (!endField())
                    return tooMany();
                return Raw::Record;
            }
        }
        const char c = m_buf[m_pos++];
        if (++recordBytes > m_maxRecordBytes)
            return fatal(startRow, QStringLiteral("longer than %1 bytes (the most one row may "
                                                  "have; is a quote not closed?)")
                                       .arg(m_maxRecordBytes));
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == sep) {
                if (!endField())
                    return tooMany();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n')
                    ++m_pos;
                if (!endField())
                    return tooMany();
                return Raw::Record;
            } else if (c == '"' && state == State::FieldStart) {
                state = State::Quoted;
            } else {
                // A quote inside an unquoted field is kept as written (lenient, like
                // spreadsheets are).
                field.append(c);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                field.append(c);
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = State::Quoted;
            } else if (c == sep) {
                if (!endField())
                    return tooMany();
                state = State::FieldStart;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n')
                    ++m_pos;
                if (!endField())
                    return tooMany();
                return Raw::Record;
            } else {
                if (textAfterQuote < 0)
                    textAfterQuote = int(fields.size());
                field.append(c);
                state = State::Unquoted;
            }
            break;
        }
    }
}

// The next record that is not blank, decoded; blank ones are counted and skipped.
Result<bool> CsvReader::nextDecoded(Decoded& out)
{
    QList<QByteArray> raw;
    for (;;) {
        auto parsed = parseRecord(raw, out.textAfterQuote);
        if (!parsed)
            return parsed.error();
        if (m_readError)
            return readError();
        if (parsed.value() == Raw::End)
            return false;
        ++m_recordNo;
        out.fields.clear();
        out.invalidUtf8.clear();
        out.fields.reserve(raw.size());
        for (int i = 0; i < raw.size(); ++i) {
            bool invalid = false;
            out.fields.append(decodeField(raw[i], invalid));
            if (invalid)
                out.invalidUtf8.append(i);
        }
        if (!isBlank(out.fields))
            return true;
    }
}

Result<QStringList> CsvReader::readHeader()
{
    if (auto ok = checkDevice(); !ok)
        return ok.error();
    if (m_started)
        return m_header;
    m_started = true;

    while (m_buf.size() - m_pos < 3 && fill()) {
    }
    if (m_buf.startsWith("\xEF\xBB\xBF")) {
        m_pos += 3;
    } else if (m_buf.startsWith("\xFF\xFE") || m_buf.startsWith("\xFE\xFF")) {
        return fatal(0, QStringLiteral("the file is UTF-16 text; save it as \"CSV UTF-8\""));
    }
    if (m_separator == 0)
        m_separator = detectSeparator();

    Decoded decoded;
    auto found = nextDecoded(decoded);
    if (!found)
        return found.error();
    if (!found.value())
        return fatal(0, QStringLiteral("the file is empty: the first row must name the columns"));
    if (!decoded.invalidUtf8.isEmpty())
        return fatal(
            m_recordNo,
            QStringLiteral("the header row is not UTF-8 text; save the file as \"CSV UTF-8\""));
    m_headerRow = m_recordNo;
    m_header.clear();
    for (const QString& name : decoded.fields)
        m_header.append(name.trimmed());
    return m_header;
}

Result<bool> CsvReader::readRecord(CsvRecord& record)
{
    if (!m_started) {
        auto header = readHeader();
        if (!header)
            return header.error();
    }
    Decoded decoded;
    decoded.fields = std::move(record.fields);
    auto found = nextDecoded(decoded);
    if (!found || !found.value())
        return found;

    record.row = m_recordNo;
    record.fields = std::move(decoded.fields);
    record.issues.clear();
    for (const int column : decoded.invalidUtf8)
        record.issues.append({CsvIssue::Kind::InvalidUtf8, column,
                              QStringLiteral("not UTF-8 text; save the file as \"CSV UTF-8\"")});
    if (decoded.textAfterQuote >= 0)
        record.issues.append({CsvIssue::Kind::TextAfterQuote, decoded.textAfterQuote,
                              QStringLiteral("text after a closing quote (write a quote inside a "
                                             "quoted field as \"\")")});
    const int expected = int(m_header.size());
    const int got = int(record.fields.size());
    if (got < expected)
        record.issues.append(
            {CsvIssue::Kind::TooFewFields, -1,
             QStringLiteral("the row has %1 fields, the header has %2").arg(got).arg(expected)});
    else if (got > expected && !isBlank(record.fields.mid(expected)))
        // Extra fields are reported only when they hold something: a trailing separator on
        // every line is harmless.
        record.issues.append(
            {CsvIssue::Kind::TooManyFields, -1,
             QStringLiteral("the row has %1 fields, the header has %2").arg(got).arg(expected)});
    return true;
}

} // namespace invitedesk
