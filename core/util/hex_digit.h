#pragma once
// The value of one hexadecimal digit, for the readers of escapes and codes in text: JSON's
// \uXXXX, a colour's "#rrggbb", a URI's %XX.

namespace murnau {

// 0-15 for '0'-'9', 'a'-'f' and 'A'-'F'; -1 for any other character.
[[nodiscard]] constexpr int hexDigitValue(char c) noexcept
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace murnau
