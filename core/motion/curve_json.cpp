// Curves, keys, handles and easings in JSON.

#include "core/motion/curve_json.h"

#include <array>
#include <utility>

#include "core/motion/easing.h"
#include "core/util/json_writer.h"

namespace murnau {

namespace {

using json::failAt;
using json::member;

constexpr std::array<std::pair<Extrapolation, std::string_view>, 2> kExtrapolations{{
    {Extrapolation::Constant, "constant"},
    {Extrapolation::Linear, "linear"},
}};

constexpr std::array<std::pair<Interpolation, std::string_view>, 4> kInterpolations{{
    {Interpolation::Constant, "constant"},
    {Interpolation::Linear, "linear"},
    {Interpolation::Bezier, "bezier"},
    {Interpolation::Eased, "eased"},
}};

constexpr std::array<std::pair<HandleType, std::string_view>, 4> kHandleTypes{{
    {HandleType::Free, "free"},
    {HandleType::Aligned, "aligned"},
    {HandleType::Auto, "auto"},
    {HandleType::AutoClamped, "autoClamped"},
}};

// Key times: those a Curve accepts (+-kCurveTimeLimit, 1,000,000 s).
constexpr json::FlicksRule kKeyTime{-kCurveTimeLimit, kCurveTimeLimit, false, "a key time",
                                    "within 1000000 s of zero (-705600000000000 to 705600000000000 flicks)"};
// Handle offsets: a handle reaching further than the key time limit is a typing error.
constexpr json::NumberRule kHandleTime{-1e6, 1e6, false, "seconds", "s", "a handle time offset"};
constexpr json::NumberRule kHandleValue{-1e12, 1e12, false, "channel units", "", "a handle value offset"};
// Easing control points: Easing::cubicBezier checks x in [0, 1]; y may overshoot, within reason.
constexpr json::NumberRule kEasingCoordinate{-1e6, 1e6, false, "", "", "an easing control point coordinate"};

bool storesHandles(HandleType type) noexcept
{
    return type == HandleType::Free || type == HandleType::Aligned;
}

Handle readHandle(const json::Value& value, const std::string& path)
{
    if (!value.is_array() || value.size() != 2) {
        const std::string got = value.is_array() ? "an array of " + std::to_string(value.size()) : json::describeValue(value);
        failAt(path, "expected a handle [time offset in seconds, value offset], got " + got);
    }
    return {json::readNumber(value[0], json::Path(path, std::size_t{0}), kHandleTime),
            json::readNumber(value[1], json::Path(path, std::size_t{1}), kHandleValue)};
}

Easing readEasing(const json::Value& value, const std::string& path)
{
    if (value.is_string()) {
        Result<EasingPreset> preset = parseEasingPreset(value.get_ref<const std::string&>());
        if (!preset)
            failAt(path, preset.error().message);
        return Easing::fromPreset(preset.value());
    }
    if (!value.is_array() || value.size() != 4) {
        failAt(path, "expected an easing name such as \"ease-in-out\" or [x1, y1, x2, y2], got "
                         + json::describeValue(value));
    }
    const auto points = json::readVector<4>(value, path, kEasingCoordinate);
    Result<Easing> easing = Easing::cubicBezier(points[0], points[1], points[2], points[3]);
    if (!easing) {
        // Easing names its control points "easing.x1" ...; the file has them at [0] ... [3].
        static constexpr std::array<std::string_view, 4> kNames{"easing.x1", "easing.y1", "easing.x2", "easing.y2"};
        std::string field = path;
        for (std::size_t i = 0; i < kNames.size(); ++i) {
            if (easing.error().field == kNames[i])
                field = json::element(path, i);
        }
        failAt(field, easing.error().message);
    }
    return easing.value();
}

// The key at `path`, with its time already read and checked for order.
Keyframe readKey(const json::Value& value, const std::string& path, Flicks time, const json::NumberRule& valueRule)
{
    Keyframe key;
    key.time = time;
    key.value = json::readNumber(value["value"], json::Path(path, "value"), valueRule);
    key.interpolation = json::readKeyword<Interpolation>(value["interpolation"], json::Path(path, "interpolation"),
                                                         kInterpolations);
    key.handleType = json::readKeyword<HandleType>(value["handleType"], json::Path(path, "handleType"), kHandleTypes);
    const std::string_view typeName = json::keywordOf<HandleType>(key.handleType, kHandleTypes);
    for (const std::string_view side : {"left", "right"}) {
        if (storesHandles(key.handleType) && !value.contains(side))
            failAt(member(path, side), "missing (required for a " + std::string(typeName) + " key)");
        if (!storesHandles(key.handleType) && value.contains(side)) {
            failAt(member(path, side), "an " + std::string(typeName)
                                           + " key's handles are computed, not stored; remove it or make the key"
                                             " \"free\" or \"aligned\"");
        }
    }
    if (storesHandles(key.handleType)) {
        key.left = readHandle(value["left"], member(path, "left"));
        key.right = readHandle(value["right"], member(path, "right"));
    }
    if (value.contains("easing"))
        key.easing = readEasing(value["easing"], member(path, "easing"));
    return key;
}

// Inserts `key` (index `index`, at `path`) into `curve`, passing on the curve's refusal at its place.
void insertKey(Curve& curve, const Keyframe& key, std::size_t index, const std::string& path)
{
    Result<std::size_t> inserted = curve.insertKey(key);
    if (!inserted) {
        const std::string field = inserted.error().field == "key.time" ? member(path, "timeFlicks")
                                                                        : json::rebased(inserted.error().field, "key", path);
        failAt(field, inserted.error().message);
    }
    if (key.handleType != HandleType::Aligned || curve.key(index).left == key.left)
        return;
    // An aligned key keeps one handle as placed and turns the other to the same slope. insertKey
    // turns the left one; if the file's right handle is the turned one (the left was dragged
    // last), turning the right one instead gives back both handles exactly as saved.
    Curve leftKept = curve;
    if (leftKept.setHandle(index, HandleSide::Left, key.left) && leftKept.key(index).left == key.left
        && leftKept.key(index).right == key.right) {
        curve = std::move(leftKept);
    }
}

Curve readCurve(const json::Value& value, const std::string& path, const json::NumberRule& valueRule)
{
    json::expectObject(value, path, {"extrapolation", "keys"}, "a curve");
    Curve curve;
    curve.setExtrapolation(
        json::readKeyword<Extrapolation>(value["extrapolation"], json::Path(path, "extrapolation"), kExtrapolations));
    const std::string keysPath = member(path, "keys");
    const json::Value& keys = json::readArray(value["keys"], keysPath);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::string keyPath = json::element(keysPath, i);
        json::expectObject(keys[i], keyPath, {"timeFlicks", "value", "interpolation", "handleType"}, "a key",
                           {"left", "right", "easing"});
        const Flicks time = json::readFlicks(keys[i]["timeFlicks"], json::Path(keyPath, "timeFlicks"), kKeyTime);
        const auto timePath = [&] { return member(keyPath, "timeFlicks"); };
        if (i > 0) {
            const Flicks previous = curve.key(i - 1).time;
            const std::string previousName = "keys[" + std::to_string(i - 1) + "]";
            if (time == previous) {
                failAt(timePath(), "the same time as " + previousName + " (" + std::to_string(time)
                                     + " flicks); two keys cannot share a time");
            }
            if (time < previous) {
                failAt(timePath(), std::to_string(time) + " flicks is before " + previousName + " at "
                                     + std::to_string(previous) + " flicks; keys must be in time order");
            }
        }
        insertKey(curve, readKey(keys[i], keyPath, time, valueRule), i, keyPath);
    }
    return curve;
}

nlohmann::ordered_json handleJson(const Handle& handle)
{
    return nlohmann::ordered_json::array({handle.timeS, handle.value});
}

nlohmann::ordered_json easingJson(const Easing& easing)
{
    if (const std::optional<EasingPreset> preset = easing.preset())
        return std::string(easingPresetName(*preset));
    return nlohmann::ordered_json::array({easing.x1(), easing.y1(), easing.x2(), easing.y2()});
}

} // namespace

