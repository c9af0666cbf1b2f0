// 3,000 random edits from every builder on a realistic project, with a fixed seed: each applied
// edit leaves a project that passes checkProject; undo/redo of the last few along the way gives
// back the same bytes; and reverting them all, newest first, gives back the original project
// byte for byte.
//
// For exploring by hand (unset, the test runs its fixed seed): MURNAU_EDIT_SEED=n runs
// another sequence, MURNAU_EDIT_TALLY=1 prints how often each builder applied or was refused,
// MURNAU_EDIT_REFUSALS=<builder> prints that builder's refusals.

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/edit/actor_edits.h"
#include "core/edit/blocking_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/edit/set_edits.h"
#include "core/edit/settings_edits.h"
#include "core/moves/follow_move.h"
#include "core/moves/track_move.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::editTestProject;

constexpr std::size_t kEditCount = 3000;
constexpr std::uint32_t kSeed = 20240611;

// Draws random edits of every kind from the current project. About one in twelve numbers is
// deliberately bad (NaN, out of range) so refusals are exercised too.
class RandomEditor {
public:
    using Builder = std::function<std::optional<Result<Edit>>(const Project&)>;

    // MURNAU_EDIT_SEED overrides the fixed seed, for exploring other sequences by hand.
    RandomEditor()
    {
        if (const char* seed = std::getenv("MURNAU_EDIT_SEED"))
            m_rng.seed(static_cast<std::uint32_t>(std::strtoul(seed, nullptr, 10)));
        addBuilders();
    }

    std::size_t builderCount() const { return m_builders.size(); }
    const std::string& builderName(std::size_t i) const { return m_builders[i].first; }
    std::size_t pickBuilder() { return index(m_builders.size()); }
    // The edit of builder `i` for `project`, or nullopt when it does not apply (nothing to edit).
    std::optional<Result<Edit>> build(std::size_t i, const Project& project) { return m_builders[i].second(project); }

