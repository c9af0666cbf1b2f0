#pragma once
// murnau-cli's hand-written command-line parsing: each verb declares its options,
// Arguments::parse checks the words against them, and the strict number readers turn
// values into numbers (std::from_chars; "35mm", "nan", "inf" and trailing junk refused).
// Every error names the option it is about ("--focal") so main() can print
// "murnau-cli: --focal: <message>".

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace murnau::cli {

// One option a verb accepts.
struct OptionSpec {
    std::string_view name;        // "--focal"
    std::string_view valueName;   // metavariable shown in the help ("MM"); empty for a flag without value
    std::string_view help;        // one line for --help

    [[nodiscard]] bool takesValue() const noexcept { return !valueName.empty(); }
};

// The options given on a command line, checked against the verb's OptionSpecs.
class Arguments {
public:
    // Reads `words` (everything after the verb). Accepts "--name value" and "--name=value", and
    // a short option by its declared name ("-o value"); a value may start with '-' ("--focal -35"
    // reaches the number check). A verb with an `operandName` ("PROJECT") takes one positional
    // word anywhere among the options. Errors on unknown options, positional words beyond the
    // operand, missing values, values given to flags and repeated options.
    static Result<Arguments> parse(std::span<const std::string_view> words,
                                   std::span<const OptionSpec> specs, std::string_view verbName,
                                   std::string_view operandName = {});

    // Whether the option was given (flag or valued).
    [[nodiscard]] bool has(std::string_view name) const;
    // The value of a valued option, if given.
    [[nodiscard]] std::optional<std::string_view> value(std::string_view name) const;
    // The value of an option that must be given; the error names it.
    [[nodiscard]] Result<std::string> required(std::string_view name) const;
    // The positional word; the error names the operand ("PROJECT") when it was not given.
    [[nodiscard]] Result<std::string> operand() const;

private:
    std::map<std::string, std::string, std::less<>> m_values;   // flags map to ""
    std::string m_operandName;                                   // help name of the positional word; empty: none taken
    std::optional<std::string> m_operand;                        // the positional word, if given
};

// The number readers' errors say "<option>: must be <expected>, got <text>", e.g.
// "--focal: must be a positive number of millimetres, got -35".

// A finite number > 0, strictly: the whole text must be a decimal number (exponent allowed).
Result<double> parsePositive(std::string_view text, std::string_view option, std::string_view expected);

// A finite number of either sign, strictly (an angle that may turn either way).
Result<double> parseFinite(std::string_view text, std::string_view option, std::string_view expected);

// A finite number within [min, max] (after parsePositive's or parseFinite's text rules): the error
// says "<option>: must be <expected> from <min> to <max><unit>, got <text>".
Result<double> parseWithin(std::string_view text, std::string_view option, std::string_view expected, double min,
                           double max, std::string_view unit);

// A whole number >= 0 (frame numbers); no sign, no decimals.
Result<std::int64_t> parseCount(std::string_view text, std::string_view option, std::string_view expected);

// A delivery aspect ratio: "2.39", "1.85", "16:9", "4:3", "2.39:1" (width over height).
Result<double> parseAspect(std::string_view text, std::string_view option);

// Renames a core error's field ("focalLengthMm", "fNumber", "timecode") to the
// command-line option it came from ("--focal", "--fstop", "--tc").
Error asOptionError(Error coreError);

// Lines of "  --name VALUE   help" for a verb's --help.
std::string describeOptions(std::span<const OptionSpec> specs);

} // namespace murnau::cli
