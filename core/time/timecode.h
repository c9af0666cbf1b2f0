#pragma once
// SMPTE timecode (SMPTE ST 12-1) both ways, including drop-frame at 29.97 and 59.94.
// Drop-frame skips *labels*, never frames: frame numbers 00 and 01 (00-03 at 59.94)
// are skipped at the start of every minute except minutes divisible by ten.
// Labels count with the rate's integer base (24 at 23.976, 30 at 29.97 and 30, 60 at
// 59.94); non-drop at an NTSC rate therefore drifts from the wall clock (3.6 s per hour).
// Timecode covers one day: 00:00:00:00 up to the last label before 24:00:00:00.

#include <cstdint>
#include <string>
#include <string_view>

#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// A timecode label: hours, minutes, seconds, frames, and whether it is drop-frame.
struct Timecode {
    int hours = 0;
    int minutes = 0;
    int seconds = 0;
    int frames = 0;
    bool dropFrame = false;

    friend constexpr bool operator==(const Timecode&, const Timecode&) = default;
};

// The label of frame number `frame` (0 = 00:00:00:00). Negative frames and
// frames past 24 h are an error. dropFrame needs rate.supportsDropFrame().
Result<Timecode> frameToTimecode(std::int64_t frame, FrameRate rate, bool dropFrame);

// The frame number a label names. Labels that drop-frame skips (e.g. 00:01:00;00) are an error.
Result<std::int64_t> timecodeToFrame(const Timecode& tc, FrameRate rate);

// How many frames one day (24 h of labels) holds: base * 86400 non-drop,
// 2,589,408 at 29.97 DF, 5,178,816 at 59.94 DF. Frame numbers run from 0 to this minus 1.
[[nodiscard]] std::int64_t framesPerTimecodeDay(FrameRate rate, bool dropFrame) noexcept;

// Parses the written forms of SMPTE timecode, two digits per field:
//   "HH:MM:SS:FF"                     non-drop;
//   "HH:MM:SS;FF" or "HH;MM;SS;FF"    drop-frame (SMPTE ST 12-1 notation);
//   "HH:MM:SS,FF" / "HH:MM:SS.FF"     drop-frame, as written where ';' is unavailable
//                                     (common practice of editing systems and EDLs);
//   "HH.MM.SS.FF" / "HH,MM,SS,FF"     drop-frame, the same separator throughout.
// Checks hours < 24, minutes < 60, seconds < 60, frames < 60; errors name the part.
Result<Timecode> parseTimecode(std::string_view text);

// As above, and also checks the label against `rate`: frames below the rate's base,
// drop-frame only at 29.97/59.94, and not a label that drop-frame skips.
Result<Timecode> parseTimecode(std::string_view text, FrameRate rate);

// Formats as "HH:MM:SS:FF", with ';' before the frames for drop-frame.
std::string formatTimecode(const Timecode& tc);

} // namespace murnau
