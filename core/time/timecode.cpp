#include "core/time/timecode.h"

#include <array>
#include <cstdint>
#include <string>

#include <fmt/format.h>

namespace murnau {

namespace {

constexpr std::int64_t kSecondsPerDay = 24 * 60 * 60;

// Labels skipped at the start of each minute not divisible by ten (SMPTE ST 12-1):
// 2 at 29.97 (base 30), 4 at 59.94 (base 60).
constexpr std::int64_t droppedLabelsPerMinute(std::int32_t base) noexcept
{
    return base / 15;
}

bool validRate(FrameRate rate) noexcept
{
    return rate.numerator > 0 && rate.denominator > 0;
}

Error badRate(FrameRate rate)
{
    return fail("fps", fmt::format("must be a positive frame rate, got {}/{}", rate.numerator,
                                   rate.denominator));
}

Error dropFrameNotSupported(FrameRate rate)
{
    return fail("dropFrame",
                fmt::format("drop-frame timecode exists only at 29.97 and 59.94 fps, not at {} fps",
                            frameRateLabel(rate)));
}

// Checks a label against a rate and returns the frame it names.
Result<std::int64_t> checkedFrame(const Timecode& tc, FrameRate rate)
{
    if (!validRate(rate))
        return badRate(rate);
    const std::int32_t base = rate.timecodeBase();
    const auto label = [&tc]() { return formatTimecode(tc); };   // only for error messages
    if (tc.hours < 0 || tc.hours > 23)
        return fail("timecode", fmt::format("hours must be 00-23, got {} in {}", tc.hours, label()));
    if (tc.minutes < 0 || tc.minutes > 59)
        return fail("timecode", fmt::format("minutes must be 00-59, got {} in {}", tc.minutes, label()));
    if (tc.seconds < 0 || tc.seconds > 59)
        return fail("timecode", fmt::format("seconds must be 00-59, got {} in {}", tc.seconds, label()));
    if (tc.frames < 0 || tc.frames >= base)
        return fail("timecode", fmt::format("frames must be 00-{:02} at {} fps, got {} in {}", base - 1,
                                            frameRateLabel(rate), tc.frames, label()));

    const std::int64_t totalMinutes = std::int64_t{tc.hours} * 60 + tc.minutes;
    const std::int64_t labelNumber = (totalMinutes * 60 + tc.seconds) * base + tc.frames;
    if (!tc.dropFrame)
        return labelNumber;

    if (!rate.supportsDropFrame())
        return dropFrameNotSupported(rate);
    const std::int64_t drop = droppedLabelsPerMinute(base);
    if (tc.seconds == 0 && tc.frames < drop && tc.minutes % 10 != 0)
        return fail("timecode",
                    fmt::format("{} does not exist: drop-frame skips frames 00-{:02} at the start of "
                                "every minute not divisible by ten",
                                label(), drop - 1));
    // Every minute except each tenth has skipped `drop` labels before this one.
    return labelNumber - drop * (totalMinutes - totalMinutes / 10);
}

// Exactly two decimal digits.
bool parseTwoDigits(std::string_view text, int& value) noexcept
{
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
        return false;
    value = (text[0] - '0') * 10 + (text[1] - '0');
    return true;
}

bool isDropSeparator(char c) noexcept
{
    return c == ';' || c == ',' || c == '.';
}

} // namespace

std::int64_t framesPerTimecodeDay(FrameRate rate, bool dropFrame) noexcept
{
    if (!validRate(rate))
        return 0;
    const std::int64_t base = rate.timecodeBase();
    const std::int64_t labels = base * kSecondsPerDay;
    if (!dropFrame || !rate.supportsDropFrame())
        return labels;
    // 24 h = 1440 minutes, of which 144 are tenth minutes that keep all their labels.
    return labels - droppedLabelsPerMinute(static_cast<std::int32_t>(base)) * (1440 - 144);
}

Result<Timecode> frameToTimecode(std::int64_t frame, FrameRate rate, bool dropFrame)
{
    if (!validRate(rate))
        return badRate(rate);
    if (dropFrame && !rate.supportsDropFrame())
        return dropFrameNotSupported(rate);
    const std::int64_t perDay = framesPerTimecodeDay(rate, dropFrame);
    if (frame < 0 || frame >= perDay)
        return fail("frame", fmt::format("must be 0 to {} (24 h of timecode at {} fps{}), got {}",
                                         perDay - 1, frameRateLabel(rate), dropFrame ? " DF" : "",
                                         frame));

    const std::int64_t base = rate.timecodeBase();
    std::int64_t labelNumber = frame;
    if (dropFrame) {
        const std::int64_t drop = droppedLabelsPerMinute(static_cast<std::int32_t>(base));
        const std::int64_t fullMinute = base * 60;                     // labels in a tenth minute
        const std::int64_t shortMinute = fullMinute - drop;            // frames in the other nine
        const std::int64_t perTenMinutes = fullMinute + 9 * shortMinute;
        const std::int64_t tens = frame / perTenMinutes;
        const std::int64_t within = frame % perTenMinutes;
        // Minutes inside this ten-minute block that have already skipped their labels.
        const std::int64_t skippedMinutes = within < fullMinute ? 0 : 1 + (within - fullMinute) / shortMinute;
        labelNumber = frame + drop * (9 * tens + skippedMinutes);
    }

    Timecode tc;
    tc.frames = static_cast<int>(labelNumber % base);
    tc.seconds = static_cast<int>((labelNumber / base) % 60);
    tc.minutes = static_cast<int>((labelNumber / (base * 60)) % 60);
    tc.hours = static_cast<int>(labelNumber / (base * 3600));
    tc.dropFrame = dropFrame;
    return tc;
}

Result<std::int64_t> timecodeToFrame(const Timecode& tc, FrameRate rate)
{
    return checkedFrame(tc, rate);
}

Result<Timecode> parseTimecode(std::string_view text)
{
    const auto malformed = [&text]() {
        return fail("timecode",
                    fmt::format("must be HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame), got \"{}\"", text));
    };
    if (text.size() != 11)
        return malformed();
    const std::array<char, 3> separators{text[2], text[5], text[8]};
    Timecode tc;
    if (separators[2] == ':') {
        if (separators[0] != ':' || separators[1] != ':')
            return malformed();
        tc.dropFrame = false;
    } else if (isDropSeparator(separators[2])) {
        const bool colons = separators[0] == ':' && separators[1] == ':';
        const bool uniform = separators[0] == separators[2] && separators[1] == separators[2];
        if (!colons && !uniform)
            return malformed();
        tc.dropFrame = true;
    } else {
        return malformed();
    }

    struct Part {
        std::string_view name;
        std::size_t offset;
        int* value;
        int limit;    // exclusive
    };
    const std::array<Part, 4> parts{{
        {"hours", 0, &tc.hours, 24},
        {"minutes", 3, &tc.minutes, 60},
        {"seconds", 6, &tc.seconds, 60},
        {"frames", 9, &tc.frames, 60},
    }};
    for (const Part& part : parts) {
        const std::string_view digits = text.substr(part.offset, 2);
        if (!parseTwoDigits(digits, *part.value))
            return fail("timecode", fmt::format("{} must be two digits, got \"{}\" in \"{}\"", part.name,
                                                digits, text));
        if (*part.value >= part.limit)
            return fail("timecode", fmt::format("{} must be 00-{:02}, got {} in \"{}\"", part.name,
                                                part.limit - 1, *part.value, text));
    }
    return tc;
}

Result<Timecode> parseTimecode(std::string_view text, FrameRate rate)
{
    Result<Timecode> parsed = parseTimecode(text);
    if (!parsed)
        return parsed;
    if (const Result<std::int64_t> frame = checkedFrame(*parsed, rate); !frame)
        return frame.error();
    return parsed;
}

std::string formatTimecode(const Timecode& tc)
{
    return fmt::format("{:02}:{:02}:{:02}{}{:02}", tc.hours, tc.minutes, tc.seconds,
                       tc.dropFrame ? ';' : ':', tc.frames);
}

} // namespace murnau
