#include "app/bridge/plan_item_edits.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/edit/actor_edits.h"
#include "core/edit/blocking_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/edit/set_edits.h"
#include "core/plan/plan_geometry.h"

namespace murnau {

namespace {

Error noItem() { return fail("hit", "the item is no longer in the project"); }

const ActorBlocking* blockingOf(const Project& project, std::size_t sceneIndex, const std::string& actor,
                                std::size_t* blockingIndex = nullptr)
{
    if (sceneIndex >= project.scenes.size())
        return nullptr;
    const auto& blocking = project.scenes[sceneIndex].blocking;
    for (std::size_t i = 0; i < blocking.size(); ++i)
        if (blocking[i].actor == actor) {
            if (blockingIndex)
                *blockingIndex = i;
            return &blocking[i];
        }
    return nullptr;
}

const Shot* shotOf(const Project& project, const std::string& shotId)
{
    auto place = findShot(project, shotId);
    if (!place)
        return nullptr;
    return &project.scenes[place->sceneIndex].shots[place->shotIndex];
}

template<typename Item>
std::optional<std::size_t> indexNamed(const std::vector<Item>& items, const std::string& name)
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].name == name)
            return i;
    return std::nullopt;
}

glm::dvec3 lift(const glm::dvec2& planM, double heightM) { return {planM.x, heightM, planM.y}; }

// The mark's values at the press.
void takeMark(PlanDragTarget& target, const Mark& mark)
{
    target.markName = mark.name;
    target.anchorM = planPoint(mark.positionM);
    target.heightM = mark.positionM.y;
    target.yawDeg = mark.facingDeg;
    target.canTurn = true;
}

} // namespace

std::string PlanDragTarget::describe() const
{
    switch (kind) {
    case Kind::Actor: return "Moving " + name + " (no blocking in this scene)";
    case Kind::ActorMark:
        return "Moving " + name + "'s mark " + markName + " (blocking of scene " + std::to_string(sceneIndex + 1) + ")";
    case Kind::Mark: return name + "'s mark " + markName;
    case Kind::ViaPoint: return "A point of " + name + "'s walk";
    case Kind::SetPiece: return name;
    case Kind::RailPoint: return "Rail point " + std::to_string(index + 1);
    case Kind::Camera: return "Camera " + name;
    case Kind::ShotTrack: return "Camera " + name + ": moving the shot's whole track";
    }
    return {};
}

std::string PlanDragTarget::keyBase(bool turning) const
{
    const std::string verb = turning ? "plan-turn:" : "plan-move:";
    switch (kind) {
    case Kind::Actor: return verb + "actor:" + name;
    case Kind::ActorMark:
    case Kind::Mark: return verb + "mark:" + std::to_string(sceneIndex) + ":" + name + ":" + std::to_string(index);
    case Kind::ViaPoint:
        return verb + "via:" + std::to_string(sceneIndex) + ":" + name + ":" + std::to_string(markIndex) + ":"
            + std::to_string(index);
    case Kind::SetPiece: return verb + "piece:" + name;
    case Kind::RailPoint: return verb + "rail:" + shotId + ":" + std::to_string(index);
    case Kind::Camera: return verb + "camera:" + name;
    case Kind::ShotTrack: return verb + "track:" + shotId;
    }
    return verb;
}

