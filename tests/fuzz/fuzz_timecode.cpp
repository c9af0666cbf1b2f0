// libFuzzer target: the SMPTE timecode parser (core/time/timecode.h), as murnau-cli and the
// inspector read a typed timecode. Whatever the bytes, parsing returns a label or an error; a
// label it accepts formats back to text that parses to the same label, and one checked against a
// rate converts to a frame number and back unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/time/timecode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks one of the rates a project may use, the rest is the text.
    const auto rates = murnau::standardFrameRates();
    const murnau::FrameRate rate = rates[data[0] % rates.size()];
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

    const auto parsed = murnau::parseTimecode(text);
    if (parsed) {
        const auto again = murnau::parseTimecode(murnau::formatTimecode(parsed.value()));
        if (!again || !(again.value() == parsed.value()))
            std::abort();
    }
    const auto checked = murnau::parseTimecode(text, rate);
    if (checked) {
        const auto frame = murnau::timecodeToFrame(checked.value(), rate);
        if (!frame)
            std::abort();
        const auto label = murnau::frameToTimecode(frame.value(), rate, checked.value().dropFrame);
        if (!label || !(label.value() == checked.value()))
            std::abort();
    }
    return 0;
}
