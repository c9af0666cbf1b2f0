// libFuzzer target: murnau-cli's own readers of its command line (app/cli, compiled into this
// target): Arguments::parse against each verb's options, the strict number readers (parsePositive,
// parseFinite, parseCount, parseAspect), and the verbs that read nothing but their options (sensors,
// lens, frame, timecode), plus plan's option readers and move generation (readPlanMove,
// readPlanBase, generatePlanMove) without writing a file. The input is one word per line; the
// first word names the verb, any other first word feeds every word to the number readers.
// Whatever the words, nothing may crash, leak, hit undefined behaviour or throw (main() would
// report an "internal error" for bad input), and:
//  - an accepted option is found again with its value (has, value), a refusal names a field;
//  - the number readers accept only what they document (finite; > 0; whole and >= 0), and
//    parseAspect's ratio is finite and > 0;
//  - a verb's JSON output dumps (no invalid UTF-8 reaches it);
//  - a planned move, as plan adds it to a new project (camera setup, scene, shots), either fails
//    checkProject (saveProject then refuses it with that error) or serialises to text that loads
//    again: plan never writes a project the app refuses (saveProject relies on this, checking
//    instead of parsing again).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <spdlog/spdlog.h>

#include "app/cli/arguments.h"
#include "app/cli/plan_moves.h"
#include "app/cli/plan_spec.h"
#include "app/cli/verbs.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

namespace {

using namespace murnau;
using namespace murnau::cli;

[[noreturn]] void broken(const char* what, const std::string& detail = {})
{
    std::fprintf(stderr, "fuzz_cli_arguments: %s\n%s\n", what, detail.c_str());
    std::abort();
}

void checkNumberReaders(std::string_view word)
{
    if (const auto positive = parsePositive(word, "--x", "a positive number")) {
        if (!std::isfinite(*positive) || !(*positive > 0.0))
            broken("parsePositive accepted a value that is not a finite positive number", std::string(word));
    } else if (positive.error().field != "--x") {
        broken("parsePositive's refusal names another field");
    }
    if (const auto finite = parseFinite(word, "--x", "a number")) {
        if (!std::isfinite(*finite))
            broken("parseFinite accepted a value that is not finite", std::string(word));
    }
    if (const auto count = parseCount(word, "--x", "a frame number")) {
        if (*count < 0 || word.empty() || word.front() < '0' || word.front() > '9')
            broken("parseCount accepted something other than a whole number >= 0", std::string(word));
    }
    if (const auto aspect = parseAspect(word, "--x")) {
        if (!std::isfinite(*aspect) || !(*aspect > 0.0))
            broken("parseAspect accepted a ratio that is not finite and positive", std::string(word));
    }
}

// The options were read as given: every option word is found with its value.
void checkParsed(const Arguments& arguments, std::span<const std::string_view> words, std::span<const OptionSpec> specs)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        for (const OptionSpec& spec : specs) {
            const std::string_view word = words[i];
            if (word == spec.name) {
                if (!arguments.has(spec.name))
                    broken("an option given is not found", std::string(word));
                if (spec.takesValue()) {
                    if (arguments.value(spec.name) != words[i + 1])
                        broken("an option's value is not the word after it", std::string(word));
                    ++i;
                }
                break;
            }
            if (spec.takesValue() && word.size() > spec.name.size() && word.starts_with(spec.name)
                && word[spec.name.size()] == '=') {
                if (arguments.value(spec.name) != word.substr(spec.name.size() + 1))
                    broken("an option's =value is not found", std::string(word));
                break;
            }
        }
    }
}

void runVerb(const Verb& verb, std::span<const std::string_view> words)
{
    const Result<Arguments> arguments = Arguments::parse(words, verb.options, verb.name, verb.operand);
    if (!arguments)
        return;
    checkParsed(*arguments, words, verb.options);
    const Result<VerbOutput> output = verb.run(*arguments);
    if (!output)
        return;
    (void)output->json.dump(2);   // throws on invalid UTF-8: main() would call that an internal error
}

// What plan does up to saving, with the project checked by saving and loading it again.
void plan(std::span<const std::string_view> words)
{
    const Verb& verb = planVerb();
    const Result<Arguments> arguments = Arguments::parse(words, verb.options, verb.name, verb.operand);
    if (!arguments)
        return;
    checkParsed(*arguments, words, verb.options);
    if (arguments->has(kSetOption.name))
        return;   // reads a project file from a path the input names: fuzz_project covers the loader
    const Result<const MoveInfo*> move = readPlanMove(*arguments);
    if (!move)
        return;
    Result<PlanBase> read = readPlanBase(*arguments);
    if (!read)
        return;
    PlanBase base = std::move(read).value();
    // Moves keyed on every frame (compare, dollyzoom) cost time and memory linear in the frames:
    // 24 h at 60 fps (5.2 million keys a channel) takes a minute and 1.4 GB under ASan. Longer
    // shots than an hour at 24 fps only slow the search down; regressions/ holds a 28,800-frame
    // one that took quadratic time before Curve::insertKey updated only its neighbours' handles.
    constexpr std::int64_t kMaxFuzzedFrames = 86'400;
    if (base.spec.durationFlicks / base.spec.frameRate.flicksPerFrame() > kMaxFuzzedFrames)
        return;
    const Result<std::vector<MoveResult>> results = generatePlanMove(**move, *arguments, base.spec);
    if (!results)
        return;
    Project& project = base.project;
    project.cameras.push_back(base.spec.camera);
    Scene scene;
    scene.number = "1";
    scene.name = results->front().description;
    for (std::size_t i = 0; i < results->size(); ++i) {
        const MoveResult& result = (*results)[i];
        if (result.blocking)
            scene.blocking.push_back(*result.blocking);
        Shot shot = result.shot;
        shot.id = "sh-" + std::to_string(i + 1);
        shot.number = std::to_string(i + 1);
        shot.setup = base.spec.camera.name;
        scene.shots.push_back(std::move(shot));
    }
    project.scenes.push_back(std::move(scene));
    if (checkProject(project))
        return;   // saveProject refuses it with this error, naming the field
    const std::string saved = serializeProject(project);
    const Result<Project> loaded = parseProject(saved);
    if (!loaded)
        broken("a planned move gives a project that does not load", loaded.error().describe());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;

    const std::string input(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> words;
    for (std::size_t start = 0; start <= input.size();) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        words.emplace_back(input.data() + start, end - start);
        start = end + 1;
    }
    if (words.size() > 64)
        return 0;   // a command line of a few dozen words is plenty; longer ones only slow the search

    const std::string_view verb = words.front();
    const std::span<const std::string_view> rest = std::span(words).subspan(1);
    try {
        if (verb == "sensors")
            runVerb(sensorsVerb(), rest);
        else if (verb == "lens")
            runVerb(lensVerb(), rest);
        else if (verb == "frame")
            runVerb(frameVerb(), rest);
        else if (verb == "timecode")
            runVerb(timecodeVerb(), rest);
        else if (verb == "plan")
            plan(rest);
        else
            for (const std::string_view word : words)
                checkNumberReaders(word);
    } catch (const std::exception& exception) {
        broken("an exception escaped (murnau-cli would report an internal error)", exception.what());
    }
    return 0;
}
