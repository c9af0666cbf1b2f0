// Scenes, blocking and shots in JSON, with every reference to an actor or camera checked.

#include "core/scene/scene_json.h"

#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "core/rig/rig_json.h"
#include "core/scene/project_rules.h"
#include "core/util/json_reader.h"
#include "core/util/json_writer.h"

namespace murnau {

namespace {

using json::element;
using json::failAt;
using json::member;

using rules::kActionTime;
using rules::kMaxLineBytes;
using rules::kMaxNameBytes;
using rules::kMaxTextBytes;
using rules::kShotDuration;

// The names of `items`, sorted, for lookups in O(log n) (a linear search per name made a shot's cast
// cost cast x actors, and 5,000 shots of 1,000 actors a two-minute load).
template<typename T>
std::vector<std::string_view> sortedNames(std::span<const T> items)
{
    std::vector<std::string_view> names;
    names.reserve(items.size());
    for (const T& item : items)
        names.emplace_back(item.name);
    std::sort(names.begin(), names.end());
    return names;
}

// The names a scene may refer to, with the place each shot id was first seen.
struct References {
    std::span<const Actor> actors;
    std::span<const CameraSetup> cameras;
    std::vector<std::string_view> actorNames;      // sortedNames(actors)
    std::vector<std::string_view> cameraNames;     // sortedNames(cameras)
    std::map<std::string, std::string> shotIds;   // id -> field path of its first use
};

// Refuses a name that is not one of `items`' names ("actor", "camera" say which list); `sorted` are their names, sorted.
template<typename T>
void expectKnown(const std::string& name, std::span<const T> items, const std::vector<std::string_view>& sorted,
                 std::string_view kind, const json::Path& path)
{
    if (std::binary_search(sorted.begin(), sorted.end(), std::string_view(name)))
        return;
    std::vector<std::string_view> names;
    names.reserve(items.size());
    for (const T& item : items)
        names.emplace_back(item.name);
    failAt(path.text(), rules::unknownNameMessage(name, names, kind));
}

// A field of makeActorBlocking named as in the file: "...marks[2].arriveAt" -> "...marks[2].arriveAtFlicks".
std::string fileField(std::string field)
{
    for (const std::string_view suffix : {".arriveAt", ".leaveAt"}) {
        if (field.size() >= suffix.size() && field.compare(field.size() - suffix.size(), suffix.size(), suffix) == 0)
            return field + "Flicks";
    }
    return field;
}

Mark readMark(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"name", "positionM", "facingDeg", "arriveAtFlicks", "leaveAtFlicks", "viaM"},
                       "a mark");
    Mark mark;
    mark.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    mark.positionM = json::readVec3(value["positionM"], json::Path(path, "positionM"), json::kCoordinateRule);
    mark.facingDeg = json::readNumber(value["facingDeg"], json::Path(path, "facingDeg"), json::kAngleRule);
    mark.arriveAt = json::readFlicks(value["arriveAtFlicks"], json::Path(path, "arriveAtFlicks"), kActionTime);
    mark.leaveAt = json::readFlicks(value["leaveAtFlicks"], json::Path(path, "leaveAtFlicks"), kActionTime);
    const std::string viaPath = member(path, "viaM");
    const json::Value& via = json::readArray(value["viaM"], viaPath);
    mark.viaM.reserve(via.size());
    for (std::size_t i = 0; i < via.size(); ++i)
        mark.viaM.push_back(json::readVec3(via[i], element(viaPath, i), json::kCoordinateRule));
    return mark;
}

