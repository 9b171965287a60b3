#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace invitedesk {

// Errors are values in core: a stable code for programs, a message a person can act on,
// and the input field it concerns (empty when it concerns none).
struct Error {
    enum class Code {
        InvalidInput,    // bad value in a field: exit 1, HTTP 400
        NotPermitted,    // the actor may not do this: exit 1, HTTP 403
        NotFound,        // no such record visible to the actor: exit 1, HTTP 404
        Conflict,        // state changed under us, duplicate, wrong state: exit 1, HTTP 409
        Gone,            // expired, cancelled or used token: HTTP 410
        QuotaExceeded,   // per-inviter daily cap reached: exit 1, HTTP 429
        Unauthenticated, // wrong e-mail or password: exit 1
        Environment,     // database/SMTP unreachable, schema mismatch: exit 3
        Internal,        // a bug or an unexpected driver answer
    };

    Code code = Code::Internal;
    QString message;
    QString field;

    static Error invalid(QString field, QString message)
    {
        return {Code::InvalidInput, std::move(message), std::move(field)};
    }
    static Error make(Code code, QString message, QString field = {})
    {
        return {code, std::move(message), std::move(field)};
    }

    // "field: message", the one-line form the command line prints.
    QString describe() const
    {
        return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
    }
    static QString codeName(Code code);
};

// A value or an Error. Small on purpose: C++20 has no std::expected.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that returns nothing.
template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace invitedesk
