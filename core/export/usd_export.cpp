// USD ASCII cameras: one time-sampled UsdGeomCamera per shot, shots one after another on the stage's time line.

#include "core/export/usd_export.h"

#include <cctype>
#include <iterator>
#include <set>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/export/export_file.h"

namespace murnau {

namespace {

// USD's lens and filmback unit is a tenth of a scene unit; with metersPerUnit = 1 that is a
// decimetre, 100 millimetres.
constexpr double kMillimetresPerTenthUnit = 100.0;
// Clipping planes, metres: the viewport's 10 cm near and 1 km far planes.
constexpr double kClipNearM = 0.1;
constexpr double kClipFarM = 1000.0;

// A usda string literal: double-quoted, with '"', '\' and control characters escaped.
std::string usdString(std::string_view text)
{
    std::string result = "\"";
    for (const char c : text) {
        switch (c) {
        case '"': result += "\\\""; break;
        case '\\': result += "\\\\"; break;
        case '\n': result += "\\n"; break;
        case '\r': result += "\\r"; break;
        case '\t': result += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                result += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
            else
                result += c;
        }
    }
    return result + "\"";
}

// Stage time codes per frame of `rate` on a stage at `stageRate`: stageRate / rate, exactly as a ratio of integers.
double timeCodesPerFrame(FrameRate stageRate, FrameRate rate)
{
    return static_cast<double>(static_cast<std::int64_t>(stageRate.numerator) * rate.denominator)
        / static_cast<double>(static_cast<std::int64_t>(stageRate.denominator) * rate.numerator);
}

// One attribute's time samples: "<type> <name>.timeSamples = { t: v, ... }".
template<typename ValueOf>
void writeSamples(std::string& out, std::string_view type, std::string_view name, const CameraTrack& track,
                  double firstTimeCode, double perFrame, ValueOf valueOf)
{
    fmt::format_to(std::back_inserter(out), "            {} {}.timeSamples = {{\n", type, name);
    for (const CameraTrackFrame& frame : track.frames) {
        const double timeCode = firstTimeCode + static_cast<double>(frame.frame) * perFrame;
        fmt::format_to(std::back_inserter(out), "                {}: {},\n", timeCode, valueOf(frame.camera));
    }
    out += "            }\n";
}

} // namespace

std::string usdPrimName(std::string_view text)
{
    std::string name;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        name += (std::isalnum(byte) && byte < 0x80) || c == '_' ? c : '_';
    }
    if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front())))
        name.insert(name.begin(), '_');
    return name;
}