    std::mt19937& rng() { return m_rng; }

private:
    std::size_t index(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(m_rng); }
    // A number in [lo, hi], now and then a bad one.
    double number(double lo, double hi)
    {
        if (chance(1.0 / 12.0)) {
            const double bad[]
                = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), -1e12, 1e12};
            return bad[index(4)];
        }
        return uniform(lo, hi);
    }
    glm::dvec3 floorPoint() { return {number(-9.0, 9.0), 0.0, number(-9.0, 9.0)}; }
    Flicks time(int maxFrames)
    {
        return framesToFlicks(static_cast<std::int64_t>(index(std::size_t(maxFrames) + 1)), FrameRate{24, 1});
    }
    std::string word(std::string_view prefix) { return std::string(prefix) + std::to_string(index(40)); }
    Rgb color() { return Rgb{std::uint8_t(index(256)), std::uint8_t(index(256)), std::uint8_t(index(256))}; }

    static const SetPiece& pieceNamed(const Project& p, const std::string& name)
    {
        return *std::find_if(p.set.pieces.begin(), p.set.pieces.end(),
                             [&](const SetPiece& s) { return s.name == name; });
    }
    template<typename T> std::optional<std::string> nameOf(const std::vector<T>& items)
    {
        if (items.empty())
            return std::nullopt;
        return items[index(items.size())].name;
    }
    // The name of a piece of `shape` when the set has one (now and then any piece's, to see the
    // refusal), so shape-specific edits apply; with `withOpenings`, a wall that has openings.
    std::optional<std::string> pieceOf(const Project& p, SetPieceShape shape, bool withOpenings = false)
    {
        std::vector<std::string> found;
        for (const SetPiece& piece : p.set.pieces) {
            if (piece.shape == shape && (!withOpenings || !piece.openings.empty()))
                found.push_back(piece.name);
        }
        if (found.empty() || chance(0.1))
            return nameOf(p.set.pieces);
        return found[index(found.size())];
    }
    std::optional<std::string> anyShot(const Project& p)
    {
        std::vector<std::string> ids;
        for (const Scene& scene : p.scenes) {
            for (const Shot& shot : scene.shots)
                ids.push_back(shot.id);
        }
        if (ids.empty())
            return std::nullopt;
        return ids[index(ids.size())];
    }
    const Shot& shotById(const Project& p, const std::string& id)
    {
        const ShotPlace place = findShot(p, id).value();
        return p.scenes[place.sceneIndex].shots[place.shotIndex];
    }
    std::optional<std::size_t> anyScene(const Project& p)
    {
        if (p.scenes.empty())
            return std::nullopt;
        return index(p.scenes.size());
    }
    // A scene with blocking, and one blocked actor of it.
    std::optional<std::pair<std::size_t, std::string>> anyBlocking(const Project& p)
    {
        std::vector<std::pair<std::size_t, std::string>> found;
        for (std::size_t s = 0; s < p.scenes.size(); ++s) {
            for (const ActorBlocking& b : p.scenes[s].blocking)
                found.emplace_back(s, b.actor);
        }
        if (found.empty())
            return std::nullopt;
        return found[index(found.size())];
    }
    // A walk: scene, actor and the index (>= 1) of the mark walked into; with `withVia`, one
    // through via points. Now and then mark 0 (no walk into it), to see the refusal.
    struct Walk {
        std::size_t scene;
        std::string actor;
        std::size_t mark;
    };
    std::optional<Walk> anyWalk(const Project& p, bool withVia = false)
    {
        std::vector<Walk> found;
        for (std::size_t s = 0; s < p.scenes.size(); ++s) {
            for (const ActorBlocking& b : p.scenes[s].blocking) {
                for (std::size_t m = 1; m < b.marks.size(); ++m) {
                    if (!withVia || !b.marks[m].viaM.empty())
                        found.push_back(Walk{s, b.actor, m});
                }
            }
        }
        if (found.empty())
            return std::nullopt;
        Walk walk = found[index(found.size())];
        if (chance(0.05))
            walk.mark = 0;
        return walk;
    }
    const std::vector<Mark>& marksOf(const Project& p, std::size_t scene, const std::string& actor)
    {
        for (const ActorBlocking& b : p.scenes[scene].blocking) {
            if (b.actor == actor)
                return b.marks;
        }
        static const std::vector<Mark> none;
        return none;
    }
    std::optional<KeyRef> anyKey(const CameraRig& rig)
    {
        std::vector<KeyRef> keys;
        for (const RigChannelInfo& info : rigChannels()) {
            for (std::size_t k = 0; k < rig.channel(info.channel).keyCount(); ++k)
                keys.push_back(KeyRef{info.channel, k});
        }
        if (keys.empty())
            return std::nullopt;
        return keys[index(keys.size())];
    }
    RigChannel anyChannel() { return rigChannels()[index(kRigChannelCount)].channel; }
    double channelValue(RigChannel channel)
    {
        const RigChannelInfo& info = rigChannelInfo(channel);
        switch (channel) {
        case RigChannel::FocalLength:
            return number(18.0, 135.0);
        case RigChannel::FocusDistance:
            return number(0.5, 20.0);
        case RigChannel::FStop:
            return number(1.4, 16.0);
        case RigChannel::Pedestal:
            return number(0.3, 3.0);
        default:
            return number(std::max(info.minValue, -20.0), std::min(info.maxValue, 20.0));
        }
    }
    SetPiece randomPiece(const Project& p)
    {
        SetPiece piece;
        piece.name = uniqueSetPieceName(p, "Piece");
        const SetPieceShape shapes[] = {SetPieceShape::Box, SetPieceShape::Wall, SetPieceShape::Model};
        piece.shape = shapes[index(3)];
        if (piece.shape == SetPieceShape::Model) {
            piece.modelPath = "models/" + word("prop") + ".glb";
            piece.modelScale = 0.01;
        }
        piece.positionM = floorPoint();
        piece.sizeM = {number(0.5, 6.0), number(0.5, 4.0), number(0.1, 2.0)};
        piece.yawDeg = number(-180.0, 180.0);
        piece.color = color();
        return piece;
    }

    void add(std::string name, Builder builder) { m_builders.emplace_back(std::move(name), std::move(builder)); }

    void addBuilders();

    std::mt19937 m_rng{kSeed};
    std::vector<std::pair<std::string, Builder>> m_builders;
};