Result<Curve> curveFromJson(const nlohmann::json& value, const std::string& path, const json::NumberRule& valueRule)
{
    return json::reading([&] { return readCurve(value, path, valueRule); });
}

std::optional<Error> checkStorableCurve(const Curve& curve, const std::string& path)
{
    // The place is written out only for an error: this runs on every key of every edit and load.
    const auto keyPath = [&](std::size_t i) { return json::element(member(path, "keys"), i); };
    for (std::size_t i = 0; i < curve.keyCount(); ++i) {
        const Keyframe& key = curve.key(i);
        if (storesHandles(key.handleType)) {
            for (const auto& [handle, side] : {std::pair{&key.left, "left"}, std::pair{&key.right, "right"}}) {
                if (json::isWithin(handle->timeS, kHandleTime) && json::isWithin(handle->value, kHandleValue))
                    continue;
                const std::string handlePath = member(keyPath(i), side);
                if (auto error = json::checkNumber(handle->timeS, json::element(handlePath, 0), kHandleTime))
                    return error;
                return json::checkNumber(handle->value, json::element(handlePath, 1), kHandleValue);
            }
        }
        const std::array<double, 4> points{key.easing.x1(), key.easing.y1(), key.easing.x2(), key.easing.y2()};
        for (std::size_t k = 0; k < points.size(); ++k) {
            if (!json::isWithin(points[k], kEasingCoordinate))
                return json::checkNumber(points[k], json::element(member(keyPath(i), "easing"), k), kEasingCoordinate);
        }
    }
    return std::nullopt;
}

nlohmann::ordered_json curveToJson(const Curve& curve)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["extrapolation"] = json::keywordOf<Extrapolation>(curve.extrapolation(), kExtrapolations);
    nlohmann::ordered_json keys = nlohmann::ordered_json::array();
    for (const Keyframe& key : curve.keys()) {
        nlohmann::ordered_json k = nlohmann::ordered_json::object();
        k["timeFlicks"] = key.time;
        k["value"] = key.value;
        k["interpolation"] = json::keywordOf<Interpolation>(key.interpolation, kInterpolations);
        k["handleType"] = json::keywordOf<HandleType>(key.handleType, kHandleTypes);
        if (storesHandles(key.handleType)) {
            k["left"] = handleJson(key.left);
            k["right"] = handleJson(key.right);
        }
        // A key that is not eased keeps a non-linear easing for when it is eased again.
        if (key.interpolation == Interpolation::Eased || key.easing != Easing())
            k["easing"] = easingJson(key.easing);
        keys.push_back(std::move(k));
    }
    out["keys"] = std::move(keys);
    return out;
}

} // namespace murnau
