// Tilt + track (+ rise): three channels keyed with one timing.

#include "core/moves/tilt_track_move.h"

#include <cmath>

#include <fmt/format.h>

#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

namespace {

// Largest tilt accepted, degrees (straight up or down).
constexpr double kMaxTiltDeg = 90.0;

} // namespace

Result<MoveResult> makeTiltTrackMove(const MoveSpec& spec, const TiltTrackMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (!std::isfinite(move.tiltDeg) || std::abs(move.tiltDeg) > kMaxTiltDeg)
        return fail("tiltDeg", fmt::format("the tilt must be a finite angle of at most {} deg", kMaxTiltDeg));
    if (!std::isfinite(move.riseM))
        return fail("riseM", "the rise must be a finite number of metres");
    const double endHeightM = stage.lensHeightM + move.riseM;
    if (Result<double> end = checkedRigChannelValue(RigChannel::Pedestal, endHeightM, "riseM"); !end)
        return end.error();
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<FramingDistances> distances = framingDistancesM(move.from, move.to, spec.subject.heightM, stage.gate, *focal);
    if (!distances)
        return distances.error();
    Result<double> fromOut = horizontalDistanceM(stage, distances->fromM, stage.lensHeightM, "from");
    if (!fromOut)
        return fromOut.error();
    Result<double> toOut = horizontalDistanceM(stage, distances->toM, endHeightM, "to");
    if (!toOut)
        return toOut.error();
    const double lengthM = std::abs(*toOut - *fromOut);
    if (!(lengthM >= kMinRailPointSpacingM))
        return fail("to", "the track ends where it starts: give two different framings");
    const bool out = *toOut > *fromOut;
    const glm::dvec3 startLensM = lensPointM(stage, *fromOut, stage.lensHeightM);

    Result<MoveResult> begun = beginMove(spec, stage, "tilttrack");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = layStraightTrack(rig, trackPointM(stage, *fromOut), trackPointM(stage, *toOut), "to"))
        return *error;
    if (auto error = keyChange(rig, RigChannel::Dolly, spec.timing, spec.durationFlicks, 0.0, lengthM, "to"))
        return *error;
    if (move.riseM != 0.0) {
        if (auto error = keyChange(rig, RigChannel::Pedestal, spec.timing, spec.durationFlicks, stage.lensHeightM,
                                   endHeightM, "riseM"))
            return *error;
    } else if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM")) {
        return *error;
    }
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, startLensM))
        return *error;
    const double fromTiltDeg = restingAimDeg(spec, stage, startLensM).tiltDeg;
    if (move.tiltDeg != 0.0) {
        if (auto error = keyChange(rig, RigChannel::Tilt, spec.timing, spec.durationFlicks, fromTiltDeg,
                                   fromTiltDeg + move.tiltDeg, "tiltDeg"))
            return *error;
    }

    result.shot.equipment = {straightTrackEquipment(lengthM)};
    if (move.riseM != 0.0)
        result.shot.equipment.push_back(fmt::format("crane or pedestal, {} of travel", formatMetres(std::abs(move.riseM))));
    result.summary = {distances->fromM, distances->toM, *focal, *focal, lengthM, move.riseM};
    // " tilting up 20°", " rising 1 m", " tilting up 20° and rising 1 m", or nothing.
    std::string extras;
    if (move.tiltDeg != 0.0)
        extras += fmt::format(" tilting {} {}", move.tiltDeg > 0.0 ? "up" : "down", formatDegrees(move.tiltDeg));
    if (move.riseM != 0.0) {
        extras += fmt::format("{} {} {}", extras.empty() ? "" : " and", move.riseM > 0.0 ? "rising" : "sinking",
                              formatMetres(std::abs(move.riseM)));
    }
    describeMove(result, fmt::format("{} from {} to {} {}{}, {}, {}", out ? "Track out" : "Push in",
                                     framingLabel(move.from), framingLabel(move.to),
                                     framedSubject(move.to, spec.subject.name), extras, formatMillimetres(*focal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
