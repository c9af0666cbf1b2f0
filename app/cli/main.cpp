// murnau-cli: Murnau's camera maths without the GUI, for scripts and pipelines.
// Uses core only (never Qt), so every number it prints is the one the app shows.
//
//   murnau-cli [--verbose] [--log-file] <verb> [options] [--json]
//
// Exit status: 0 done; 2 bad input, with one line on stderr naming the argument
// ("murnau-cli: --focal: must be a positive number of millimetres, got -35"); 1 internal error
// (and, for validate, an invalid project: the verb's output says why).

#include <array>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/arguments.h"
#include "app/cli/verbs.h"
#include "core/log/logging.h"
#include "core/version.h"

namespace murnau::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitInternalError = 1;
constexpr int kExitBadInput = 2;

constexpr std::string_view kProgram = "murnau-cli";

constexpr std::array<OptionSpec, 4> kCommonOptions{{
    {"--json", "", "print the result as JSON instead of text (the keys are listed in each verb's --help)"},
    {"--verbose", "", "log debug messages to stderr"},
    {"--log-file", "", "also write the log to $XDG_STATE_HOME/murnau/murnau-cli.log (default ~/.local/state/murnau)"},
    {"--help", "", "show this help"},
}};

std::array<const Verb*, 10> allVerbs() noexcept
{
    return {&sensorsVerb(), &lensVerb(), &frameVerb(), &timecodeVerb(), &sampleVerb(), &planVerb(), &reportVerb(),
            &compareVerb(), &exportVerb(), &validateVerb()};
}

// "sensors, lens, frame, ...": the verb names for messages.
std::string verbNames()
{
    std::string names;
    for (const Verb* verb : allVerbs())
        names += fmt::format("{}{}", names.empty() ? "" : ", ", verb->name);
    return names;
}

const Verb* findVerb(std::string_view name) noexcept
{
    for (const Verb* verb : allVerbs()) {
        if (verb->name == name)
            return verb;
    }
    return nullptr;
}

int badInput(const Error& error)
{
    fmt::print(stderr, "{}: {}\n", kProgram, error.describe());
    return kExitBadInput;
}

std::string programHelp()
{
    std::string text = fmt::format(
        "{} {}: {}'s camera maths from the command line, on the same core as the app.\n\n"
        "Usage: {} [--verbose] [--log-file] <verb> [options] [--json]\n"
        "       {} --version | --help | <verb> --help\n\nVerbs:\n",
        kProgram, kVersion, kProjectName, kProgram, kProgram);
    for (const Verb* verb : allVerbs())
        text += fmt::format("  {:<9} {}\n", verb->name, verb->summary);
    text += "\nOptions for every verb:\n";
    text += describeOptions(kCommonOptions);
    text += "\nGlobal options:\n";
    text += "  --version  print \"murnau-cli <version>\" and exit\n";
    text += "  --help     show this help\n";
    text += "\nExit status: 0 done; 2 bad input (one line on stderr naming the argument); 1 internal error.\n";
    text += "validate exits 1 for an invalid project (its problem on stdout).\n";
    return text;
}

std::string verbHelp(const Verb& verb)
{
    std::string text = fmt::format("{} {}: {}\n\nUsage: {} {}\n\n{}\nOptions:\n", kProgram, verb.name,
                                   verb.summary, kProgram, verb.usage, verb.details);
    std::vector<OptionSpec> all(verb.options.begin(), verb.options.end());
    all.insert(all.end(), kCommonOptions.begin(), kCommonOptions.end());
    text += describeOptions(all);
    return text;
}

int run(std::span<const std::string_view> words)
{
    // Global options before the verb.
    bool verbose = false;
    bool logFile = false;
    std::size_t next = 0;
    for (; next < words.size(); ++next) {
        const std::string_view word = words[next];
        if (word == "--version") {
            fmt::print("{} {}\n", kProgram, kVersion);
            return kExitOk;
        }
        if (word == "--help" || word == "-h") {
            fmt::print("{}", programHelp());
            return kExitOk;
        }
        if (word == "--verbose") {
            verbose = true;
        } else if (word == "--log-file") {
            logFile = true;
        } else if (word.starts_with("-")) {
            return badInput(fail(std::string(word), "unknown option (give a verb first; see murnau-cli --help)"));
        } else {
            break;
        }
    }
    if (next == words.size())
        return badInput(fail("", fmt::format("no verb given ({}; see {} --help)", verbNames(), kProgram)));

    // "murnau-cli help <verb>" is the same as "<verb> --help".
    std::string_view verbName = words[next];
    bool helpRequested = false;
    if (verbName == "help") {
        if (next + 1 >= words.size()) {
            fmt::print("{}", programHelp());
            return kExitOk;
        }
        verbName = words[next + 1];
        helpRequested = true;
    }
    const Verb* verb = findVerb(verbName);
    if (!verb)
        return badInput(fail(std::string(verbName),
                             fmt::format("unknown verb (verbs: {}; see {} --help)", verbNames(), kProgram)));
    if (helpRequested) {
        fmt::print("{}", verbHelp(*verb));
        return kExitOk;
    }

    std::vector<OptionSpec> specs(verb->options.begin(), verb->options.end());
    specs.insert(specs.end(), kCommonOptions.begin(), kCommonOptions.end());
    const Result<Arguments> arguments = Arguments::parse(words.subspan(next + 1), specs, verb->name, verb->operand);
    if (!arguments)
        return badInput(arguments.error());
    if (arguments->has("--help")) {
        fmt::print("{}", verbHelp(*verb));
        return kExitOk;
    }

    LoggingOptions logging;
    logging.verbose = verbose || arguments->has("--verbose");
    logging.logToFile = logFile || arguments->has("--log-file");
    setupLogging(kProgram, logging);
    spdlog::debug("{} {}: {}", kProgram, kVersion, verb->name);

    const Result<VerbOutput> output = verb->run(*arguments);
    if (!output)
        return badInput(output.error());
    if (arguments->has("--json"))
        fmt::print("{}\n", output->json.dump(2));
    else
        fmt::print("{}", output->text);
    return output->exitStatus;
}

} // namespace

} // namespace murnau::cli

int main(int argc, char** argv)
{
    try {
        const std::vector<std::string_view> words(argv + 1, argv + argc);
        return murnau::cli::run(words);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "murnau-cli: internal error: %s\n", e.what());
    } catch (...) {
        std::fprintf(stderr, "murnau-cli: internal error\n");
    }
    return murnau::cli::kExitInternalError;
}