ActorBlocking readBlocking(const json::Value& value, const std::string& path, const References& references)
{
    json::expectObject(value, path, {"actor", "marks"}, "an actor's blocking");
    std::string actor = json::readText(value["actor"], json::Path(path, "actor"), kMaxNameBytes);
    expectKnown(actor, references.actors, references.actorNames, "actor", json::Path(path, "actor"));
    const std::string marksPath = member(path, "marks");
    const json::Value& marksJson = json::readArray(value["marks"], marksPath);
    std::vector<Mark> marks;
    marks.reserve(marksJson.size());
    for (std::size_t i = 0; i < marksJson.size(); ++i) {
        const std::string markPath = element(marksPath, i);
        Mark mark = readMark(marksJson[i], markPath);
        // The time order, said with the file's keys (makeActorBlocking checks it again).
        if (mark.leaveAt < mark.arriveAt) {
            failAt(member(markPath, "leaveAtFlicks"),
                   std::to_string(mark.leaveAt) + " flicks is before the arrival at " + std::to_string(mark.arriveAt)
                       + " flicks; an actor cannot leave a mark before arriving at it");
        }
        if (i > 0 && !(mark.arriveAt > marks.back().leaveAt)) {
            failAt(member(markPath, "arriveAtFlicks"),
                   std::to_string(mark.arriveAt) + " flicks is not after leaving marks[" + std::to_string(i - 1) + "] at "
                       + std::to_string(marks.back().leaveAt) + " flicks; a walk takes time");
        }
        marks.push_back(std::move(mark));
    }
    Result<ActorBlocking> blocking = makeActorBlocking(std::move(actor), std::move(marks), path);
    if (!blocking)
        failAt(fileField(blocking.error().field), blocking.error().message);
    return std::move(blocking).value();
}

// An array of one-line texts (props, equipment).
std::vector<std::string> readLines(const json::Value& value, const std::string& path)
{
    const json::Value& lines = json::readArray(value, path);
    std::vector<std::string> result;
    result.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i)
        result.push_back(json::readText(lines[i], element(path, i), kMaxLineBytes));
    return result;
}

Shot readShot(const json::Value& value, const std::string& path, References& references)
{
    json::expectObject(value, path,
                       {"id", "number", "name", "description", "setup", "camera", "move", "frameRate", "durationFlicks",
                        "actionStartFlicks", "cast", "props", "equipment", "notes", "status", "rig"},
                       "a shot");
    Shot shot;
    const std::string idPath = member(path, "id");
    shot.id = json::readText(value["id"], idPath, kMaxNameBytes);
    if (shot.id.empty())
        failAt(idPath, "expected a shot id (a unique key such as \"sh-0007\"), got an empty string");
    if (const auto [first, added] = references.shotIds.emplace(shot.id, idPath); !added)
        failAt(idPath, "duplicate shot id '" + json::truncated(shot.id, 60) + "' (also " + first->second + ")");
    shot.number = json::readText(value["number"], json::Path(path, "number"), kMaxNameBytes);
    shot.name = json::readText(value["name"], json::Path(path, "name"), kMaxLineBytes);
    shot.description = json::readText(value["description"], json::Path(path, "description"), kMaxTextBytes,
                                      json::TextKind::Paragraphs);
    shot.setup = json::readText(value["setup"], json::Path(path, "setup"), kMaxNameBytes);
    shot.camera = json::readText(value["camera"], json::Path(path, "camera"), kMaxNameBytes);
    expectKnown(shot.camera, references.cameras, references.cameraNames, "camera", json::Path(path, "camera"));
    shot.move = json::readText(value["move"], json::Path(path, "move"), kMaxNameBytes);

    const json::Value& rate = value["frameRate"];
    if (!rate.is_string())
        failAt(member(path, "frameRate"), "expected a frame rate label such as \"24\" or \"23.976\", got "
                                              + json::describeValue(rate));
    Result<FrameRate> frameRate = parseFrameRate(rate.get_ref<const std::string&>());
    if (!frameRate)
        failAt(member(path, "frameRate"), frameRate.error().message);
    shot.frameRate = frameRate.value();
    shot.durationFlicks = json::readFlicks(value["durationFlicks"], json::Path(path, "durationFlicks"), kShotDuration);
    shot.actionStart = json::readFlicks(value["actionStartFlicks"], json::Path(path, "actionStartFlicks"), kActionTime);

    const std::string castPath = member(path, "cast");
    const json::Value& cast = json::readArray(value["cast"], castPath);
    std::map<std::string, std::size_t, std::less<>> castSeen;   // name -> its index in the cast
    for (std::size_t i = 0; i < cast.size(); ++i) {
        const std::string namePath = element(castPath, i);
        std::string name = json::readText(cast[i], namePath, kMaxNameBytes);
        expectKnown(name, references.actors, references.actorNames, "actor", namePath);
        if (const auto [twice, added] = castSeen.emplace(name, i); !added) {
            failAt(namePath, "'" + json::truncated(name, 60) + "' is already in the cast (cast["
                                 + std::to_string(twice->second) + "])");
        }
        shot.cast.push_back(std::move(name));
    }
    shot.props = readLines(value["props"], member(path, "props"));
    shot.equipment = readLines(value["equipment"], member(path, "equipment"));
    shot.notes = json::readText(value["notes"], json::Path(path, "notes"), kMaxTextBytes, json::TextKind::Paragraphs);

    const json::Value& status = value["status"];
    if (!status.is_string())
        failAt(member(path, "status"), "expected a shot status such as \"planned\", got " + json::describeValue(status));
    Result<ShotStatus> parsedStatus = parseShotStatus(status.get_ref<const std::string&>());
    if (!parsedStatus)
        failAt(member(path, "status"), parsedStatus.error().message);
    shot.status = parsedStatus.value();

    const std::string rigPath = member(path, "rig");
    Result<CameraRig> rig = rigFromJson(value["rig"], rigPath);
    if (!rig)
        json::failWith(rig.error());
    shot.rig = std::move(rig).value();
    if (!shot.rig.aimActor.empty())
        expectKnown(shot.rig.aimActor, references.actors, references.actorNames, "actor", json::Path(rigPath, "aimActor"));
    if (!shot.rig.focusActor.empty())
        expectKnown(shot.rig.focusActor, references.actors, references.actorNames, "actor", json::Path(rigPath, "focusActor"));
    return shot;
}

