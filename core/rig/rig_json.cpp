// Rails and camera rigs in JSON.

#include "core/rig/rig_json.h"

#include <array>
#include <utility>
#include <vector>

#include "core/motion/curve_json.h"
#include "core/util/json_writer.h"

namespace murnau {

namespace {

using json::failAt;
using json::member;

constexpr std::array<std::pair<RailKind, std::string_view>, 2> kRailKinds{{
    {RailKind::CatmullRom, "catmullRom"},
    {RailKind::Bezier, "bezier"},
}};

constexpr std::array<std::pair<AimMode, std::string_view>, 3> kAimModes{{
    {AimMode::Free, "free"},
    {AimMode::LookAtActor, "lookAtActor"},
    {AimMode::HoldFraming, "holdFraming"},
}};

// Actor names, as in the project's actors.
constexpr std::size_t kMaxNameBytes = 256;

// The straight track's heading takes the pan channel's range (checkCameraRig refuses more).
constexpr json::NumberRule kHeading{-36000.0, 36000.0, false, "degrees", "degrees", "a track heading"};
// The hold-framing fraction, stature / frame height (checkCameraRig checks the same range).
constexpr json::NumberRule kHoldFrameFraction{kMinHoldFrameFraction, kMaxHoldFrameFraction, true, "", "",
                                              "a hold frame fraction (stature / frame height)"};

// The file keys of the channels, in RigChannel order.
std::array<std::string_view, kRigChannelCount> channelKeys() noexcept
{
    std::array<std::string_view, kRigChannelCount> keys{};
    for (const RigChannelInfo& info : rigChannels())
        keys[static_cast<std::size_t>(info.channel)] = info.key;
    return keys;
}

RailPath readRail(const json::Value& value, const std::string& path)
{
    if (!value.is_object())
        failAt(path, "expected null or a rail (a JSON object), got " + json::describeValue(value));
    if (!value.contains("kind"))
        failAt(member(path, "kind"), "missing (required in a rail: \"catmullRom\" or \"bezier\")");
    const RailKind kind = json::readKeyword<RailKind>(value["kind"], json::Path(path, "kind"), kRailKinds);
    if (kind == RailKind::CatmullRom) {
        json::expectObject(value, path, {"kind", "pointsM"}, "a Catmull-Rom rail");
        const std::string pointsPath = member(path, "pointsM");
        const json::Value& points = json::readArray(value["pointsM"], pointsPath);
        std::vector<glm::dvec3> pointsM;
        pointsM.reserve(points.size());
        for (std::size_t i = 0; i < points.size(); ++i)
            pointsM.push_back(json::readVec3(points[i], json::element(pointsPath, i), json::kCoordinateRule));
        Result<RailPath> rail = makeCatmullRomPath(std::move(pointsM), pointsPath);
        if (!rail)
            json::failWith(rail.error());
        return std::move(rail).value();
    }
    json::expectObject(value, path, {"kind", "points"}, "a Bezier rail");
    const std::string pointsPath = member(path, "points");
    const json::Value& points = json::readArray(value["points"], pointsPath);
    std::vector<BezierRailPoint> bezierPoints;
    bezierPoints.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string pointPath = json::element(pointsPath, i);
        json::expectObject(points[i], pointPath, {"positionM", "inHandleM", "outHandleM"}, "a Bezier rail point");
        BezierRailPoint point;
        point.positionM = json::readVec3(points[i]["positionM"], json::Path(pointPath, "positionM"), json::kCoordinateRule);
        point.inHandleM = json::readVec3(points[i]["inHandleM"], json::Path(pointPath, "inHandleM"), json::kCoordinateRule);
        point.outHandleM = json::readVec3(points[i]["outHandleM"], json::Path(pointPath, "outHandleM"), json::kCoordinateRule);
        bezierPoints.push_back(point);
    }
    Result<RailPath> rail = makeBezierPath(std::move(bezierPoints), pointsPath);
    if (!rail)
        json::failWith(rail.error());
    return std::move(rail).value();
}

CameraRig readRig(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"rail", "originM", "headingDeg", "aim", "aimActor", "focusActor", "channels"},
                       "a camera rig", {"holdFrameFraction"});
    CameraRig rig;
    if (!value["rail"].is_null())
        rig.rail = readRail(value["rail"], member(path, "rail"));
    rig.originM = json::readVec3(value["originM"], json::Path(path, "originM"), json::kCoordinateRule);
    rig.headingDeg = json::readNumber(value["headingDeg"], json::Path(path, "headingDeg"), kHeading);
    rig.aim = json::readKeyword<AimMode>(value["aim"], json::Path(path, "aim"), kAimModes);
    rig.aimActor = json::readOptionalName(value["aimActor"], json::Path(path, "aimActor"), kMaxNameBytes).value_or("");
    rig.focusActor = json::readOptionalName(value["focusActor"], json::Path(path, "focusActor"), kMaxNameBytes).value_or("");
    if (aimsAtActor(rig.aim) && rig.aimActor.empty()) {
        failAt(member(path, "aimActor"), "expected the name of the actor to look at (\"aim\" is \""
                                             + std::string(json::keywordOf<AimMode>(rig.aim, kAimModes)) + "\"), got null");
    }
    if (value.contains("holdFrameFraction"))
        rig.holdFrameFraction = json::readNumber(value["holdFrameFraction"], json::Path(path, "holdFrameFraction"),
                                                 kHoldFrameFraction);

    const std::string channelsPath = member(path, "channels");
    static const std::array<std::string_view, kRigChannelCount> kKeys = channelKeys();
    json::expectObject(value["channels"], channelsPath, {}, "the rig's channels", kKeys);
    for (const RigChannelInfo& info : rigChannels()) {
        if (!value["channels"].contains(info.key))
            continue;
        Result<Curve> curve = curveFromJson(value["channels"][std::string(info.key)], member(channelsPath, info.key),
                                            rigChannelRule(info));
        if (!curve)
            json::failWith(curve.error());
        rig.channel(info.channel) = std::move(curve).value();
    }
    // Everything above is checked at its place; this is the evaluator's own guard.
    if (std::optional<Error> error = checkCameraRig(rig, path))
        json::failWith(*error);
    return rig;
}