void RandomEditor::addBuilders()
{
    using R = std::optional<Result<Edit>>;
    // Settings.
    add("setProjectTitle", [this](const Project& p) -> R { return setProjectTitle(p, word("Title ")); });
    add("setProjectFrameRate", [this](const Project& p) -> R {
        const auto rates = standardFrameRates();
        return setProjectFrameRate(p, chance(0.1) ? FrameRate{7, 1} : rates[index(rates.size())]);
    });
    add("setDisplayUnits", [this](const Project& p) -> R {
        return setDisplayUnits(p, chance(0.5) ? DisplayUnits::Metric : DisplayUnits::Imperial);
    });
    add("setSetName", [this](const Project& p) -> R { return setSetName(p, word("Stage ")); });
    add("setFloorSize", [this](const Project& p) -> R {
        return setFloorSize(p, {number(5.0, 50.0), number(5.0, 50.0)});
    });
    add("setFloorColor", [this](const Project& p) -> R { return setFloorColor(p, color()); });

    // Set pieces.
    add("addSetPiece", [this](const Project& p) -> R {
        if (p.set.pieces.size() > 12)
            return std::nullopt;
        return addSetPiece(p, randomPiece(p));
    });
    add("duplicateSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name || p.set.pieces.size() > 12)
            return std::nullopt;
        return duplicateSetPiece(p, *name, {number(-1.0, 1.0), 0.0, number(-1.0, 1.0)});
    });
    add("removeSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name || p.set.pieces.size() < 3)
            return std::nullopt;
        return removeSetPiece(p, *name);
    });
    add("renameSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        return renameSetPiece(p, *name, chance(0.2) ? *nameOf(p.set.pieces) : word("Thing "));
    });
    add("moveSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        return moveSetPiece(p, *name, floorPoint(), "drag");
    });
    add("resizeSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        return resizeSetPiece(p, *name, {number(2.0, 14.0), number(2.0, 5.0), number(0.1, 3.0)});
    });
    add("turnSetPiece", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        return turnSetPiece(p, *name, number(-360.0, 360.0));
    });
    add("setSetPieceColor", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        return setSetPieceColor(p, *name, color());
    });
    add("setSetPieceShape", [this](const Project& p) -> R {
        const auto name = nameOf(p.set.pieces);
        if (!name)
            return std::nullopt;
        const SetPieceShape shapes[] = {SetPieceShape::Box, SetPieceShape::Cylinder, SetPieceShape::Wall,
                                        SetPieceShape::Stairs, SetPieceShape::Model};
        return setSetPieceShape(p, *name, shapes[index(5)]);
    });
    add("replaceSetPiece", [this](const Project& p) -> R {
        if (p.set.pieces.empty())
            return std::nullopt;
        const SetPiece& before = p.set.pieces[index(p.set.pieces.size())];
        SetPiece after = before;
        after.positionM = floorPoint();
        after.color = color();
        if (after.shape == SetPieceShape::Model && chance(0.5))
            after.modelPath = "models/" + word("prop") + ".obj";
        return replaceSetPiece(p, before.name, after);
    });
    add("addWallOpening", [this](const Project& p) -> R {
        const auto name = pieceOf(p, SetPieceShape::Wall);
        if (!name)
            return std::nullopt;
        const OpeningKind kind = chance(0.5) ? OpeningKind::Door : OpeningKind::Window;
        return addWallOpening(p, *name,
                              WallOpening{kind, number(-5.0, 5.0), number(0.5, 1.5), number(0.5, 2.0),
                                          kind == OpeningKind::Door ? 0.0 : number(0.0, 1.5)});
    });
    add("changeWallOpening", [this](const Project& p) -> R {
        std::vector<const SetPiece*> walls;
        for (const SetPiece& piece : p.set.pieces) {
            if (!piece.openings.empty())
                walls.push_back(&piece);
        }
        if (walls.empty())
            return std::nullopt;
        const SetPiece& wall = *walls[index(walls.size())];
        const std::size_t i = index(wall.openings.size());
        WallOpening opening = wall.openings[i];
        opening.centerM += number(-0.3, 0.3);
        return changeWallOpening(p, wall.name, i, opening, "drag");
    });
    add("removeWallOpening", [this](const Project& p) -> R {
        const auto name = pieceOf(p, SetPieceShape::Wall, true);
        if (!name)
            return std::nullopt;
        const SetPiece& piece = pieceNamed(p, *name);
        return removeWallOpening(p, *name, index(piece.openings.size() + 1));
    });
    add("setStairSteps", [this](const Project& p) -> R {
        const auto name = pieceOf(p, SetPieceShape::Stairs);
        if (!name)
            return std::nullopt;
        return setStairSteps(p, *name, static_cast<int>(index(30)));
    });
    add("setModelPath", [this](const Project& p) -> R {
        const auto name = pieceOf(p, SetPieceShape::Model);
        if (!name)
            return std::nullopt;
        return setModelPath(p, *name, chance(0.2) ? std::string("../x.glb") : "models/" + word("m") + ".glb");
    });
    add("setModelScale", [this](const Project& p) -> R {
        const auto name = pieceOf(p, SetPieceShape::Model);
        if (!name)
            return std::nullopt;
        return setModelScale(p, *name, number(0.001, 10.0));
    });

    // Actors.
    add("addActor", [this](const Project& p) -> R {
        if (p.actors.size() > 6)
            return std::nullopt;
        return addActor(p,
                        Actor{uniqueActorName(p, word("Extra ")), number(1.2, 2.0), ActorBuild::Average, floorPoint(),
                              number(-180.0, 180.0), color()});
    });
    add("removeActor", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name || p.actors.size() < 3)
            return std::nullopt;
        return removeActor(p, *name);
    });
    add("renameActor", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        return renameActor(p, *name, chance(0.2) ? *nameOf(p.actors) : uniqueActorName(p, word("Actor ")));
    });
    add("moveActor", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        return moveActor(p, *name, floorPoint(), "drag");
    });
    add("turnActor", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        return turnActor(p, *name, number(-180.0, 180.0));
    });
    add("setActorHeight", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        return setActorHeight(p, *name, number(0.5, 2.2));
    });
    add("setActorBuild", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        const ActorBuild builds[] = {ActorBuild::Slight, ActorBuild::Average, ActorBuild::Heavy};
        return setActorBuild(p, *name, builds[index(3)]);
    });
    add("setActorColor", [this](const Project& p) -> R {
        const auto name = nameOf(p.actors);
        if (!name)
            return std::nullopt;
        return setActorColor(p, *name, color());
    });

    // Cameras.
    add("addCamera", [this](const Project& p) -> R {
        if (p.cameras.size() > 4)
            return std::nullopt;
        CameraSetup camera = p.cameras[index(p.cameras.size())];
        camera.name = uniqueCameraName(p, "Cam");
        camera.positionM = {number(-5.0, 5.0), 1.5, number(-5.0, 5.0)};
        return addCamera(p, camera);
    });
    add("removeCamera", [this](const Project& p) -> R { return removeCamera(p, *nameOf(p.cameras)); });
    add("renameCamera", [this](const Project& p) -> R {
        return renameCamera(p, *nameOf(p.cameras), chance(0.2) ? *nameOf(p.cameras) : uniqueCameraName(p, word("C")));
    });
    add("setCameraSensor", [this](const Project& p) -> R {
        const auto presets = sensorPresets();
        return setCameraSensor(p, *nameOf(p.cameras), presets[index(presets.size())]);
    });
    add("setCameraLensKit", [this](const Project& p) -> R {
        std::optional<LensKit> kit;
        if (chance(0.7)) {
            kit = LensKit{};
            kit->name = word("Kit ");
            const double first = number(12.0, 30.0);
            kit->primes = {PrimeLens{first, 0.3, 2.0}, PrimeLens{first * 2.0, 0.5, 2.0}};
        }
        return setCameraLensKit(p, *nameOf(p.cameras), kit);
    });
    add("setDeliveryAspect", [this](const Project& p) -> R {
        return setDeliveryAspect(p, *nameOf(p.cameras), chance(0.3) ? std::nullopt : std::optional(number(1.0, 3.0)));
    });
    add("setSqueeze", [this](const Project& p) -> R {
        return setSqueeze(p, *nameOf(p.cameras), chance(0.5) ? 1.0 : number(1.0, 2.0));
    });
    add("setCircleOfConfusion", [this](const Project& p) -> R {
        return setCircleOfConfusion(p, *nameOf(p.cameras),
                                    chance(0.3) ? std::nullopt : std::optional(number(0.01, 0.05)));
    });
    add("moveCamera", [this](const Project& p) -> R {
        return moveCamera(p, *nameOf(p.cameras), {number(-9.0, 9.0), number(0.3, 3.0), number(-9.0, 9.0)}, "drag");
    });
    add("aimCamera", [this](const Project& p) -> R {
        return aimCamera(p, *nameOf(p.cameras), number(-180.0, 180.0), number(-45.0, 45.0), number(-10.0, 10.0));
    });
    add("setFocalLength",
        [this](const Project& p) -> R { return setFocalLength(p, *nameOf(p.cameras), number(12.0, 200.0), "drag"); });
    add("setFocusDistance",
        [this](const Project& p) -> R { return setFocusDistance(p, *nameOf(p.cameras), number(0.3, 30.0)); });
    add("setFStop", [this](const Project& p) -> R { return setFStop(p, *nameOf(p.cameras), number(1.4, 22.0)); });
    add("replaceCamera", [this](const Project& p) -> R {
        const CameraSetup& before = p.cameras[index(p.cameras.size())];
        CameraSetup after = before;
        after.fStop = number(1.4, 22.0);
        if (chance(0.3))
            after.name = uniqueCameraName(p, word("Cam "));
        return replaceCamera(p, before.name, after);
    });

    // Scenes.
    add("addScene", [this](const Project& p) -> R {
        if (p.scenes.size() > 4)
            return std::nullopt;
        Scene scene;
        scene.number = word("");
        scene.name = word("Scene ");
        if (!p.scenes.empty() && chance(0.5)) {
            const Scene& source = p.scenes[index(p.scenes.size())];
            if (!source.shots.empty()) {
                Shot shot = source.shots[index(source.shots.size())];
                shot.id.clear();
                scene.shots.push_back(shot);
            }
        }
        return addScene(p, index(p.scenes.size() + 1), scene);
    });
    add("duplicateScene", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s || p.scenes.size() > 4)
            return std::nullopt;
        return duplicateScene(p, *s);
    });
    add("removeScene", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s || p.scenes.size() < 2)
            return std::nullopt;
        return removeScene(p, *s);
    });
    add("moveScene", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s)
            return std::nullopt;
        return moveScene(p, *s, index(p.scenes.size() + 1));
    });
    add("setSceneText", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s)
            return std::nullopt;
        const SceneText fields[] = {SceneText::Number, SceneText::Name, SceneText::Location, SceneText::TimeOfDay};
        return setSceneText(p, *s, fields[index(4)], chance(0.1) ? std::string("a\nb") : word("T"));
    });
    add("setSceneIntExt", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s)
            return std::nullopt;
        const IntExt values[] = {IntExt::Int, IntExt::Ext, IntExt::IntExt};
        return setSceneIntExt(p, *s, values[index(3)]);
    });

    // Shots.
    add("addShot", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s)
            return std::nullopt;
        Shot shot;
        shot.number = word("");
        shot.camera = *nameOf(p.cameras);
        shot.durationFlicks = time(240) + kFlicksPerSecond;
        return addShot(p, *s, index(p.scenes[*s].shots.size() + 1), shot);
    });
    add("duplicateShot", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return duplicateShot(p, *id);
    });
    add("removeShot", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return removeShot(p, *id);
    });
    add("moveShot", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const std::size_t s = index(p.scenes.size());
        return moveShot(p, *id, s, index(p.scenes[s].shots.size() + 1));
    });
    add("setShotText", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const ShotText fields[] = {ShotText::Number, ShotText::Name, ShotText::Description,
                                   ShotText::Setup,  ShotText::Move, ShotText::Notes};
        const ShotText field = fields[index(6)];
        return setShotText(p, *id, field, chance(0.1) ? std::string("x\ny") : word("text "));
    });
    add("setShotCamera", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setShotCamera(p, *id, chance(0.1) ? std::string("Nobody") : *nameOf(p.cameras));
    });
    add("setShotFrameRate", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto rates = standardFrameRates();
        return setShotFrameRate(p, *id, rates[index(rates.size())]);
    });
    add("setShotDuration", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setShotDuration(p, *id, chance(0.1) ? Flicks{0} : time(480) + 1, "drag");
    });
    add("setShotActionStart", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setShotActionStart(p, *id, time(240));
    });
    add("setShotCast", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        std::vector<std::string> cast;
        for (const Actor& actor : p.actors) {
            if (chance(0.4))
                cast.push_back(actor.name);
        }
        if (chance(0.1) && !cast.empty())
            cast.push_back(cast.front());
        return setShotCast(p, *id, cast);
    });
    add("setShotProps", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setShotProps(p, *id, {word("prop "), word("prop ")});
    });
    add("setShotEquipment", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setShotEquipment(p, *id, {word("dolly ")});
    });
    add("setShotStatus", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const ShotStatus values[] = {ShotStatus::Planned, ShotStatus::Approved, ShotStatus::Shot, ShotStatus::Omitted};
        return setShotStatus(p, *id, values[index(4)]);
    });

    // Rig keys.
    add("addKey", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const RigChannel channel = anyChannel();
        Keyframe k;
        k.time = time(240);
        k.value = channelValue(channel);
        const Interpolation kinds[]
            = {Interpolation::Constant, Interpolation::Linear, Interpolation::Bezier, Interpolation::Eased};
        k.interpolation = kinds[index(4)];
        return addKey(p, *id, channel, k);
    });
    add("addKeysAtTime", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return addKeysAtTime(p, *id, time(240));
    });
    add("moveKey", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        return moveKey(p, *id, *key, time(240), channelValue(key->channel), "drag");
    });
    add("deleteKeys", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        std::vector<KeyRef> keys{*key};
        if (const auto other = anyKey(shotById(p, *id).rig); other && !(*other == *key))
            keys.push_back(*other);
        return deleteKeys(p, *id, keys);
    });
    add("setKeyInterpolation", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        const Interpolation kinds[]
            = {Interpolation::Constant, Interpolation::Linear, Interpolation::Bezier, Interpolation::Eased};
        const std::vector<KeyRef> keys{*key};
        return setKeyInterpolation(p, *id, keys, kinds[index(4)]);
    });
    add("setKeyEasing", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        const std::vector<KeyRef> keys{*key};
        return setKeyEasing(p, *id, keys, Easing::fromPreset(static_cast<EasingPreset>(index(6))));
    });
    add("setKeyHandleType", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        const HandleType types[] = {HandleType::Free, HandleType::Aligned, HandleType::Auto, HandleType::AutoClamped};
        const std::vector<KeyRef> keys{*key};
        return setKeyHandleType(p, *id, keys, types[index(4)]);
    });
    add("setKeyHandle", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const auto key = anyKey(shotById(p, *id).rig);
        if (!key)
            return std::nullopt;
        const bool right = chance(0.5);
        const double t = number(0.05, 1.0);
        return setKeyHandle(p, *id, *key, right ? HandleSide::Right : HandleSide::Left,
                            Handle{right ? t : -t, number(-1.0, 1.0)}, "drag");
    });
    add("setChannelExtrapolation", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setChannelExtrapolation(p, *id, anyChannel(),
                                       chance(0.5) ? Extrapolation::Constant : Extrapolation::Linear);
    });

    // Rails, track, aim, focus.
    add("setRail", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        if (chance(0.3))
            return setRail(p, *id, std::nullopt);
        if (chance(0.5)) {
            Result<RailPath> path = makeBezierPath({BezierRailPoint{floorPoint(), {}, {1.0, 0.0, 0.0}},
                                                    BezierRailPoint{floorPoint(), {-1.0, 0.0, 0.0}, {}}});
            if (!path)
                return std::nullopt;
            return setRail(p, *id, path.value());
        }
        Result<RailPath> path = makeCatmullRomPath({floorPoint(), floorPoint(), floorPoint()});
        if (!path)
            return std::nullopt;
        return setRail(p, *id, path.value());
    });
    add("addRailPoint", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return addRailPoint(p, *id, index(6), floorPoint());
    });
    add("moveRailPoint", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return moveRailPoint(p, *id, index(4), floorPoint(), "drag");
    });
    add("removeRailPoint", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        for (const Scene& scene : p.scenes) {
            for (const Shot& shot : scene.shots) {
                if (!shot.rig.rail || chance(0.3))
                    continue;
                const std::size_t points = std::max(shot.rig.rail->pointsM.size(), shot.rig.rail->bezierPoints.size());
                if (points > 2)
                    return removeRailPoint(p, shot.id, index(points));
            }
        }
        return removeRailPoint(p, *id, index(4));
    });
    add("setRailHandles", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        for (const Scene& scene : p.scenes) {
            for (const Shot& shot : scene.shots) {
                if (shot.rig.rail && shot.rig.rail->kind == RailKind::Bezier && chance(0.7))
                    return setRailHandles(p, shot.id, index(shot.rig.rail->bezierPoints.size()),
                                          {number(-1.0, 1.0), 0.0, number(-1.0, 1.0)},
                                          {number(-1.0, 1.0), 0.0, number(-1.0, 1.0)}, "drag");
            }
        }
        return setRailHandles(p, *id, index(3), {number(-1.0, 1.0), 0.0, number(-1.0, 1.0)},
                              {number(-1.0, 1.0), 0.0, number(-1.0, 1.0)}, "drag");
    });
    add("setStraightTrack", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setStraightTrack(p, *id, floorPoint(), number(-180.0, 180.0));
    });
    add("setAim", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        const AimMode modes[] = {AimMode::Free, AimMode::LookAtActor, AimMode::HoldFraming};
        return setAim(p, *id, modes[index(3)], chance(0.1) ? std::string("Nobody") : *nameOf(p.actors));
    });
    add("setHoldFrameFraction", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setHoldFrameFraction(p, *id, number(0.1, 2.0), "drag");
    });
    add("setFocusActor", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        return setFocusActor(p, *id, chance(0.3) ? std::string() : *nameOf(p.actors));
    });
    add("replaceRig", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        const auto from = anyShot(p);
        if (!id || !from)
            return std::nullopt;
        return replaceRig(p, *id, shotById(p, *from).rig);
    });
    add("applyMove", [this](const Project& p) -> R {
        const auto id = anyShot(p);
        if (!id)
            return std::nullopt;
        MoveSpec spec;
        spec.subject = p.actors[index(p.actors.size())];
        spec.camera = p.cameras[index(p.cameras.size())];
        spec.durationFlicks = time(120) + kFlicksPerSecond;
        const Result<MoveResult> move
            = chance(0.5) ? makeTrackMove(spec, TrackMove{}) : makeFollowMove(spec, FollowMove{});
        if (!move)
            return std::nullopt;
        return applyMove(p, *id, move.value());
    });

    // Blocking.
    add("addMark", [this](const Project& p) -> R {
        const auto s = anyScene(p);
        if (!s)
            return std::nullopt;
        const Flicks arrive = time(480);
        return addMark(p, *s, *nameOf(p.actors),
                       edittest::mark(word("m"), floorPoint(), 0.0, arrive, arrive + time(24)));
    });
    add("moveMark", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b)
            return std::nullopt;
        return moveMark(p, b->first, b->second, index(marksOf(p, b->first, b->second).size()), floorPoint(), "drag");
    });
    add("setMarkTimes", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b)
            return std::nullopt;
        const std::vector<Mark>& marks = marksOf(p, b->first, b->second);
        const std::size_t i = index(marks.size());
        const Flicks arrive = marks[i].arriveAt + time(24) - time(24);
        return setMarkTimes(p, b->first, b->second, i, arrive, arrive + time(48), "drag");
    });
    add("turnOnMark", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b)
            return std::nullopt;
        return turnOnMark(p, b->first, b->second, index(marksOf(p, b->first, b->second).size()), number(-360.0, 360.0));
    });
    add("renameMark", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b)
            return std::nullopt;
        return renameMark(p, b->first, b->second, index(marksOf(p, b->first, b->second).size()), word("mark "));
    });
    add("removeMark", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b)
            return std::nullopt;
        return removeMark(p, b->first, b->second, index(marksOf(p, b->first, b->second).size()));
    });
    add("removeBlocking", [this](const Project& p) -> R {
        const auto b = anyBlocking(p);
        if (!b || !chance(0.3))
            return std::nullopt;
        return removeBlocking(p, b->first, b->second);
    });
    add("setViaPoints", [this](const Project& p) -> R {
        const auto w = anyWalk(p);
        if (!w)
            return std::nullopt;
        std::vector<glm::dvec3> via;
        for (std::size_t i = index(3) + (chance(0.8) ? 1 : 0); i > 0; --i)
            via.push_back(floorPoint());
        return setViaPoints(p, w->scene, w->actor, w->mark, via);
    });
    add("addViaPoint", [this](const Project& p) -> R {
        const auto w = anyWalk(p);
        if (!w)
            return std::nullopt;
        const std::vector<Mark>& marks = marksOf(p, w->scene, w->actor);
        return addViaPoint(p, w->scene, w->actor, w->mark, index(marks[w->mark].viaM.size() + 1), floorPoint());
    });
    add("moveViaPoint", [this](const Project& p) -> R {
        const auto w = anyWalk(p, true);
        if (!w)
            return std::nullopt;
        const std::vector<Mark>& marks = marksOf(p, w->scene, w->actor);
        return moveViaPoint(p, w->scene, w->actor, w->mark, index(std::max<std::size_t>(marks[w->mark].viaM.size(), 1)),
                            floorPoint(), "drag");
    });
    add("removeViaPoint", [this](const Project& p) -> R {
        const auto w = anyWalk(p, true);
        if (!w)
            return std::nullopt;
        const std::vector<Mark>& marks = marksOf(p, w->scene, w->actor);
        return removeViaPoint(p, w->scene, w->actor, w->mark, index(marks[w->mark].viaM.size() + 1));
    });
    add("setWalkSpeed", [this](const Project& p) -> R {
        const auto w = anyWalk(p);
        if (!w)
            return std::nullopt;
        return setWalkSpeed(p, w->scene, w->actor, w->mark, number(0.5, 3.0));
    });
}

