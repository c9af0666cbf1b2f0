// Zoom in or out from a standing camera.

#include "core/moves/zoom_move.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> makeZoomMove(const MoveSpec& spec, const ZoomMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (move.toFocalLengthMm.has_value() == move.toSize.has_value())
        return fail("toFocalLengthMm", "give the end of the zoom as either a focal length or a shot size");
    Result<double> fromFocal = moveFocalLengthMm(stage, move.fromFocalLengthMm, "fromFocalLengthMm");
    if (!fromFocal)
        return fromFocal.error();
    Result<double> distance = framingDistanceM(move.from, spec.subject.heightM, stage.gate, *fromFocal, "from");
    if (!distance)
        return distance.error();
    Result<double> outM = horizontalDistanceM(stage, *distance, stage.lensHeightM, "from");
    if (!outM)
        return outM.error();
    Result<double> toFocal = move.toSize
                                 ? focalLengthForSizeMm(*move.toSize, spec.subject.heightM, stage.gate, *distance, "toSize")
                                 : moveFocalLengthMm(stage, move.toFocalLengthMm, "toFocalLengthMm");
    if (!toFocal)
        return toFocal.error();
    if (*toFocal == *fromFocal)
        return fail(move.toSize ? "toSize" : "toFocalLengthMm", "the zoom ends at the focal length it starts at");
    const bool zoomingOut = *toFocal < *fromFocal;

    Result<MoveResult> begun = beginMove(spec, stage, zoomingOut ? "zoomout" : "zoomin");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = standCamera(rig, stage, *outM, stage.lensHeightM))
        return *error;
    if (auto error = keyChange(rig, RigChannel::FocalLength, spec.timing, spec.durationFlicks, *fromFocal, *toFocal,
                               move.toSize ? "toSize" : "toFocalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, *outM, stage.lensHeightM)))
        return *error;

    result.shot.equipment = {fmt::format("zoom lens covering {} to {}", formatMillimetres(std::min(*fromFocal, *toFocal)),
                                         formatMillimetres(std::max(*fromFocal, *toFocal)))};
    result.summary = {*distance, *distance, *fromFocal, *toFocal, 0.0, 0.0};
    // "from MS to FS of Anna", "from MS of Anna", "to FS of Anna from 3 m", "on Anna from 3 m".
    const std::string& name = spec.subject.name;
    std::string framing;
    if (move.from.shotSize()) {
        framing = move.toSize ? fmt::format("from {} to {} of {}", framingLabel(move.from), shotSizeCode(*move.toSize), name)
                              : fmt::format("from {} of {}", framingLabel(move.from), name);
    } else {
        framing = move.toSize ? fmt::format("to {} of {} from {}", shotSizeCode(*move.toSize), name, framingLabel(move.from))
                              : fmt::format("on {} from {}", name, framingLabel(move.from));
    }
    describeMove(result, fmt::format("Zoom {} {}, {} to {}, {}", zoomingOut ? "out" : "in", framing,
                                     formatMillimetres(*fromFocal), formatMillimetres(*toFocal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