nlohmann::ordered_json nameOrNull(const std::string& name)
{
    return name.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(name);
}

} // namespace

json::NumberRule rigChannelRule(const RigChannelInfo& info) noexcept
{
    std::string_view unitWord;
    if (info.unit == "m")
        unitWord = "metres";
    else if (info.unit == "mm")
        unitWord = "millimetres";
    else if (info.unit == "deg")
        unitWord = "degrees";
    return {info.minValue, info.maxValue, false, unitWord, info.unit, ""};
}

Result<RailPath> railFromJson(const nlohmann::json& value, const std::string& path)
{
    return json::reading([&] { return readRail(value, path); });
}

Result<CameraRig> rigFromJson(const nlohmann::json& value, const std::string& path)
{
    return json::reading([&] { return readRig(value, path); });
}

nlohmann::ordered_json railToJson(const RailPath& rail)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["kind"] = json::keywordOf<RailKind>(rail.kind, kRailKinds);
    if (rail.kind == RailKind::CatmullRom) {
        nlohmann::ordered_json points = nlohmann::ordered_json::array();
        for (const glm::dvec3& pointM : rail.pointsM)
            points.push_back(json::vec3Json(pointM));
        out["pointsM"] = std::move(points);
        return out;
    }
    nlohmann::ordered_json points = nlohmann::ordered_json::array();
    for (const BezierRailPoint& point : rail.bezierPoints) {
        nlohmann::ordered_json p = nlohmann::ordered_json::object();
        p["positionM"] = json::vec3Json(point.positionM);
        p["inHandleM"] = json::vec3Json(point.inHandleM);
        p["outHandleM"] = json::vec3Json(point.outHandleM);
        points.push_back(std::move(p));
    }
    out["points"] = std::move(points);
    return out;
}

nlohmann::ordered_json rigToJson(const CameraRig& rig)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["rail"] = rig.rail ? railToJson(*rig.rail) : nlohmann::ordered_json(nullptr);
    out["originM"] = json::vec3Json(rig.originM);
    out["headingDeg"] = rig.headingDeg;
    out["aim"] = json::keywordOf<AimMode>(rig.aim, kAimModes);
    out["aimActor"] = nameOrNull(rig.aimActor);
    // Written where it matters (hold framing) or is not the default, so other rigs keep their bytes.
    if (rig.aim == AimMode::HoldFraming || rig.holdFrameFraction != kDefaultHoldFrameFraction)
        out["holdFrameFraction"] = rig.holdFrameFraction;
    out["focusActor"] = nameOrNull(rig.focusActor);
    nlohmann::ordered_json channels = nlohmann::ordered_json::object();
    for (const RigChannelInfo& info : rigChannels()) {
        const Curve& curve = rig.channel(info.channel);
        // An empty channel is left out; its extrapolation is kept if it is not the default.
        if (!curve.isEmpty() || curve.extrapolation() != Extrapolation::Constant)
            channels[std::string(info.key)] = curveToJson(curve);
    }
    out["channels"] = std::move(channels);
    return out;
}

} // namespace murnau