Scene readScene(const json::Value& value, const std::string& path, References& references)
{
    json::expectObject(value, path, {"number", "name", "intExt", "location", "timeOfDay", "blocking", "shots"},
                       "a scene");
    Scene scene;
    scene.number = json::readText(value["number"], json::Path(path, "number"), kMaxNameBytes);
    scene.name = json::readText(value["name"], json::Path(path, "name"), kMaxLineBytes);
    const json::Value& intExt = value["intExt"];
    if (!intExt.is_string())
        failAt(member(path, "intExt"), "expected \"INT\", \"EXT\" or \"INT/EXT\", got " + json::describeValue(intExt));
    Result<IntExt> parsedIntExt = parseIntExt(intExt.get_ref<const std::string&>());
    if (!parsedIntExt)
        failAt(member(path, "intExt"), parsedIntExt.error().message);
    scene.intExt = parsedIntExt.value();
    scene.location = json::readText(value["location"], json::Path(path, "location"), kMaxNameBytes);
    scene.timeOfDay = json::readText(value["timeOfDay"], json::Path(path, "timeOfDay"), kMaxNameBytes);

    const std::string blockingPath = member(path, "blocking");
    const json::Value& blocking = json::readArray(value["blocking"], blockingPath);
    scene.blocking.reserve(blocking.size());
    for (std::size_t i = 0; i < blocking.size(); ++i) {
        const std::string itemPath = element(blockingPath, i);
        ActorBlocking actorBlocking = readBlocking(blocking[i], itemPath, references);
        const auto same = std::find_if(scene.blocking.begin(), scene.blocking.end(),
                                       [&](const ActorBlocking& b) { return b.actor == actorBlocking.actor; });
        if (same != scene.blocking.end()) {
            failAt(member(itemPath, "actor"), "'" + json::truncated(actorBlocking.actor, 60) + "' already has blocking in "
                                                  + element(blockingPath, static_cast<std::size_t>(same - scene.blocking.begin()))
                                                  + "; an actor has one blocking per scene");
        }
        scene.blocking.push_back(std::move(actorBlocking));
    }

    const std::string shotsPath = member(path, "shots");
    const json::Value& shots = json::readArray(value["shots"], shotsPath);
    scene.shots.reserve(shots.size());
    for (std::size_t i = 0; i < shots.size(); ++i)
        scene.shots.push_back(readShot(shots[i], element(shotsPath, i), references));
    return scene;
}

