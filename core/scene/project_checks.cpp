// In-memory checks of a project, with the ranges of project_rules.h (the file readers use the
// same table and call these checks on what they read, so the two never disagree).

#include "core/scene/project_checks.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/motion/curve_json.h"
#include "core/scene/project_rules.h"
#include "core/util/json_reader.h"

namespace murnau {

namespace {

using json::element;
using json::member;

// A field's place, written out only for an error message (checks run on every edit and load).
using Field = json::Path;

// A number within `rule`, worded as the file reader words it.
std::optional<Error> number(double value, const Field& field, const json::NumberRule& rule)
{
    if (json::isWithin(value, rule))
        return std::nullopt;
    return json::checkNumber(value, field.text(), rule);
}

// "Line" text: a name, a heading; refused when too long, with control characters or not UTF-8.
std::optional<Error> checkText(std::string_view text, const Field& field, std::size_t maxBytes,
                               json::TextKind kind = json::TextKind::Line)
{
    if (std::optional<std::string> problem = json::textProblem(text, maxBytes, kind))
        return Error{field.text(), std::move(*problem)};
    return std::nullopt;
}

// A non-empty one-line name (a key other items refer to, or what the user picks an item by).
std::optional<Error> checkName(std::string_view name, const Field& field, std::string_view what)
{
    if (name.empty())
        return Error{field.text(), "expected " + std::string(what) + ", got an empty string"};
    return checkText(name, field, rules::kMaxNameBytes);
}

// A list of `count` items at `field` within `cap` ("a curve holds at most 100000 keys, got 100001").
std::optional<Error> checkCount(std::size_t count, std::size_t cap, const Field& field, std::string_view things,
                                std::string_view holder)
{
    if (count <= cap)
        return std::nullopt;
    return Error{field.text(), rules::countMessage(count, cap, things, holder)};
}

std::optional<Error> checkVec3(const glm::dvec3& v, const Field& field, const json::NumberRule& rule)
{
    if (json::isWithin(v.x, rule) && json::isWithin(v.y, rule) && json::isWithin(v.z, rule))
        return std::nullopt;
    const std::string path = field.text();
    for (std::size_t i = 0; i < 3; ++i) {
        if (auto error = json::checkNumber(v[static_cast<glm::length_t>(i)], element(path, i), rule))
            return error;
    }
    return std::nullopt;
}

bool isStandardRate(FrameRate rate)
{
    const auto rates = standardFrameRates();
    return std::find(rates.begin(), rates.end(), rate) != rates.end();
}

std::optional<Error> checkFrameRate(FrameRate rate, const Field& field)
{
    if (isStandardRate(rate))
        return std::nullopt;
    std::string labels;
    for (const FrameRate& standard : standardFrameRates())
        labels += (labels.empty() ? "" : ", ") + frameRateLabel(standard);
    return Error{field.text(), "expected one of the standard frame rates " + labels + ", got " + std::to_string(rate.numerator)
                            + "/" + std::to_string(rate.denominator)};
}

// The names of `items`, for "unknown actor" messages.
template<typename T>
std::vector<std::string_view> namesOf(const std::vector<T>& items)
{
    std::vector<std::string_view> names;
    names.reserve(items.size());
    for (const T& item : items)
        names.emplace_back(item.name);
    return names;
}

template<typename T>
bool hasName(const std::vector<T>& items, std::string_view name)
{
    return std::any_of(items.begin(), items.end(), [&](const T& item) { return item.name == name; });
}

// The names of `items`, sorted, to look many names up in O(log n) each (a shot's cast against the
// actors: a linear search per name made a large cast cost actors x cast).
template<typename T>
std::vector<std::string_view> sortedNamesOf(const std::vector<T>& items)
{
    std::vector<std::string_view> names = namesOf(items);
    std::sort(names.begin(), names.end());
    return names;
}

// A reference by name to an actor or camera of the project.
template<typename T>
std::optional<Error> checkReference(std::string_view name, const std::vector<T>& items, std::string_view kind,
                                    const Field& field)
{
    if (auto error = checkText(name, field, rules::kMaxNameBytes))
        return error;
    if (hasName(items, name))
        return std::nullopt;
    return Error{field.text(), rules::unknownNameMessage(name, namesOf(items), kind)};
}

// Names of `items` unique; `listField` is "actors", `kind` "actor".
template<typename T>
std::optional<Error> checkUniqueNames(const std::vector<T>& items, const std::string& listField, std::string_view kind)
{
    std::map<std::string_view, std::size_t> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (const auto [first, added] = seen.emplace(items[i].name, i); !added) {
            return Error{member(element(listField, i), "name"),
                         rules::duplicateNameMessage(items[i].name, kind, member(element(listField, first->second), "name"))};
        }
    }
    return std::nullopt;
}

std::string_view shapeWord(SetPieceShape shape)
{
    return json::keywordOf<SetPieceShape>(shape, rules::kShapes);
}

// "expected \"door\" or \"window\"" for an enumeration value that is none of its keywords.
template<typename T, std::size_t N>
std::optional<Error> checkKnown(T value, const std::array<std::pair<T, std::string_view>, N>& keywords, const Field& field)
{
    if (rules::isKnown(value, keywords))
        return std::nullopt;
    std::vector<std::string_view> names;
    for (const auto& entry : keywords)
        names.push_back(entry.second);
    return Error{field.text(), "expected " + json::keywordList(names)};
}

// A length for messages, to the micrometre: "0.9 m", not "0.9000000000000004 m".
std::string metres(double value)
{
    return json::numberText(std::round(value * 1e6) / 1e6) + " m";
}

// A wall's doors and windows: sizes, inside the wall, doors at the floor, no two overlapping.
std::optional<Error> checkOpenings(const SetPiece& wall, const std::string& field)
{
    const std::string listField = member(field, "openings");
    if (wall.openings.size() > rules::kMaxOpenings) {
        return Error{listField, "a wall has at most " + std::to_string(rules::kMaxOpenings) + " openings, got "
                                    + std::to_string(wall.openings.size())};
    }
    const double halfLengthM = 0.5 * wall.sizeM.x;
    const double heightM = wall.sizeM.y;
    constexpr double tolerance = rules::kGeometryToleranceM;
    for (std::size_t i = 0; i < wall.openings.size(); ++i) {
        const WallOpening& opening = wall.openings[i];
        const std::string at = element(listField, i);
        if (auto error = checkKnown(opening.kind, rules::kOpeningKinds, Field(at, "kind")))
            return error;
        if (auto error = number(opening.centerM, Field(at, "centerM"), rules::kOpeningCenter))
            return error;
        if (auto error = number(opening.widthM, Field(at, "widthM"), rules::kOpeningWidth))
            return error;
        if (auto error = number(opening.heightM, Field(at, "heightM"), rules::kOpeningHeight))
            return error;
        if (auto error = number(opening.sillM, Field(at, "sillM"), rules::kSill))
            return error;
        if (opening.kind == OpeningKind::Door && opening.sillM != 0.0) {
            return Error{member(at, "sillM"), "a door starts at the floor: expected 0, got " + json::numberText(opening.sillM)
                                                  + " (make it a window to raise it)"};
        }
        const double reachM = std::abs(opening.centerM) + 0.5 * opening.widthM;
        if (reachM > halfLengthM + tolerance) {
            return Error{at, "reaches " + metres(reachM) + " from the wall's centre (|centerM| + widthM / 2), past the wall's end at "
                                 + metres(halfLengthM) + " (half its length of " + metres(wall.sizeM.x) + ")"};
        }
        const double topM = opening.sillM + opening.heightM;
        if (topM > heightM + tolerance) {
            return Error{at, "its top at " + metres(topM) + " (sillM + heightM) is above the wall's height of "
                                 + metres(heightM)};
        }
        for (std::size_t j = 0; j < i; ++j) {
            const WallOpening& other = wall.openings[j];
            const double overlapAlongM = std::min(opening.centerM + 0.5 * opening.widthM, other.centerM + 0.5 * other.widthM)
                                         - std::max(opening.centerM - 0.5 * opening.widthM, other.centerM - 0.5 * other.widthM);
            const double overlapUpM = std::min(topM, other.sillM + other.heightM) - std::max(opening.sillM, other.sillM);
            if (overlapAlongM > tolerance && overlapUpM > tolerance) {
                return Error{at, "overlaps openings[" + std::to_string(j) + "] by " + metres(overlapAlongM)
                                     + " along the wall; openings must not overlap (make them one opening)"};
            }
        }
    }
    return std::nullopt;
}

std::optional<Error> checkStairs(const SetPiece& stairs, const std::string& field)
{
    const std::string countField = member(field, "stepCount");
    if (stairs.stepCount < rules::kMinStepCount || stairs.stepCount > rules::kMaxStepCount) {
        return Error{countField, "expected a number of steps from " + std::to_string(rules::kMinStepCount) + " to "
                                     + std::to_string(rules::kMaxStepCount) + ", got " + std::to_string(stairs.stepCount)};
    }
    const double riserM = stairs.sizeM.y / stairs.stepCount;
    if (riserM > rules::kMaxRiserM) {
        return Error{countField, "each step would rise " + metres(riserM) + " (" + metres(stairs.sizeM.y) + " over "
                                     + std::to_string(stairs.stepCount) + " steps); a step rises at most "
                                     + metres(rules::kMaxRiserM) + ", so use more steps"};
    }
    return std::nullopt;
}

std::optional<Error> checkModel(const SetPiece& model, const std::string& field)
{
    if (std::optional<std::string> problem = rules::modelPathProblem(model.modelPath))
        return Error{member(field, "modelPath"), std::move(*problem)};
    if (auto error = number(model.modelScale, Field(field, "modelScale"), rules::kModelScale))
        return error;
    return std::nullopt;
}

// Text for "got" in a vector message: "[1, 0, 1]".
std::string vectorText(const glm::dvec3& v)
{
    return "[" + json::numberText(v.x) + ", " + json::numberText(v.y) + ", " + json::numberText(v.z) + "]";
}

std::optional<Error> checkSensor(const SensorFormat& sensor, const std::string& field)
{
    const SensorFormat* preset = findSensorPreset(sensor.id);
    if (preset != nullptr && preset->widthMm == sensor.widthMm && preset->heightMm == sensor.heightMm)
        return std::nullopt;
    // Anything else is saved as a custom gate: its name and dimensions.
    if (auto error = checkText(sensor.name, Field(field, "name"), rules::kMaxNameBytes))
        return error;
    if (auto error = number(sensor.widthMm, Field(field, "widthMm"), rules::kGateDimension))
        return error;
    return number(sensor.heightMm, Field(field, "heightMm"), rules::kGateDimension);
}

std::optional<Error> checkMark(const Mark& mark, const std::string& field)
{
    if (auto error = checkText(mark.name, Field(field, "name"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkVec3(mark.positionM, Field(field, "positionM"), json::kCoordinateRule))
        return error;
    if (auto error = number(mark.facingDeg, Field(field, "facingDeg"), json::kAngleRule))
        return error;
    if (auto error = rules::checkFlicks(mark.arriveAt, member(field, "arriveAtFlicks"), rules::kActionTime))
        return error;
    if (auto error = rules::checkFlicks(mark.leaveAt, member(field, "leaveAtFlicks"), rules::kActionTime))
        return error;
    const std::string viaField = member(field, "viaM");
    if (auto error = checkCount(mark.viaM.size(), rules::kMaxViaPoints, viaField, "via points", "a mark"))
        return error;
    for (std::size_t i = 0; i < mark.viaM.size(); ++i) {
        if (auto error = checkVec3(mark.viaM[i], Field(viaField, i), json::kCoordinateRule))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> checkRail(const RailPath& rail, const std::string& field)
{
    if (rail.kind == RailKind::CatmullRom) {
        const std::string pointsField = member(field, "pointsM");
        if (auto error = checkCount(rail.pointsM.size(), rules::kMaxRailPoints, pointsField, "points", "a rail"))
            return error;
        for (std::size_t i = 0; i < rail.pointsM.size(); ++i) {
            if (auto error = checkVec3(rail.pointsM[i], Field(pointsField, i), json::kCoordinateRule))
                return error;
        }
    } else {
        const std::string pointsField = member(field, "points");
        if (auto error = checkCount(rail.bezierPoints.size(), rules::kMaxRailPoints, pointsField, "points", "a rail"))
            return error;
        for (std::size_t i = 0; i < rail.bezierPoints.size(); ++i) {
            const std::string at = element(pointsField, i);
            const BezierRailPoint& point = rail.bezierPoints[i];
            if (auto error = checkVec3(point.positionM, Field(at, "positionM"), json::kCoordinateRule))
                return error;
            if (auto error = checkVec3(point.inHandleM, Field(at, "inHandleM"), json::kCoordinateRule))
                return error;
            if (auto error = checkVec3(point.outHandleM, Field(at, "outHandleM"), json::kCoordinateRule))
                return error;
        }
    }
    if (!rail.built)
        return Error{field, "the rail was not built from its points"};
    return std::nullopt;
}

std::optional<Error> checkRig(const CameraRig& rig, const Project& project, const std::string& field)
{
    if (rig.aim != AimMode::Free && rig.aim != AimMode::LookAtActor && rig.aim != AimMode::HoldFraming)
        return Error{member(field, "aim"), "expected \"free\", \"lookAtActor\" or \"holdFraming\""};
    if (rig.rail) {
        if (auto error = checkRail(*rig.rail, member(field, "rail")))
            return error;
    }
    if (auto error = checkVec3(rig.originM, Field(field, "originM"), json::kCoordinateRule))
        return error;
    if (std::optional<Error> error = checkCameraRig(rig, field))
        return error;
    if (!rig.aimActor.empty()) {
        if (auto error = checkReference(rig.aimActor, project.actors, "actor", Field(field, "aimActor")))
            return error;
    }
    if (!rig.focusActor.empty()) {
        if (auto error = checkReference(rig.focusActor, project.actors, "actor", Field(field, "focusActor")))
            return error;
    }
    for (const RigChannelInfo& info : rigChannels()) {
        const Curve& curve = rig.channel(info.channel);
        if (curve.isEmpty())
            continue;
        const std::string channelField = member(member(field, "channels"), info.key);
        if (auto error = checkCount(curve.keyCount(), rules::kMaxCurveKeys, Field(channelField, "keys"), "keys", "a curve"))
            return error;
        if (auto error = checkStorableCurve(curve, channelField))
            return error;
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> checkSetPiece(const SetPiece& piece, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkName(piece.name, Field(field, "name"), "a name for the set piece"))
        return error;
    if (auto error = checkKnown(piece.shape, rules::kShapes, Field(field, "shape")))
        return error;
    if (auto error = checkVec3(piece.positionM, Field(field, "positionM"), json::kCoordinateRule))
        return error;
    const std::string sizeField = member(field, "sizeM");
    if (piece.shape == SetPieceShape::Model) {
        if (auto error = checkVec3(piece.sizeM, sizeField, rules::kCollisionBoxSize))
            return error;
        const bool none = piece.sizeM.x == 0.0 && piece.sizeM.y == 0.0 && piece.sizeM.z == 0.0;
        const bool solid = piece.sizeM.x > 0.0 && piece.sizeM.y > 0.0 && piece.sizeM.z > 0.0;
        if (!none && !solid) {
            return Error{sizeField, "a model's collision box is all zero (none) or positive in every direction, got "
                                        + vectorText(piece.sizeM)};
        }
    } else if (auto error = checkVec3(piece.sizeM, sizeField, rules::kSize)) {
        return error;
    }
    if (auto error = number(piece.yawDeg, Field(field, "yawDeg"), json::kAngleRule))
        return error;

    // The fields of other shapes keep their defaults: they are not saved, so a value there would be lost.
    const std::string shape(shapeWord(piece.shape));
    if (piece.shape != SetPieceShape::Wall && !piece.openings.empty())
        return Error{member(field, "openings"), "only a wall has openings (this piece is a " + shape + ")"};
    if (piece.shape != SetPieceShape::Stairs && piece.stepCount != 0)
        return Error{member(field, "stepCount"), "only stairs have steps (this piece is a " + shape + "); expected 0"};
    if (piece.shape != SetPieceShape::Model && !piece.modelPath.empty())
        return Error{member(field, "modelPath"), "only a model has a model file (this piece is a " + shape + ")"};
    if (piece.shape != SetPieceShape::Model && piece.modelScale != 1.0)
        return Error{member(field, "modelScale"), "only a model has a scale (this piece is a " + shape + "); expected 1"};

    switch (piece.shape) {
    case SetPieceShape::Wall:
        return checkOpenings(piece, field);
    case SetPieceShape::Stairs:
        return checkStairs(piece, field);
    case SetPieceShape::Model:
        return checkModel(piece, field);
    case SetPieceShape::Box:
    case SetPieceShape::Cylinder:
        break;
    }
    return std::nullopt;
}

std::optional<Error> checkActor(const Actor& actor, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkName(actor.name, Field(field, "name"), "the actor's name"))
        return error;
    if (auto error = number(actor.heightM, Field(field, "heightM"), rules::kActorHeight))
        return error;
    if (auto error = checkKnown(actor.build, rules::kBuilds, Field(field, "build")))
        return error;
    if (auto error = checkVec3(actor.positionM, Field(field, "positionM"), json::kCoordinateRule))
        return error;
    return number(actor.facingDeg, Field(field, "facingDeg"), json::kAngleRule);
}

std::optional<Error> checkLensKit(const LensKit& kit, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkName(kit.name, Field(field, "name"), "the lens kit's name (\"Cooke S4/i\")"))
        return error;
    const LensKit defaults;
    if (kit.kind == LensKitKind::Primes) {
        const std::string primesField = member(field, "primes");
        if (kit.primes.empty())
            return Error{primesField, "a prime kit needs at least one lens"};
        if (kit.primes.size() > rules::kMaxPrimes) {
            return Error{primesField, "a prime kit has at most " + std::to_string(rules::kMaxPrimes) + " lenses, got "
                                          + std::to_string(kit.primes.size())};
        }
        for (std::size_t i = 0; i < kit.primes.size(); ++i) {
            const PrimeLens& lens = kit.primes[i];
            const std::string at = element(primesField, i);
            if (auto error = number(lens.focalLengthMm, Field(at, "focalLengthMm"), rules::kFocalLength))
                return error;
            if (auto error = number(lens.minFocusM, Field(at, "minFocusM"), rules::kMinFocus))
                return error;
            if (auto error = number(lens.widestTStop, Field(at, "widestTStop"), rules::kTStop))
                return error;
            if (i > 0 && !(lens.focalLengthMm > kit.primes[i - 1].focalLengthMm)) {
                const std::string previous = json::numberText(kit.primes[i - 1].focalLengthMm);
                return Error{member(at, "focalLengthMm"),
                             json::numberText(lens.focalLengthMm) + " mm is not longer than primes[" + std::to_string(i - 1)
                                 + "] (" + previous + " mm); list each focal length once, shortest first"};
            }
        }
        // The zoom's fields are not saved with primes: they keep their defaults.
        if (kit.zoomMinMm != defaults.zoomMinMm || kit.zoomMaxMm != defaults.zoomMaxMm
            || kit.zoomMinFocusM != defaults.zoomMinFocusM || kit.zoomWidestTStop != defaults.zoomWidestTStop) {
            return Error{member(field, "kind"), "a prime kit has no zoom range; leave the zoom's values at their defaults"};
        }
        return std::nullopt;
    }
    if (auto error = checkKnown(kit.kind, rules::kLensKitKinds, Field(field, "kind")))
        return error;
    if (!kit.primes.empty())
        return Error{member(field, "primes"), "a zoom kit has no primes (make the kit \"primes\" to list lenses)"};
    if (auto error = number(kit.zoomMinMm, Field(field, "zoomMinMm"), rules::kFocalLength))
        return error;
    if (auto error = number(kit.zoomMaxMm, Field(field, "zoomMaxMm"), rules::kFocalLength))
        return error;
    if (!(kit.zoomMaxMm > kit.zoomMinMm)) {
        return Error{member(field, "zoomMaxMm"), "a zoom's longest focal length must be longer than its shortest ("
                                                     + json::numberText(kit.zoomMinMm) + " mm), got "
                                                     + json::numberText(kit.zoomMaxMm) + " mm"};
    }
    if (auto error = number(kit.zoomMinFocusM, Field(field, "minFocusM"), rules::kMinFocus))
        return error;
    return number(kit.zoomWidestTStop, Field(field, "widestTStop"), rules::kTStop);
}

std::optional<Error> checkCamera(const CameraSetup& camera, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkName(camera.name, Field(field, "name"), "the camera's name"))
        return error;
    if (auto error = checkSensor(camera.sensor, member(field, "sensor")))
        return error;
    if (camera.lensKit) {
        if (auto error = checkLensKit(*camera.lensKit, member(field, "lensKit")))
            return error;
    }
    if (camera.deliveryAspect) {
        if (auto error = number(*camera.deliveryAspect, Field(field, "deliveryAspect"), rules::kAspect))
            return error;
    }
    if (auto error = number(camera.squeeze, Field(field, "squeeze"), rules::kSqueeze))
        return error;
    if (camera.cocMm) {
        if (auto error = number(*camera.cocMm, Field(field, "cocMm"), rules::kCoc))
            return error;
    }
    if (auto error = checkVec3(camera.positionM, Field(field, "positionM"), json::kCoordinateRule))
        return error;
    if (auto error = number(camera.panDeg, Field(field, "panDeg"), json::kAngleRule))
        return error;
    if (auto error = number(camera.tiltDeg, Field(field, "tiltDeg"), json::kAngleRule))
        return error;
    if (auto error = number(camera.rollDeg, Field(field, "rollDeg"), json::kAngleRule))
        return error;
    if (auto error = number(camera.focalLengthMm, Field(field, "focalLengthMm"), rules::kFocalLength))
        return error;
    if (auto error = number(camera.focusDistanceM, Field(field, "focusDistanceM"), rules::kFocusDistance))
        return error;
    if (auto error = number(camera.fStop, Field(field, "fStop"), rules::kFStop))
        return error;
    if (!(camera.focusDistanceM * 1000.0 > camera.focalLengthMm)) {
        return Error{member(field, "focusDistanceM"), "a lens cannot focus at " + json::numberText(camera.focusDistanceM)
                                                          + " m, inside its focal length of "
                                                          + json::numberText(camera.focalLengthMm) + " mm"};
    }
    return std::nullopt;
}

std::optional<Error> checkShot(const Shot& shot, const Project& project, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkName(shot.id, Field(field, "id"), "a shot id (a unique key such as \"sh-0007\")"))
        return error;
    if (auto error = checkText(shot.number, Field(field, "number"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkText(shot.name, Field(field, "name"), rules::kMaxLineBytes))
        return error;
    if (auto error = checkText(shot.description, Field(field, "description"), rules::kMaxTextBytes,
                               json::TextKind::Paragraphs))
        return error;
    if (auto error = checkText(shot.setup, Field(field, "setup"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkReference(shot.camera, project.cameras, "camera", Field(field, "camera")))
        return error;
    if (auto error = checkText(shot.move, Field(field, "move"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkFrameRate(shot.frameRate, Field(field, "frameRate")))
        return error;
    if (auto error = rules::checkFlicks(shot.durationFlicks, member(field, "durationFlicks"), rules::kShotDuration))
        return error;
    if (auto error = rules::checkFlicks(shot.actionStart, member(field, "actionStartFlicks"), rules::kActionTime))
        return error;
    const std::string castField = shot.cast.empty() ? std::string() : member(field, "cast");
    // Sorted lookups: a cast of c names among a actors costs c log a, not c x a (and c log c for duplicates).
    const std::vector<std::string_view> actorNames = shot.cast.empty() ? std::vector<std::string_view>()
                                                                       : sortedNamesOf(project.actors);
    std::map<std::string_view, std::size_t> castSeen;   // name -> its first index in the cast
    for (std::size_t i = 0; i < shot.cast.size(); ++i) {
        const std::string& name = shot.cast[i];
        if (!std::binary_search(actorNames.begin(), actorNames.end(), std::string_view(name))) {
            if (auto error = checkReference(name, project.actors, "actor", Field(castField, i)))
                return error;
        }
        if (const auto [first, added] = castSeen.emplace(name, i); !added) {
            return Error{element(castField, i), "'" + json::truncated(name, 60) + "' is already in the cast (cast["
                                                    + std::to_string(first->second) + "])"};
        }
    }
    for (const auto& [lines, key] : {std::pair{&shot.props, "props"}, std::pair{&shot.equipment, "equipment"}}) {
        if (auto error = checkCount(lines->size(), rules::kMaxShotLines, member(field, key),
                                    std::string(key) + " lines", "a shot"))
            return error;
        for (std::size_t i = 0; i < lines->size(); ++i) {
            if (auto error = checkText((*lines)[i], Field(member(field, key), i), rules::kMaxLineBytes))
                return error;
        }
    }
    if (auto error = checkText(shot.notes, Field(field, "notes"), rules::kMaxTextBytes, json::TextKind::Paragraphs))
        return error;
    if (shot.status != ShotStatus::Planned && shot.status != ShotStatus::Approved && shot.status != ShotStatus::Shot
        && shot.status != ShotStatus::Omitted)
        return Error{member(field, "status"), "expected \"planned\", \"approved\", \"shot\" or \"omitted\""};
    return checkRig(shot.rig, project, member(field, "rig"));
}

std::optional<Error> checkBlocking(const ActorBlocking& blocking, const Project& project, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkReference(blocking.actor, project.actors, "actor", Field(field, "actor")))
        return error;
    const std::string marksField = member(field, "marks");
    if (blocking.marks.empty())
        return Error{marksField, "an actor's blocking needs at least one mark"};
    if (auto error = checkCount(blocking.marks.size(), rules::kMaxMarks, marksField, "marks", "an actor's blocking"))
        return error;
    for (std::size_t i = 0; i < blocking.marks.size(); ++i) {
        const Mark& mark = blocking.marks[i];
        const std::string at = element(marksField, i);
        if (auto error = checkMark(mark, at))
            return error;
        if (mark.leaveAt < mark.arriveAt) {
            return Error{member(at, "leaveAtFlicks"),
                         std::to_string(mark.leaveAt) + " flicks is before the arrival at " + std::to_string(mark.arriveAt)
                             + " flicks; an actor cannot leave a mark before arriving at it"};
        }
        if (i > 0 && !(mark.arriveAt > blocking.marks[i - 1].leaveAt)) {
            return Error{member(at, "arriveAtFlicks"),
                         std::to_string(mark.arriveAt) + " flicks is not after leaving marks[" + std::to_string(i - 1)
                             + "] at " + std::to_string(blocking.marks[i - 1].leaveAt) + " flicks; a walk takes time"};
        }
    }
    if (blocking.walks.size() + 1 != blocking.marks.size())
        return Error{field, "the walks between the marks were not built (make the blocking with makeActorBlocking)"};
    return std::nullopt;
}

std::optional<Error> checkScene(const Scene& scene, const Project& project, std::string_view fieldView)
{
    const std::string field(fieldView);
    if (auto error = checkText(scene.number, Field(field, "number"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkText(scene.name, Field(field, "name"), rules::kMaxLineBytes))
        return error;
    if (scene.intExt != IntExt::Int && scene.intExt != IntExt::Ext && scene.intExt != IntExt::IntExt)
        return Error{member(field, "intExt"), "expected \"INT\", \"EXT\" or \"INT/EXT\""};
    if (auto error = checkText(scene.location, Field(field, "location"), rules::kMaxNameBytes))
        return error;
    if (auto error = checkText(scene.timeOfDay, Field(field, "timeOfDay"), rules::kMaxNameBytes))
        return error;
    const std::string blockingField = member(field, "blocking");
    std::map<std::string_view, std::size_t> blocked;   // actor -> index of their blocking
    for (std::size_t i = 0; i < scene.blocking.size(); ++i) {
        const std::string at = element(blockingField, i);
        if (auto error = checkBlocking(scene.blocking[i], project, at))
            return error;
        if (const auto [first, added] = blocked.emplace(scene.blocking[i].actor, i); !added) {
            return Error{member(at, "actor"), "'" + json::truncated(scene.blocking[i].actor, 60)
                                                  + "' already has blocking in " + element(blockingField, first->second)
                                                  + "; an actor has one blocking per scene"};
        }
    }
    const std::string shotsField = member(field, "shots");
    if (auto error = checkCount(scene.shots.size(), rules::kMaxShots, shotsField, "shots", "a project"))
        return error;
    std::map<std::string_view, std::size_t> ids;
    for (std::size_t i = 0; i < scene.shots.size(); ++i) {
        const std::string at = element(shotsField, i);
        if (auto error = checkShot(scene.shots[i], project, at))
            return error;
        if (const auto [first, added] = ids.emplace(scene.shots[i].id, i); !added) {
            return Error{member(at, "id"), "duplicate shot id '" + json::truncated(scene.shots[i].id, 60) + "' (also "
                                               + member(element(shotsField, first->second), "id") + ")"};
        }
    }
    return std::nullopt;
}

std::optional<Error> checkProject(const Project& project)
{
    if (auto error = checkText(project.title, "title", rules::kMaxTitleBytes))
        return error;
    if (auto error = checkFrameRate(project.frameRate, "frameRate"))
        return error;
    if (auto error = checkKnown(project.displayUnits, rules::kDisplayUnits, "displayUnits"))
        return error;

    const SetDescription& set = project.set;
    if (auto error = checkText(set.name, "set.name", rules::kMaxNameBytes))
        return error;
    for (std::size_t i = 0; i < 2; ++i) {
        if (auto error = number(set.floorSizeM[static_cast<glm::length_t>(i)], Field("set.floorSizeM", i),
                                           rules::kSize))
            return error;
    }
    if (auto error = checkCount(set.pieces.size(), rules::kMaxSetPieces, "set.pieces", "set pieces", "a project"))
        return error;
    if (auto error = checkCount(project.actors.size(), rules::kMaxActors, "actors", "actors", "a project"))
        return error;
    if (auto error = checkCount(project.cameras.size(), rules::kMaxCameras, "cameras", "cameras", "a project"))
        return error;
    if (auto error = checkCount(project.scenes.size(), rules::kMaxScenes, "scenes", "scenes", "a project"))
        return error;
    std::size_t shotCount = 0;
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        shotCount += project.scenes[s].shots.size();
        if (shotCount > rules::kMaxShots) {
            return Error{member(element("scenes", s), "shots"),
                         rules::countMessage(shotCount, rules::kMaxShots, "shots", "a project")
                             + " (counting the shots of scenes[0] to " + element("scenes", s) + ")"};
        }
    }
    for (std::size_t i = 0; i < set.pieces.size(); ++i) {
        if (auto error = checkSetPiece(set.pieces[i], element("set.pieces", i)))
            return error;
    }
    if (auto error = checkUniqueNames(set.pieces, "set.pieces", "set piece"))
        return error;

    for (std::size_t i = 0; i < project.actors.size(); ++i) {
        if (auto error = checkActor(project.actors[i], element("actors", i)))
            return error;
    }
    if (auto error = checkUniqueNames(project.actors, "actors", "actor"))
        return error;

    if (project.cameras.empty())
        return Error{"cameras", "a project needs at least one camera"};
    for (std::size_t i = 0; i < project.cameras.size(); ++i) {
        if (auto error = checkCamera(project.cameras[i], element("cameras", i)))
            return error;
    }
    if (auto error = checkUniqueNames(project.cameras, "cameras", "camera"))
        return error;

    // Shot ids are unique across the whole project.
    std::map<std::string_view, std::pair<std::size_t, std::size_t>> ids;   // id -> scene, shot of its first use
    const auto idField = [](std::size_t scene, std::size_t shot) {
        return member(element(member(element("scenes", scene), "shots"), shot), "id");
    };
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        if (auto error = checkScene(project.scenes[s], project, element("scenes", s)))
            return error;
        const std::vector<Shot>& shots = project.scenes[s].shots;
        for (std::size_t i = 0; i < shots.size(); ++i) {
            if (const auto [first, added] = ids.emplace(shots[i].id, std::pair{s, i}); !added) {
                return Error{idField(s, i), "duplicate shot id '" + json::truncated(shots[i].id, 60) + "' (also "
                                                + idField(first->second.first, first->second.second) + ")"};
            }
        }
    }
    return std::nullopt;
}

std::optional<Error> checkRoomFor(const Project& project, CountedList list, std::size_t adding)
{
    std::size_t shots = 0;
    for (const Scene& scene : project.scenes)
        shots += scene.shots.size();
    const auto room = [&](std::size_t count, std::size_t cap, const char* field, std::string_view things)
        -> std::optional<Error> {
        if (adding <= cap && count <= cap - adding)
            return std::nullopt;
        return Error{field, "a project holds at most " + std::to_string(cap) + " " + std::string(things) + "; it has "
                                + std::to_string(count) + (adding == 1 ? std::string() : ", adding " + std::to_string(adding))};
    };
    switch (list) {
    case CountedList::SetPieces:
        return room(project.set.pieces.size(), rules::kMaxSetPieces, "set.pieces", "set pieces");
    case CountedList::Actors:
        return room(project.actors.size(), rules::kMaxActors, "actors", "actors");
    case CountedList::Cameras:
        return room(project.cameras.size(), rules::kMaxCameras, "cameras", "cameras");
    case CountedList::Scenes:
        return room(project.scenes.size(), rules::kMaxScenes, "scenes", "scenes");
    case CountedList::Shots:
        return room(shots, rules::kMaxShots, "scenes", "shots");
    }
    return std::nullopt;
}

} // namespace murnau