Result<PlanDragTarget> planDragTarget(const Project& project, const PlanHit& hit,
                                      std::optional<std::size_t> sceneIndex, const ShotEvaluator* evaluator,
                                      Flicks time)
{
    PlanDragTarget target;
    target.name = hit.name;
    switch (hit.kind) {
    case PlanItemKind::None: return noItem();
    case PlanItemKind::Actor: {
        if (hit.index >= project.actors.size())
            return noItem();
        const Actor& actor = project.actors[hit.index];
        const ActorBlocking* blocking = sceneIndex ? blockingOf(project, *sceneIndex, actor.name) : nullptr;
        if (blocking && !blocking->marks.empty()) {
            // The mark they stand on, or the one they last left, at the playhead.
            std::size_t markIndex = 0;
            if (evaluator && hit.index < evaluator->actors().size()) {
                const int poseMark = evaluator->actorPose(hit.index, time).markIndex;
                if (poseMark > 0)
                    markIndex = std::min(static_cast<std::size_t>(poseMark), blocking->marks.size() - 1);
            }
            target.kind = PlanDragTarget::Kind::ActorMark;
            target.sceneIndex = *sceneIndex;
            target.index = markIndex;
            takeMark(target, blocking->marks[markIndex]);
            return target;
        }
        target.kind = PlanDragTarget::Kind::Actor;
        target.index = hit.index;
        target.anchorM = planPoint(actor.positionM);
        target.heightM = actor.positionM.y;
        target.yawDeg = actor.facingDeg;
        target.canTurn = true;
        return target;
    }
    case PlanItemKind::Mark:
    case PlanItemKind::ViaPoint: {
        if (!hit.sceneIndex)
            return noItem();
        const ActorBlocking* blocking = blockingOf(project, *hit.sceneIndex, hit.name);
        const std::size_t markIndex = hit.kind == PlanItemKind::Mark ? hit.index : hit.markIndex;
        if (!blocking || markIndex >= blocking->marks.size())
            return noItem();
        target.sceneIndex = *hit.sceneIndex;
        if (hit.kind == PlanItemKind::Mark) {
            target.kind = PlanDragTarget::Kind::Mark;
            target.index = hit.index;
            takeMark(target, blocking->marks[markIndex]);
            return target;
        }
        const Mark& mark = blocking->marks[markIndex];
        if (hit.index >= mark.viaM.size())
            return noItem();
        target.kind = PlanDragTarget::Kind::ViaPoint;
        target.index = hit.index;
        target.markIndex = markIndex;
        target.anchorM = planPoint(mark.viaM[hit.index]);
        target.heightM = mark.viaM[hit.index].y;
        return target;
    }
    case PlanItemKind::SetPiece: {
        const auto index = indexNamed(project.set.pieces, hit.name);
        if (!index)
            return noItem();
        const SetPiece& piece = project.set.pieces[*index];
        target.kind = PlanDragTarget::Kind::SetPiece;
        target.index = *index;
        target.anchorM = planPoint(piece.positionM);
        target.heightM = piece.positionM.y;
        target.yawDeg = piece.yawDeg;
        target.canTurn = true;
        return target;
    }
    case PlanItemKind::RailPoint: {
        const Shot* shot = shotOf(project, hit.shotId);
        if (!shot || !shot->rig.rail)
            return noItem();
        const RailPath& rail = *shot->rig.rail;
        glm::dvec3 point{0.0};
        if (rail.kind == RailKind::Bezier && hit.index < rail.bezierPoints.size())
            point = rail.bezierPoints[hit.index].positionM;
        else if (rail.kind != RailKind::Bezier && hit.index < rail.pointsM.size())
            point = rail.pointsM[hit.index];
        else
            return noItem();
        target.kind = PlanDragTarget::Kind::RailPoint;
        target.shotId = hit.shotId;
        target.index = hit.index;
        target.anchorM = planPoint(point);
        target.heightM = point.y;
        return target;
    }
    case PlanItemKind::Camera: {
        if (!hit.shotId.empty()) {
            const Shot* shot = shotOf(project, hit.shotId);
            if (!shot)
                return noItem();
            target.kind = PlanDragTarget::Kind::ShotTrack;
            target.shotId = hit.shotId;
            target.anchorM = hit.anchorM;
            target.rigAtPress = shot->rig;
            return target;
        }
        if (hit.index >= project.cameras.size())
            return noItem();
        const CameraSetup& camera = project.cameras[hit.index];
        target.kind = PlanDragTarget::Kind::Camera;
        target.index = hit.index;
        target.anchorM = planPoint(camera.positionM);
        target.heightM = camera.positionM.y;
        target.yawDeg = camera.panDeg;
        target.canTurn = true;
        target.cameraAtPress = camera;
        return target;
    }
    }
    return noItem();
}

PlanHit planHitForSelection(const Project& project, const PlanScene& plan, const std::string& kind,
                            const std::string& name, int index, int markIndex)
{
    PlanHit hit;
    hit.name = name;
    hit.sceneIndex = plan.sceneIndex;
    if (kind == "actor") {
        if (const auto i = indexNamed(project.actors, name)) {
            hit.kind = PlanItemKind::Actor;
            hit.index = *i;
        }
    } else if (kind == "setPiece") {
        if (const auto i = indexNamed(project.set.pieces, name)) {
            hit.kind = PlanItemKind::SetPiece;
            hit.index = *i;
        }
    } else if (kind == "camera") {
        for (const PlanCamera& camera : plan.cameras)
            if (camera.name == name) {
                hit.kind = PlanItemKind::Camera;
                hit.index = camera.cameraIndex;
                hit.shotId = camera.shotId;
                hit.anchorM = camera.positionM;
            }
    } else if ((kind == "mark" || kind == "viaPoint") && plan.sceneIndex && index >= 0) {
        hit.kind = kind == "mark" ? PlanItemKind::Mark : PlanItemKind::ViaPoint;
        hit.index = static_cast<std::size_t>(index);
        hit.markIndex = markIndex >= 0 ? static_cast<std::size_t>(markIndex) : 0;
    } else if (kind == "railPoint" && !plan.shotId.empty() && index >= 0) {
        hit.kind = PlanItemKind::RailPoint;
        hit.index = static_cast<std::size_t>(index);
        hit.shotId = plan.shotId;
    }
    return hit;
}

