// murnau-cli timecode: SMPTE timecode <-> frame number at a frame rate, drop-frame included.

#include <array>
#include <cstdint>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/verbs.h"
#include "core/time/frame_rate.h"
#include "core/time/timecode.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kFpsOption{"--fps", "RATE", "frame rate: 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60 or 24000/1001"};
constexpr OptionSpec kDropOption{"--drop", "", "drop-frame timecode (29.97 and 59.94 only)"};
constexpr OptionSpec kFrameOption{"--frame", "N", "frame number, 0 = 00:00:00:00"};
constexpr OptionSpec kTimecodeOption{"--tc", "TIMECODE",
                                     "HH:MM:SS:FF, or HH:MM:SS;FF for drop-frame (also ',' or '.' before FF)"};

constexpr std::array<OptionSpec, 4> kOptions{kFpsOption, kDropOption, kFrameOption, kTimecodeOption};

// The frame a --tc label names, checking its notation against --drop and the rate.
Result<std::int64_t> frameFromLabel(std::string_view text, FrameRate rate, bool dropRequested, Timecode& label)
{
    const Result<Timecode> parsed = parseTimecode(text);
    if (!parsed)
        return asOptionError(parsed.error());
    label = *parsed;
    if (dropRequested && !label.dropFrame)
        return fail(std::string(kTimecodeOption.name),
                    fmt::format("{} is written non-drop (':' before the frames) but --drop was given; write {}",
                                text, formatTimecode(Timecode{label.hours, label.minutes, label.seconds,
                                                              label.frames, true})));
    if (label.dropFrame && !rate.supportsDropFrame())
        return fail(std::string(kTimecodeOption.name),
                    fmt::format("{} is drop-frame (';' before the frames), which exists only at 29.97 and "
                                "59.94 fps, not at {} fps",
                                text, frameRateLabel(rate)));
    const Result<std::int64_t> frame = timecodeToFrame(label, rate);
    if (!frame)
        return asOptionError(frame.error());
    return *frame;
}

Result<VerbOutput> runTimecode(const Arguments& arguments)
{
    const Result<std::string> fpsText = arguments.required(kFpsOption.name);
    if (!fpsText)
        return fpsText.error();
    const Result<FrameRate> rate = parseFrameRate(*fpsText);
    if (!rate)
        return asOptionError(rate.error());

    const bool dropRequested = arguments.has(kDropOption.name);
    if (dropRequested && !rate->supportsDropFrame())
        return fail(std::string(kDropOption.name),
                    fmt::format("drop-frame timecode exists only at 29.97 and 59.94 fps, not at {} fps",
                                frameRateLabel(*rate)));

    const auto frameText = arguments.value(kFrameOption.name);
    const auto labelText = arguments.value(kTimecodeOption.name);
    if (frameText && labelText)
        return fail(std::string(kTimecodeOption.name), "cannot be combined with --frame: give one of them");
    if (!frameText && !labelText)
        return fail(std::string(kFrameOption.name), "is required (or --tc to convert a timecode)");

    std::int64_t frame = 0;
    Timecode label;
    if (frameText) {
        const Result<std::int64_t> parsed =
            parseCount(*frameText, kFrameOption.name, "a whole frame number (0 or more)");
        if (!parsed)
            return parsed.error();
        frame = *parsed;
        const Result<Timecode> converted = frameToTimecode(frame, *rate, dropRequested);
        if (!converted)
            return asOptionError(converted.error());
        label = *converted;
    } else {
        const Result<std::int64_t> converted = frameFromLabel(*labelText, *rate, dropRequested, label);
        if (!converted)
            return converted.error();
        frame = *converted;
    }

    // The start of the frame in seconds: frame * den / num, one rounding (frame * den is exact).
    const double seconds = static_cast<double>(frame * rate->denominator) / static_cast<double>(rate->numerator);
    spdlog::debug("{} fps ({}/{}), frame {} = {} = {} s", frameRateLabel(*rate), rate->numerator,
                  rate->denominator, frame, formatTimecode(label), seconds);

    VerbOutput output;
    output.json = {
        {"frame", frame},
        {"timecode", formatTimecode(label)},
        {"seconds", seconds},
    };
    output.text = fmt::format("Frame     {}\n", frame);
    output.text += fmt::format("Timecode  {} ({} fps {})\n", formatTimecode(label), frameRateLabel(*rate),
                               label.dropFrame ? "drop-frame" : "non-drop");
    output.text += fmt::format("Seconds   {:.6f} (start of the frame: {} x {}/{} s)\n", seconds, frame,
                               rate->denominator, rate->numerator);
    return output;
}

} // namespace

const Verb& timecodeVerb() noexcept
{
    static const Verb verb{
        "timecode",
        "SMPTE timecode <-> frame number, drop-frame included",
        "timecode --fps RATE [--drop] (--frame N | --tc HH:MM:SS:FF) [--json]",
        "SMPTE ST 12-1 timecode over one day (00:00:00:00 up to 24 h). Labels count with the rate's whole\n"
        "base (24 at 23.976, 30 at 29.97). Drop-frame (29.97, 59.94) skips the labels ;00 ;01 (;00 to ;03\n"
        "at 59.94) at each minute not divisible by ten: 01:00:00;00 is frame 107892 at 29.97.\n"
        "A --tc written with ';' (or ',' or '.') before the frames is drop-frame even without --drop.\n"
        "JSON: {\"frame\", \"timecode\", \"seconds\"}; seconds = frame x den / num, the start of the frame.\n",
        kOptions,
        &runTimecode,
    };
    return verb;
}

} // namespace murnau::cli
