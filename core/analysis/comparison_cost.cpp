// What each side of a comparison costs, read from each side's feasibility report (comparison_cost.h).

#include "core/analysis/comparison_cost.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "core/analysis/feasibility_report.h"
#include "core/analysis/focus_marks.h"
#include "core/analysis/motion_channel.h"
#include "core/moves/move_text.h"
#include "core/optics/depth_of_field.h"
#include "core/scene/shot_evaluator.h"
#include "core/scene/camera_lookup.h"

namespace murnau {

namespace {

// Two focal lengths closer than this are the same lens (a prime "has" a focal length), mm.
constexpr double kFocalToleranceMm = 0.05;

// "19.8", "85": a focal length without its unit, as formatMillimetres() rounds it.
std::string focalNumber(double millimetres)
{
    std::string text = formatMillimetres(millimetres);
    return text.substr(0, text.size() - 3);   // drop " mm"
}

// The prime of `kit` within kFocalToleranceMm of `focalMm`, if any.
const PrimeLens* primeAt(const LensKit& kit, double focalMm)
{
    for (const PrimeLens& prime : kit.primes)
        if (std::abs(prime.focalLengthMm - focalMm) <= kFocalToleranceMm)
            return &prime;
    return nullptr;
}

// The lens the report measures against: the zoom's range, or the primes' span with the closest
// focus of any of them (the kit verdicts below are made per prime).
std::optional<LensRange> lensRangeOf(const CameraSetup* camera)
{
    if (!camera || !camera->lensKit)
        return std::nullopt;
    const LensKit& kit = *camera->lensKit;
    if (kit.kind == LensKitKind::Zoom)
        return LensRange{kit.zoomMinMm, kit.zoomMaxMm, kit.zoomMinFocusM};
    if (kit.primes.empty())
        return std::nullopt;
    LensRange range{kit.primes.front().focalLengthMm, kit.primes.front().focalLengthMm, kit.primes.front().minFocusM};
    for (const PrimeLens& prime : kit.primes) {
        range.minFocalMm = std::min(range.minFocalMm, prime.focalLengthMm);
        range.maxFocalMm = std::max(range.maxFocalMm, prime.focalLengthMm);
        range.minFocusM = std::min(range.minFocusM, prime.minFocusM);
    }
    return range;
}

// Fills the lens-kit verdict and the lens's minimum focus of `cost` (focal range, start and end
// focal lengths and closest focus already set). `focalAtClosestFocusMm`: the lens when the
// closest focus is asked for (which prime's minimum focus applies).
void judgeLensKit(SideCost& cost, const CameraSetup* camera, double startFocalMm, double endFocalMm,
                  double focalAtClosestFocusMm)
{
    if (!camera || !camera->lensKit) {
        cost.lensKitCovers = true;
        cost.lensKitNote = "any focal length (no kit)";
        return;
    }
    const LensKit& kit = *camera->lensKit;
    if (kit.kind == LensKitKind::Zoom) {
        cost.lensKitCovers = cost.minFocalMm >= kit.zoomMinMm - kFocalToleranceMm
                             && cost.maxFocalMm <= kit.zoomMaxMm + kFocalToleranceMm;
        cost.lensKitNote = cost.lensKitCovers
                               ? fmt::format("within the {} ({}-{} mm)", kit.name, focalNumber(kit.zoomMinMm),
                                             focalNumber(kit.zoomMaxMm))
                               : fmt::format("needs {}-{} mm; the {} covers {}-{} mm", focalNumber(cost.minFocalMm),
                                             focalNumber(cost.maxFocalMm), kit.name, focalNumber(kit.zoomMinMm),
                                             focalNumber(kit.zoomMaxMm));
        cost.lensMinFocusM = kit.zoomMinFocusM;
        return;
    }
    // Primes: one focal length per take.
    if (cost.maxFocalMm - cost.minFocalMm > kFocalToleranceMm) {
        cost.lensKitCovers = false;
        cost.lensKitNote = fmt::format("needs a zoom from {} to {} mm; the kit has primes only",
                                       focalNumber(startFocalMm), focalNumber(endFocalMm));
        // A continuous range: its ends, where no prime has them.
        for (double focal : {startFocalMm, endFocalMm})
            if (!primeAt(kit, focal))
                cost.missingPrimesMm.push_back(focal);
    } else if (const PrimeLens* prime = primeAt(kit, startFocalMm)) {
        cost.lensKitCovers = true;
        cost.lensKitNote = fmt::format("the {} mm prime of the {}", focalNumber(prime->focalLengthMm), kit.name);
    } else {
        cost.lensKitCovers = false;
        cost.lensKitNote = fmt::format("no {} mm prime in the {}", focalNumber(startFocalMm), kit.name);
        cost.missingPrimesMm.push_back(startFocalMm);
    }
    if (const PrimeLens* prime = primeAt(kit, focalAtClosestFocusMm))
        cost.lensMinFocusM = prime->minFocusM;
}

// The depth of field of `camera` with circle of confusion `cocMm` at its focus distance.
Result<FocusSpan> focusSpanOf(const CameraState& camera, double cocMm)
{
    const Result<DepthOfField> dof = depthOfField(camera.focalLengthMm, camera.fStop, cocMm, camera.focusDistanceM);
    if (!dof)
        return dof.error();
    return FocusSpan{camera.focusDistanceM, dof->nearM, dof->farM};
}

} // namespace

Result<std::vector<SideCost>> costComparison(const Project& project, const Comparison& comparison,
                                             const FeasibilityLimits& limits)
{
    const Scene scene = comparisonScene(project, comparison);
    std::vector<SideCost> costs;
    for (std::size_t i = 0; i < comparison.sides.size() && i < comparison.moves.size(); ++i) {
        const Shot& shot = comparison.moves[i].shot;
        const std::string field = fmt::format("sides[{}]", i);
        const CameraSetup* camera = findCamera(project, shot.camera);
        FeasibilityLimits sideLimits = limits;
        sideLimits.lens = lensRangeOf(camera);
        const Result<FeasibilityReport> report = buildFeasibilityReport(project, scene, shot, sideLimits, field);
        if (!report)
            return report.error();
        const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot, field);
        if (!evaluator)
            return evaluator.error();

        SideCost cost;
        cost.side = comparison.sides[i];
        cost.trackLengthM = report->track.trackLengthM;
        cost.trackSections = report->track.sections;
        cost.peakDollySpeedMps = report->peak(MotionChannel::DollySpeed).peak;
        cost.minFocalMm = report->lens.minFocalMm;
        cost.maxFocalMm = report->lens.maxFocalMm;
        cost.closestFocusM = report->lens.minFocusM;

        const Flicks endInstant = std::max<Flicks>(shot.durationFlicks - 1, 0);
        const CameraState start = evaluator->cameraAt(0);
        const CameraState end = evaluator->cameraAt(endInstant);
        const double focalAtClosest = evaluator->cameraAt(report->lens.minFocusAt).focalLengthMm;
        judgeLensKit(cost, camera, start.focalLengthMm, end.focalLengthMm, focalAtClosest);
        cost.focusCovers = !cost.lensMinFocusM || cost.closestFocusM >= *cost.lensMinFocusM;

        const double cocMm = camera ? circleOfConfusionMm(*camera) : 0.0;
        const Result<FocusSpan> startSpan = focusSpanOf(start, cocMm);
        if (!startSpan)
            return Error{field + ".depthOfFieldStart." + startSpan.error().field, startSpan.error().message};
        const Result<FocusSpan> endSpan = focusSpanOf(end, cocMm);
        if (!endSpan)
            return Error{field + ".depthOfFieldEnd." + endSpan.error().field, endSpan.error().message};
        cost.depthOfFieldStart = *startSpan;
        cost.depthOfFieldEnd = *endSpan;
        costs.push_back(std::move(cost));
    }
    return costs;
}

} // namespace murnau