std::string usdaText(const Project& project, std::span<const CameraTrack> tracks)
{
    const FrameRate stageRate = tracks.empty() ? project.frameRate : tracks.front().frameRate;

    // Where each shot starts on the stage's time line, and the last time code written.
    std::vector<double> firstTimeCodes;
    double nextStart = 0.0;
    double lastTimeCode = 0.0;
    for (const CameraTrack& track : tracks) {
        const double perFrame = timeCodesPerFrame(stageRate, track.frameRate);
        firstTimeCodes.push_back(nextStart);
        if (!track.frames.empty())
            lastTimeCode = nextStart + static_cast<double>(track.frames.back().frame) * perFrame;
        nextStart += static_cast<double>(track.frames.size()) * perFrame;
    }

    std::string out;
    out += "#usda 1.0\n(\n";
    out += "    defaultPrim = \"Murnau\"\n";
    fmt::format_to(std::back_inserter(out), "    doc = {}\n",
                   usdString("Murnau previs cameras" + (project.title.empty() ? std::string() : ": " + project.title)));
    fmt::format_to(std::back_inserter(out), "    endTimeCode = {}\n", lastTimeCode);
    fmt::format_to(std::back_inserter(out), "    framesPerSecond = {}\n", stageRate.fps());
    out += "    metersPerUnit = 1\n";
    out += "    startTimeCode = 0\n";
    fmt::format_to(std::back_inserter(out), "    timeCodesPerSecond = {}\n", stageRate.fps());
    out += "    upAxis = \"Y\"\n)\n\n";
    out += "def Xform \"Murnau\"\n{\n    def Xform \"Shots\"\n    {\n";

    std::set<std::string> usedNames;
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const CameraTrack& track = tracks[k];
        const double perFrame = timeCodesPerFrame(stageRate, track.frameRate);
        const double first = firstTimeCodes[k];
        const std::string base = usdPrimName(shotFileStem(track.sceneNumber, track.shotNumber, track.shotId));
        std::string name = base;
        for (int n = 2; usedNames.count(name) != 0; ++n)
            name = fmt::format("{}_{}", base, n);
        usedNames.insert(name);

        if (k > 0)
            out += "\n";
        fmt::format_to(std::back_inserter(out), "        def Camera {} (\n", usdString(name));
        out += "            customData = {\n                dictionary murnau = {\n";
        fmt::format_to(std::back_inserter(out), "                    string camera = {}\n", usdString(track.cameraName));
        fmt::format_to(std::back_inserter(out), "                    double firstTimeCode = {}\n", first);
        fmt::format_to(std::back_inserter(out), "                    int frameCount = {}\n", track.frames.size());
        fmt::format_to(std::back_inserter(out), "                    string frameRate = {}\n",
                       usdString(frameRateLabel(track.frameRate)));
        fmt::format_to(std::back_inserter(out), "                    string scene = {}\n", usdString(track.sceneNumber));
        fmt::format_to(std::back_inserter(out), "                    string shot = {}\n", usdString(track.shotNumber));
        fmt::format_to(std::back_inserter(out), "                    string shotId = {}\n", usdString(track.shotId));
        fmt::format_to(std::back_inserter(out), "                    string shotName = {}\n", usdString(track.shotName));
        out += "                }\n            }\n";
        fmt::format_to(std::back_inserter(out), "            doc = {}\n",
                       usdString(fmt::format("{}/{} {}", track.sceneNumber, track.shotNumber, track.shotName)));
        out += "        )\n        {\n";
        fmt::format_to(std::back_inserter(out), "            float2 clippingRange = ({}, {})\n", kClipNearM, kClipFarM);
        writeSamples(out, "float", "focalLength", track, first, perFrame, [](const CameraState& c) {
            return fmt::format("{:.9g}", c.focalLengthMm / kMillimetresPerTenthUnit);
        });
        writeSamples(out, "float", "focusDistance", track, first, perFrame,
                     [](const CameraState& c) { return fmt::format("{:.9g}", c.focusDistanceM); });
        writeSamples(out, "float", "fStop", track, first, perFrame,
                     [](const CameraState& c) { return fmt::format("{:.9g}", c.fStop); });
        writeSamples(out, "float", "horizontalAperture", track, first, perFrame, [](const CameraState& c) {
            return fmt::format("{:.9g}", c.gate.squeeze * c.gate.widthMm / kMillimetresPerTenthUnit);
        });
        out += "            token projection = \"perspective\"\n";
        writeSamples(out, "float", "verticalAperture", track, first, perFrame, [](const CameraState& c) {
            return fmt::format("{:.9g}", c.gate.heightMm / kMillimetresPerTenthUnit);
        });
        writeSamples(out, "double3", "xformOp:rotateZXY", track, first, perFrame, [](const CameraState& c) {
            return fmt::format("({:.6f}, {:.6f}, {:.6f})", c.tiltDeg, c.panDeg, c.rollDeg);
        });
        writeSamples(out, "double3", "xformOp:translate", track, first, perFrame, [](const CameraState& c) {
            return fmt::format("({:.6f}, {:.6f}, {:.6f})", c.positionM.x, c.positionM.y, c.positionM.z);
        });
        out += "            uniform token[] xformOpOrder = [\"xformOp:translate\", \"xformOp:rotateZXY\"]\n";
        out += "        }\n";
    }
    out += "    }\n}\n";
    return out;
}

Result<bool> exportUsda(const Project& project, std::span<const CameraTrack> tracks, const std::filesystem::path& path)
{
    if (tracks.empty())
        return fail("shots", "no shots to export");
    return writeExportFile(path, usdaText(project, tracks));
}

} // namespace murnau
