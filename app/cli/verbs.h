#pragma once
// The verbs of murnau-cli. Each verb lives in its own verb_<name>.cpp, declares its
// options and computes through core only; main() parses, dispatches and prints.

#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "app/cli/arguments.h"
#include "core/util/result.h"

namespace murnau::cli {

// What a verb produced: the JSON document (printed with --json) and the same facts as text.
// The JSON keeps its keys in the order they were set (core's report_json writes a fixed order).
struct VerbOutput {
    nlohmann::ordered_json json;   // the keys documented in the verb's help
    std::string text;              // human-readable, ends with a newline
    int exitStatus = 0;            // the process's exit status with this output (validate: 1 for an invalid project)
};

// One verb: its name, help and options, and the function that runs it.
struct Verb {
    std::string_view name;                      // "lens"
    std::string_view summary;                   // one line for the verb list
    std::string_view usage;                     // the synopsis after "murnau-cli "
    std::string_view details;                   // paragraphs for "<verb> --help": output keys, sources
    std::span<const OptionSpec> options;        // verb-specific options; main adds --json, --verbose, --log-file, --help
    Result<VerbOutput> (*run)(const Arguments& arguments);
    std::string_view operand = {};              // help name of the one positional argument ("PROJECT"); empty: none
};

const Verb& sensorsVerb() noexcept;    // verb_sensors.cpp
const Verb& lensVerb() noexcept;       // verb_lens.cpp
const Verb& frameVerb() noexcept;      // verb_frame.cpp
const Verb& timecodeVerb() noexcept;   // verb_timecode.cpp
const Verb& sampleVerb() noexcept;     // verb_sample.cpp
const Verb& planVerb() noexcept;       // verb_plan.cpp
const Verb& reportVerb() noexcept;     // verb_report.cpp
const Verb& validateVerb() noexcept;   // verb_validate.cpp
const Verb& compareVerb() noexcept;    // verb_compare.cpp
const Verb& exportVerb() noexcept;     // verb_export.cpp

} // namespace murnau::cli