std::vector<Scene> readScenes(const json::Value& value, const std::string& path, References& references)
{
    const json::Value& scenes = json::readArray(value, path);
    std::vector<Scene> result;
    result.reserve(scenes.size());
    for (std::size_t i = 0; i < scenes.size(); ++i)
        result.push_back(readScene(scenes[i], element(path, i), references));
    return result;
}

nlohmann::ordered_json markJson(const Mark& mark)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["name"] = mark.name;
    out["positionM"] = json::vec3Json(mark.positionM);
    out["facingDeg"] = mark.facingDeg;
    out["arriveAtFlicks"] = mark.arriveAt;
    out["leaveAtFlicks"] = mark.leaveAt;
    nlohmann::ordered_json via = nlohmann::ordered_json::array();
    for (const glm::dvec3& pointM : mark.viaM)
        via.push_back(json::vec3Json(pointM));
    out["viaM"] = std::move(via);
    return out;
}

nlohmann::ordered_json shotJson(const Shot& shot)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["id"] = shot.id;
    out["number"] = shot.number;
    out["name"] = shot.name;
    out["description"] = shot.description;
    out["setup"] = shot.setup;
    out["camera"] = shot.camera;
    out["move"] = shot.move;
    out["frameRate"] = frameRateLabel(shot.frameRate);
    out["durationFlicks"] = shot.durationFlicks;
    out["actionStartFlicks"] = shot.actionStart;
    out["cast"] = shot.cast;
    out["props"] = shot.props;
    out["equipment"] = shot.equipment;
    out["notes"] = shot.notes;
    out["status"] = shotStatusKey(shot.status);
    out["rig"] = rigToJson(shot.rig);
    return out;
}

nlohmann::ordered_json sceneJson(const Scene& scene)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["number"] = scene.number;
    out["name"] = scene.name;
    out["intExt"] = intExtKey(scene.intExt);
    out["location"] = scene.location;
    out["timeOfDay"] = scene.timeOfDay;
    nlohmann::ordered_json blocking = nlohmann::ordered_json::array();
    for (const ActorBlocking& actorBlocking : scene.blocking) {
        nlohmann::ordered_json b = nlohmann::ordered_json::object();
        b["actor"] = actorBlocking.actor;
        nlohmann::ordered_json marks = nlohmann::ordered_json::array();
        for (const Mark& mark : actorBlocking.marks)
            marks.push_back(markJson(mark));
        b["marks"] = std::move(marks);
        blocking.push_back(std::move(b));
    }
    out["blocking"] = std::move(blocking);
    nlohmann::ordered_json shots = nlohmann::ordered_json::array();
    for (const Shot& shot : scene.shots)
        shots.push_back(shotJson(shot));
    out["shots"] = std::move(shots);
    return out;
}

} // namespace

Result<std::vector<Scene>> scenesFromJson(const nlohmann::json& value, const std::string& path,
                                          std::span<const Actor> actors, std::span<const CameraSetup> cameras)
{
    References references{actors, cameras, sortedNames(actors), sortedNames(cameras), {}};
    return json::reading([&] { return readScenes(value, path, references); });
}

nlohmann::ordered_json scenesToJson(std::span<const Scene> scenes)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const Scene& scene : scenes)
        out.push_back(sceneJson(scene));
    return out;
}

} // namespace murnau