TEST(EditRandom, ThreeThousandEditsRevertToTheSameBytes)
{
    const Project original = editTestProject();
    ASSERT_FALSE(checkProject(original).has_value()) << checkProject(original)->describe();
    const std::string originalText = serializeProject(original);

    RandomEditor editor;
    Project project = original;
    std::vector<Edit> history;
    std::map<std::string, std::pair<int, int>> tally; // builder -> (applied, refused)
    std::size_t attempts = 0;

    while (history.size() < kEditCount) {
        ASSERT_LT(++attempts, 20 * kEditCount) << "too few edits apply";
        const std::size_t b = editor.pickBuilder();
        std::optional<Result<Edit>> made = editor.build(b, project);
        if (!made)
            continue;
        std::pair<int, int>& count = tally[editor.builderName(b)];
        if (!made->ok()) {
            ++count.second;
            if (const char* show = std::getenv("MURNAU_EDIT_REFUSALS"); show && editor.builderName(b) == show)
                std::fprintf(stderr, "%s refused: %s\n", show, made->error().describe().c_str());
            EXPECT_FALSE(made->error().message.empty()) << editor.builderName(b);
            continue;
        }
        Edit edit = std::move(*made).value();
        const Project before = project;
        Result<bool> applied = applyEdit(project, edit);
        ASSERT_TRUE(applied.ok()) << editor.builderName(b) << " \"" << edit.name
                                  << "\": " << applied.error().describe();
        const std::optional<Error> problem = checkProject(project);
        ASSERT_FALSE(problem.has_value())
            << "after " << editor.builderName(b) << " \"" << edit.name << "\": " << problem->describe();

        // Now and then the step is a drag: more steps of the same builder merge into it while
        // they share its merge key.
        if (!edit.mergeKey.empty() && std::bernoulli_distribution(0.3)(editor.rng())) {
            for (int step = 0; step < 4; ++step) {
                std::optional<Result<Edit>> next = editor.build(b, project);
                if (!next || !next->ok() || next->value().mergeKey != edit.mergeKey)
                    continue;
                ASSERT_TRUE(applyEdit(project, next->value()).ok());
                ASSERT_FALSE(checkProject(project).has_value()) << checkProject(project)->describe();
                edit = mergeEdits(edit, next->value());
            }
            // The merged edit is one step: reverting it gives the state before the first step.
            Project undone = project;
            ASSERT_TRUE(revertEdit(undone, edit).ok()) << edit.name;
            ASSERT_TRUE(undone == before) << edit.name;
        }
        ++count.first;
        history.push_back(std::move(edit));

        // Every 50 edits: undo the last five and redo them.
        if (history.size() % 50 == 0) {
            const std::string now = serializeProject(project);
            for (std::size_t i = history.size(); i-- > history.size() - 5;)
                ASSERT_TRUE(revertEdit(project, history[i]).ok()) << history[i].name;
            ASSERT_FALSE(checkProject(project).has_value()) << checkProject(project)->describe();
            for (std::size_t i = history.size() - 5; i < history.size(); ++i)
                ASSERT_TRUE(applyEdit(project, history[i]).ok()) << history[i].name;
            ASSERT_EQ(serializeProject(project), now);
        }
    }

    // Every builder was drawn and made at least one edit.
    for (std::size_t b = 0; b < editor.builderCount(); ++b) {
        const auto found = tally.find(editor.builderName(b));
        EXPECT_TRUE(found != tally.end() && found->second.first > 0)
            << editor.builderName(b) << " never applied (" << (found == tally.end() ? 0 : found->second.second)
            << " refused)";
    }
    if (std::getenv("MURNAU_EDIT_TALLY")) {
        for (const auto& [name, count] : tally)
            std::fprintf(stderr, "%-24s applied %4d refused %4d\n", name.c_str(), count.first, count.second);
    }
    EXPECT_NE(serializeProject(project), originalText);

    for (std::size_t i = history.size(); i-- > 0;) {
        Result<bool> reverted = revertEdit(project, history[i]);
        ASSERT_TRUE(reverted.ok()) << "undo " << i << " \"" << history[i].name << "\": " << reverted.error().describe();
    }
    EXPECT_TRUE(project == original);
    EXPECT_EQ(serializeProject(project), originalText);
}

} // namespace
} // namespace murnau
