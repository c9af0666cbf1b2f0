// The move catalog: which generator makes each move, with what parameters (move_catalog.h).

#include "core/moves/move_catalog.h"

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

#include "core/moves/dolly_zoom.h"
#include "core/moves/follow_move.h"
#include "core/moves/orbit_move.h"
#include "core/moves/pedestal_move.h"
#include "core/moves/pull_back.h"
#include "core/moves/static_shot.h"
#include "core/moves/tilt_track_move.h"
#include "core/moves/track_move.h"
#include "core/moves/track_versus_zoom.h"
#include "core/moves/truck_move.h"
#include "core/moves/zoom_move.h"

namespace murnau {

namespace {

// A dolly zoom's default end lens, as a multiple of its start lens (the distance doubles too).
constexpr double kDollyZoomDefaultRatio = 2.0;
// The share of a pull back's duration over which its crane rises (the second half).
constexpr double kPullBackCraneTail = 0.5;

using P = MoveParameter;

constexpr std::array<MoveParameterInfo, 12> kParameters{{
    {P::From, "from", "From", MoveValueKind::Framing},
    {P::To, "to", "To", MoveValueKind::Framing},
    {P::FocalLength, "focalLengthMm", "Lens", MoveValueKind::FocalMm},
    {P::ToFocalLength, "toFocalLengthMm", "End lens", MoveValueKind::FocalMm},
    {P::WalkingSpeed, "walkingSpeedMps", "Walking speed", MoveValueKind::Speed},
    {P::RunUp, "runUpFlicks", "Run-up", MoveValueKind::Seconds},
    {P::Sweep, "sweepDeg", "Sweep", MoveValueKind::Degrees},
    {P::Rise, "riseM", "Rise", MoveValueKind::Length},
    {P::Truck, "truckM", "Truck", MoveValueKind::Length},
    {P::Tilt, "tiltDeg", "Tilt", MoveValueKind::Degrees},
    {P::Angle, "angleDeg", "Angle", MoveValueKind::Degrees},
    {P::Axis, "axis", "Axis", MoveValueKind::HeadAxis},
}};

constexpr MoveParameterUse kLens{P::FocalLength, "Lens", true, "the fixed focal length; empty: the camera's"};

constexpr std::array<MoveParameterUse, 3> kTrackUses{{
    {P::From, "From", false, "framing at the start"},
    {P::To, "To", false, "framing at the end: wider tracks out, closer pushes in"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 4> kZoomUses{{
    {P::From, "From", false, "framing at the start (sets where the camera stands)"},
    {P::FocalLength, "Start lens", true, "the focal length at the start; empty: the camera's"},
    {P::To, "To", true, "framing at the end, a shot size (or give the end lens)"},
    {P::ToFocalLength, "End lens", true, "the focal length at the end (or give the end framing)"},
}};
constexpr std::array<MoveParameterUse, 3> kCompareUses{{
    {P::From, "From", false, "framing at the start of both shots"},
    {P::To, "To", false, "framing at the end of both shots"},
    {P::FocalLength, "Lens", true, "the track's lens and the zoom's start; empty: the camera's"},
}};
constexpr std::array<MoveParameterUse, 4> kDollyZoomUses{{
    {P::From, "Framing", false, "the framing held throughout"},
    {P::FocalLength, "Start lens", true, "the focal length at the start; empty: the camera's"},
    {P::To, "End distance", true, "lens to eyes at the end, metres (or give the end lens)"},
    {P::ToFocalLength, "End lens", true,
     "the focal length at the end (or give the end distance); with neither, twice the start lens"},
}};
constexpr std::array<MoveParameterUse, 4> kFollowUses{{
    {P::From, "Framing", false, "the framing held while the actor walks towards the camera"},
    kLens,
    {P::WalkingSpeed, "Walking speed", false, "the actor's pace, which the dolly matches"},
    {P::RunUp, "Run-up", false, "actor and dolly already at speed this long before the first frame"},
}};
constexpr std::array<MoveParameterUse, 4> kOrbitUses{{
    {P::From, "From", false, "framing at the start (sets the radius)"},
    {P::To, "To", true, "framing at the end: spirals out or in; empty: a circle"},
    {P::Sweep, "Sweep", false, "angle travelled around the subject, + counter-clockwise seen from above"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 4> kPullBackUses{{
    {P::From, "From", false, "framing at the start"},
    {P::To, "To", false, "framing at the end, the distance growing geometrically"},
    kLens,
    {P::Rise, "Crane rise", true, "a crane lifts the lens this far over the second half; empty: level"},
}};
constexpr std::array<MoveParameterUse, 3> kPedestalUses{{
    {P::From, "Framing", false, "framing at the start"},
    {P::Rise, "Rise", false, "how far the lens rises; negative sinks"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 3> kTruckUses{{
    {P::From, "Framing", false, "framing at the start"},
    {P::Truck, "Travel", false, "sideways, + to the camera's right, - to its left"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 4> kHeadUses{{
    {P::From, "Framing", false, "framing at the start"},
    {P::Axis, "Axis", false, "pan, tilt or roll"},
    {P::Angle, "Angle", false, "pan + left, tilt + up, roll + counter-clockwise"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 5> kTiltTrackUses{{
    {P::From, "From", false, "framing at the start"},
    {P::To, "To", false, "framing at the end"},
    {P::Tilt, "Tilt", false, "how far the head tilts, + up"},
    {P::Rise, "Rise", false, "how far the lens rises meanwhile; 0 level"},
    kLens,
}};
constexpr std::array<MoveParameterUse, 2> kStaticUses{{
    {P::From, "Framing", false, "how the subject is framed"},
    kLens,
}};

constexpr std::array<MoveInfo, 12> kMoves{{
    {MoveKind::Track, "trackout", "Track in / out",
     "the camera travels on a straight track towards or away from the subject at a fixed lens", "Track", "", true,
     kTrackUses},
    {MoveKind::Zoom, "zoomout", "Zoom in / out", "the camera stands and the focal length changes", "Zoom", "", true,
     kZoomUses},
    {MoveKind::Compare, "compare", "Track versus zoom (matched pair)",
     "two shots with the same framing at both ends: the track, and a zoom from its start matched on every frame",
     "Track (compare with the zoom)", "Zoom (compare with the track)", true, kCompareUses},
    {MoveKind::DollyZoom, "dollyzoom", "Dolly zoom",
     "the camera travels while the focal length keeps the subject's size (f / d constant)", "Dolly zoom", "", true,
     kDollyZoomUses},
    {MoveKind::Follow, "follow", "Backwards tracking shot",
     "the actor walks towards the camera, which retreats at the same constant pace", "Backwards tracking shot", "",
     false, kFollowUses},
    {MoveKind::Orbit, "orbit", "Orbit / spiral", "the camera circles the subject on a curved track, looking at them",
     "Orbit", "", true, kOrbitUses},
    {MoveKind::PullBack, "pullback", "Extended pull back",
     "one journey from close to very wide, the distance growing geometrically", "Extended pull back", "", true,
     kPullBackUses},
    {MoveKind::Pedestal, "pedestal", "Pedestal / crane", "the lens rises or sinks", "Pedestal", "", true,
     kPedestalUses},
    {MoveKind::Truck, "truck", "Truck (crab)", "the camera travels sideways, square to its line of sight", "Truck",
     "", true, kTruckUses},
    {MoveKind::Head, "head", "Pan / tilt / roll", "the camera stands and the head turns", "Head move", "", true,
     kHeadUses},
    {MoveKind::TiltTrack, "tilttrack", "Tilt and track", "the camera tracks away while the head tilts (and the lens rises)",
     "Tilt and track", "", true, kTiltTrackUses},
    {MoveKind::Static, "static", "Static shot", "the camera frames the subject and nothing moves", "Static", "",
     false, kStaticUses},
}};

// A generator's field name as the MoveParameters member it came from (others unchanged).
Error renamed(Error error)
{
    struct Rename {
        std::string_view from;
        std::string_view to;
    };
    static constexpr std::array<Rename, 7> kRenames{{
        {"framing", "from"},
        {"fromFocalLengthMm", "focalLengthMm"},
        {"startFocalLengthMm", "focalLengthMm"},
        {"toSize", "to"},
        {"endDistanceM", "to"},
        {"endFocalLengthMm", "toFocalLengthMm"},
        {"crane.riseM", "riseM"},
    }};
    for (const Rename& rename : kRenames) {
        if (error.field == rename.from) {
            error.field = std::string(rename.to);
            break;
        }
    }
    if (error.field == "crane.tailFraction")
        error.field = "riseM";
    return error;
}

Result<std::vector<MoveResult>> one(Result<MoveResult> result)
{
    if (!result)
        return renamed(result.error());
    return std::vector<MoveResult>{std::move(result).value()};
}

} // namespace

std::span<const MoveInfo> moveCatalog() noexcept
{
    return kMoves;
}

const MoveInfo& moveInfo(MoveKind kind) noexcept
{
    return kMoves[static_cast<std::size_t>(kind)];
}

const MoveInfo* findMove(std::string_view key) noexcept
{
    const auto found = std::find_if(kMoves.begin(), kMoves.end(), [&](const MoveInfo& info) { return info.key == key; });
    return found == kMoves.end() ? nullptr : &*found;
}

std::span<const MoveParameterInfo> moveParameterInfos() noexcept
{
    return kParameters;
}

const MoveParameterInfo& moveParameterInfo(MoveParameter parameter) noexcept
{
    return kParameters[static_cast<std::size_t>(parameter)];
}

bool takesParameter(const MoveInfo& move, MoveParameter parameter) noexcept
{
    return std::any_of(move.parameters.begin(), move.parameters.end(),
                       [&](const MoveParameterUse& use) { return use.parameter == parameter; });
}

bool hasParameter(const MoveParameters& parameters, MoveParameter parameter) noexcept
{
    switch (parameter) {
    case P::From: return parameters.from.has_value();
    case P::To: return parameters.to.has_value();
    case P::FocalLength: return parameters.focalLengthMm.has_value();
    case P::ToFocalLength: return parameters.toFocalLengthMm.has_value();
    case P::WalkingSpeed: return parameters.walkingSpeedMps.has_value();
    case P::RunUp: return parameters.runUpFlicks.has_value();
    case P::Sweep: return parameters.sweepDeg.has_value();
    case P::Rise: return parameters.riseM.has_value();
    case P::Truck: return parameters.truckM.has_value();
    case P::Tilt: return parameters.tiltDeg.has_value();
    case P::Angle: return parameters.angleDeg.has_value();
    case P::Axis: return parameters.axis.has_value();
    }
    return false;
}

MoveParameters defaultMoveParameters(MoveKind kind)
{
    MoveParameters p;
    switch (kind) {
    case MoveKind::Track: {
        const TrackMove move;
        p.from = move.from;
        p.to = move.to;
        break;
    }
    case MoveKind::Zoom:
        p.from = ZoomMove{}.from;
        p.to = SubjectFraming::ofSize(ShotSize::WS);   // a zoom out to the track's default end
        break;
    case MoveKind::Compare: {
        const TrackVersusZoom move;
        p.from = move.from;
        p.to = move.to;
        break;
    }
    case MoveKind::DollyZoom:
        p.from = DollyZoom{}.framing;   // the end lens: twice the start, resolved in generateMove()
        break;
    case MoveKind::Follow: {
        const FollowMove move;
        p.from = move.framing;
        p.walkingSpeedMps = move.walkingSpeedMps;
        p.runUpFlicks = move.runUpFlicks;
        break;
    }
    case MoveKind::Orbit: {
        const OrbitMove move;
        p.from = move.from;
        p.sweepDeg = move.sweepDeg;
        break;
    }
    case MoveKind::PullBack: {
        const PullBack move;
        p.from = move.from;
        p.to = move.to;
        break;
    }
    case MoveKind::Pedestal: {
        const PedestalMove move;
        p.from = move.framing;
        p.riseM = move.riseM;
        break;
    }
    case MoveKind::Truck: {
        const TruckMove move;
        p.from = move.framing;
        p.truckM = move.truckM;
        break;
    }
    case MoveKind::Head: {
        const HeadMove move;
        p.from = move.framing;
        p.axis = move.axis;
        p.angleDeg = move.angleDeg;
        break;
    }
    case MoveKind::TiltTrack: {
        const TiltTrackMove move;
        p.from = move.from;
        p.to = move.to;
        p.tiltDeg = move.tiltDeg;
        p.riseM = move.riseM;
        break;
    }
    case MoveKind::Static:
        p.from = StaticShot{}.framing;
        break;
    }
    return p;
}

MoveParameters withMoveDefaults(MoveKind kind, MoveParameters p)
{
    const MoveParameters d = defaultMoveParameters(kind);
    const bool zoomLike = kind == MoveKind::Zoom || kind == MoveKind::DollyZoom;
    const bool endGiven = p.to.has_value() || p.toFocalLengthMm.has_value();
    const auto fill = [](auto& value, const auto& fallback) {
        if (!value)
            value = fallback;
    };
    fill(p.from, d.from);
    if (!(zoomLike && endGiven)) {
        fill(p.to, d.to);
        fill(p.toFocalLengthMm, d.toFocalLengthMm);
    }
    fill(p.focalLengthMm, d.focalLengthMm);
    fill(p.walkingSpeedMps, d.walkingSpeedMps);
    fill(p.runUpFlicks, d.runUpFlicks);
    fill(p.sweepDeg, d.sweepDeg);
    fill(p.riseM, d.riseM);
    fill(p.truckM, d.truckM);
    fill(p.tiltDeg, d.tiltDeg);
    fill(p.angleDeg, d.angleDeg);
    fill(p.axis, d.axis);
    return p;
}

Result<std::vector<MoveResult>> generateMove(MoveKind kind, const MoveSpec& spec, const MoveParameters& given)
{
    const MoveInfo& info = moveInfo(kind);
    for (const MoveParameterInfo& parameter : kParameters) {
        if (hasParameter(given, parameter.parameter) && !takesParameter(info, parameter.parameter))
            return fail(std::string(parameter.field),
                        fmt::format("is not used by the move {} ({})", info.key, info.title));
    }
    if ((kind == MoveKind::Zoom || kind == MoveKind::DollyZoom) && given.to && given.toFocalLengthMm)
        return fail("toFocalLengthMm", "cannot be combined with an end framing: give one of them");
    const MoveParameters p = withMoveDefaults(kind, given);
    const SubjectFraming from = *p.from;

    switch (kind) {
    case MoveKind::Track:
        return one(makeTrackMove(spec, TrackMove{from, *p.to, p.focalLengthMm}));
    case MoveKind::Zoom: {
        ZoomMove zoom;
        zoom.from = from;
        zoom.fromFocalLengthMm = p.focalLengthMm;
        if (p.to && !p.to->shotSize())
            return fail("to", "a zoom does not move the camera: give the end as a shot size, or an end focal length");
        zoom.toSize = p.to ? p.to->shotSize() : std::nullopt;
        zoom.toFocalLengthMm = p.toFocalLengthMm;
        return one(makeZoomMove(spec, zoom));
    }
    case MoveKind::Compare: {
        const Result<TrackVersusZoomPair> pair = makeTrackVersusZoom(spec, TrackVersusZoom{from, *p.to, p.focalLengthMm});
        if (!pair)
            return renamed(pair.error());
        return std::vector<MoveResult>{pair->track, pair->zoom};
    }
    case MoveKind::DollyZoom: {
        DollyZoom dollyZoom;
        dollyZoom.framing = from;
        dollyZoom.startFocalLengthMm = p.focalLengthMm;
        if (p.to && !p.to->distanceM())
            return fail("to", "a dolly zoom holds the framing: give the end as a distance in metres, or an end "
                              "focal length");
        dollyZoom.endDistanceM = p.to ? p.to->distanceM() : std::nullopt;
        dollyZoom.endFocalLengthMm = p.toFocalLengthMm;
        if (!p.to && !p.toFocalLengthMm)
            dollyZoom.endFocalLengthMm = kDollyZoomDefaultRatio * p.focalLengthMm.value_or(spec.camera.focalLengthMm);
        return one(makeDollyZoom(spec, dollyZoom));
    }
    case MoveKind::Follow: {
        FollowMove follow;
        follow.framing = from;
        follow.focalLengthMm = p.focalLengthMm;
        follow.walkingSpeedMps = *p.walkingSpeedMps;
        follow.runUpFlicks = *p.runUpFlicks;
        return one(makeFollowMove(spec, follow));
    }
    case MoveKind::Orbit:
        return one(makeOrbitMove(spec, OrbitMove{from, p.to, *p.sweepDeg, p.focalLengthMm}));
    case MoveKind::PullBack: {
        PullBack pullBack;
        pullBack.from = from;
        pullBack.to = *p.to;
        pullBack.focalLengthMm = p.focalLengthMm;
        if (p.riseM)
            pullBack.crane = PullBackCrane{*p.riseM, kPullBackCraneTail};
        return one(makePullBack(spec, pullBack));
    }
    case MoveKind::Pedestal:
        return one(makePedestalMove(spec, PedestalMove{from, *p.riseM, p.focalLengthMm}));
    case MoveKind::Truck:
        return one(makeTruckMove(spec, TruckMove{from, *p.truckM, p.focalLengthMm}));
    case MoveKind::Head:
        return one(makeHeadMove(spec, HeadMove{from, *p.axis, *p.angleDeg, p.focalLengthMm}));
    case MoveKind::TiltTrack:
        return one(makeTiltTrackMove(spec, TiltTrackMove{from, *p.to, *p.tiltDeg, *p.riseM, p.focalLengthMm}));
    case MoveKind::Static:
        return one(makeStaticShot(spec, StaticShot{from, p.focalLengthMm}));
    }
    return fail(std::string(info.key), "unknown move");
}

} // namespace murnau