Result<Edit> planMoveEdit(const Project& project, const PlanDragTarget& target, const glm::dvec2& anchorM,
                          std::string_view mergeKey)
{
    const glm::dvec3 positionM = lift(anchorM, target.heightM);
    switch (target.kind) {
    case PlanDragTarget::Kind::Actor: return moveActor(project, target.name, positionM, mergeKey);
    case PlanDragTarget::Kind::ActorMark:
    case PlanDragTarget::Kind::Mark:
        return moveMark(project, target.sceneIndex, target.name, target.index, positionM, mergeKey);
    case PlanDragTarget::Kind::ViaPoint:
        return moveViaPoint(project, target.sceneIndex, target.name, target.markIndex, target.index, positionM,
                            mergeKey);
    case PlanDragTarget::Kind::SetPiece: return moveSetPiece(project, target.name, positionM, mergeKey);
    case PlanDragTarget::Kind::RailPoint: return moveRailPoint(project, target.shotId, target.index, positionM, mergeKey);
    case PlanDragTarget::Kind::Camera: return moveCamera(project, target.name, positionM, mergeKey);
    case PlanDragTarget::Kind::ShotTrack: {
        if (!target.rigAtPress)
            return fail("target", "the shot's rig was not taken at the press");
        const CameraRig& rig = *target.rigAtPress;
        const glm::dvec2 shiftPlanM = anchorM - target.anchorM;
        const glm::dvec3 shiftM{shiftPlanM.x, 0.0, shiftPlanM.y};
        if (!rig.rail)
            return setStraightTrack(project, target.shotId, rig.originM + shiftM, rig.headingDeg, mergeKey);
        // Every point of the rail shifted by the same amount (Bezier handles are offsets and stay).
        Result<RailPath> moved = fail("rail", "unknown rail kind");
        if (rig.rail->kind == RailKind::Bezier) {
            std::vector<BezierRailPoint> points = rig.rail->bezierPoints;
            for (BezierRailPoint& point : points)
                point.positionM += shiftM;
            moved = makeBezierPath(std::move(points));
        } else {
            std::vector<glm::dvec3> points = rig.rail->pointsM;
            for (glm::dvec3& point : points)
                point += shiftM;
            moved = makeCatmullRomPath(std::move(points));
        }
        if (!moved)
            return moved.error();
        // replaceRig has no merge key: the drag's key is set on its edit, so the drag stays one undo step.
        CameraRig shifted = rig;
        shifted.rail = std::move(moved).value();
        Result<Edit> edit = replaceRig(project, target.shotId, shifted);
        if (!edit)
            return edit;
        Edit named = std::move(edit).value();
        named.name = "Move camera " + target.name + "'s track";
        named.mergeKey = std::string(mergeKey);
        return named;
    }
    }
    return fail("target", "unknown item");
}

Result<Edit> planTurnEdit(const Project& project, const PlanDragTarget& target, double yawDeg,
                          std::string_view mergeKey)
{
    switch (target.kind) {
    case PlanDragTarget::Kind::Actor: return turnActor(project, target.name, yawDeg, mergeKey);
    case PlanDragTarget::Kind::ActorMark:
    case PlanDragTarget::Kind::Mark:
        return turnOnMark(project, target.sceneIndex, target.name, target.index, yawDeg, mergeKey);
    case PlanDragTarget::Kind::SetPiece: return turnSetPiece(project, target.name, yawDeg, mergeKey);
    case PlanDragTarget::Kind::Camera: {
        const double tilt = target.cameraAtPress ? target.cameraAtPress->tiltDeg : 0.0;
        const double roll = target.cameraAtPress ? target.cameraAtPress->rollDeg : 0.0;
        return aimCamera(project, target.name, yawDeg, tilt, roll, mergeKey);
    }
    case PlanDragTarget::Kind::ViaPoint:
    case PlanDragTarget::Kind::RailPoint:
        return fail("target", "a path point has no facing to turn");
    case PlanDragTarget::Kind::ShotTrack:
        return fail("target", "a shot camera's pan is keyed on its rig: turn it in the timeline");
    }
    return fail("target", "unknown item");
}

} // namespace murnau
