#pragma once
// How numbers are written in the sentences of a feasibility report: three significant
// figures at most, no trailing zeros ("1.5", "0.857", "36", "1234").

#include <string>

namespace murnau {

// `value` rounded for reading: two decimals below 10, one below 100, none from 100 on, trailing
// zeros dropped; "inf" for infinity.
[[nodiscard]] std::string formatQuantity(double value);

// How far `value` is over (positive) or under (negative) `limit`, in whole percent:
// "36 % over", "7 % under", "at the limit" when it rounds to 0.
[[nodiscard]] std::string formatMargin(double value, double limit);

} // namespace murnau
