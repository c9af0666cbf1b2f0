#pragma once
// Result<T>: a value or an Error, returned (never thrown) by every core function
// that can fail on user input. C++20 has no std::expected, so this is the small
// subset we need.

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace murnau {

// What went wrong, and where: `field` names the input ("--focal",
// "shots[3].camera.focalLengthMm"); `message` is one plain sentence.
struct Error {
    std::string field;
    std::string message;

    // "field: message", or just the message when no field is known.
    [[nodiscard]] std::string describe() const
    {
        return field.empty() ? message : field + ": " + message;
    }
};

template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}          // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) {}      // NOLINT: implicit by design

    [[nodiscard]] bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] const T& value() const& { assert(ok()); return std::get<0>(m_state); }
    [[nodiscard]] T& value() & { assert(ok()); return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { assert(ok()); return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const Error& error() const { assert(!ok()); return std::get<1>(m_state); }

    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_state;
};

// Shorthand for a failed result: `return fail("--focal", "must be positive");`
inline Error fail(std::string field, std::string message)
{
    return Error{std::move(field), std::move(message)};
}

} // namespace murnau
