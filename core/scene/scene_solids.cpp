// Set pieces and actors as the boxes and cylinders the glTF export meshes.

#include "core/scene/scene_solids.h"

#include <algorithm>
#include <cmath>

#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

constexpr double kEpsilonM = 1e-9;   // lengths closer than this (a nanometre) are the same edge

// A block spanning [x0, x1] x [y0, y1] along local x and y, through the whole depth.
LocalBox blockBetween(double x0, double x1, double y0, double y1, double depthM)
{
    return LocalBox{glm::dvec3((x0 + x1) / 2.0, (y0 + y1) / 2.0, 0.0), glm::dvec3(x1 - x0, y1 - y0, depthM)};
}

// A wall cut into columns at every opening's sides; each column solid except where openings cross it.
std::vector<LocalBox> wallBoxes(const SetPiece& wall)
{
    const double halfLengthM = wall.sizeM.x / 2.0;
    const double heightM = wall.sizeM.y;
    const double thicknessM = wall.sizeM.z;

    std::vector<double> edges{-halfLengthM, halfLengthM};
    for (const WallOpening& opening : wall.openings) {
        edges.push_back(std::clamp(opening.centerM - opening.widthM / 2.0, -halfLengthM, halfLengthM));
        edges.push_back(std::clamp(opening.centerM + opening.widthM / 2.0, -halfLengthM, halfLengthM));
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end(), [](double a, double b) { return b - a <= kEpsilonM; }),
                edges.end());

    std::vector<LocalBox> boxes;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const double x0 = edges[i];
        const double x1 = edges[i + 1];
        const double middle = (x0 + x1) / 2.0;
        // The openings this column passes through, lowest sill first.
        std::vector<const WallOpening*> across;
        for (const WallOpening& opening : wall.openings) {
            if (std::abs(middle - opening.centerM) < opening.widthM / 2.0)
                across.push_back(&opening);
        }
        std::sort(across.begin(), across.end(),
                  [](const WallOpening* a, const WallOpening* b) { return a->sillM < b->sillM; });
        double solidFromM = 0.0;
        for (const WallOpening* opening : across) {
            const double sillM = std::min(opening->sillM, heightM);
            if (sillM - solidFromM > kEpsilonM)
                boxes.push_back(blockBetween(x0, x1, solidFromM, sillM, thicknessM));
            solidFromM = std::max(solidFromM, opening->sillM + opening->heightM);
        }
        if (heightM - solidFromM > kEpsilonM)
            boxes.push_back(blockBetween(x0, x1, solidFromM, heightM, thicknessM));
    }
    return boxes;
}

// One block per step, from the floor to its tread; the lowest step at local +z (the flight climbs towards -z).
std::vector<LocalBox> stairBoxes(const SetPiece& stairs)
{
    const int steps = std::max(stairs.stepCount, 1);
    const double riseM = stairs.sizeM.y / steps;
    const double treadM = stairs.sizeM.z / steps;
    const double halfRunM = stairs.sizeM.z / 2.0;
    std::vector<LocalBox> boxes;
    boxes.reserve(static_cast<std::size_t>(steps));
    for (int k = 0; k < steps; ++k) {
        const double topM = (k + 1) * riseM;
        boxes.push_back(LocalBox{glm::dvec3(0.0, topM / 2.0, halfRunM - (k + 0.5) * treadM),
                                 glm::dvec3(stairs.sizeM.x, topM, treadM)});
    }
    return boxes;
}

// A box standing on the local origin.
LocalBox standingBox(const glm::dvec3& sizeM)
{
    return LocalBox{glm::dvec3(0.0, sizeM.y / 2.0, 0.0), sizeM};
}

} // namespace

SetPieceSolid setPieceSolid(const SetPiece& piece)
{
    SetPieceSolid solid;
    switch (piece.shape) {
    case SetPieceShape::Box:
        solid.boxes.push_back(standingBox(piece.sizeM));
        break;
    case SetPieceShape::Cylinder:
        solid.cylinder = LocalCylinder{piece.sizeM.x / 2.0, piece.sizeM.y};
        break;
    case SetPieceShape::Wall:
        solid.boxes = wallBoxes(piece);
        break;
    case SetPieceShape::Stairs:
        solid.boxes = stairBoxes(piece);
        break;
    case SetPieceShape::Model:
        // The collision box is the model's known extent (the plan draws it the same way); a
        // model without one (any extent not positive) becomes a placeholder cube.
        if (piece.sizeM.x > 0.0 && piece.sizeM.y > 0.0 && piece.sizeM.z > 0.0) {
            solid.boxes.push_back(standingBox(piece.sizeM));
        } else {
            solid.boxes.push_back(standingBox(glm::dvec3(kModelPlaceholderSizeM)));
            solid.placeholder = true;
        }
        break;
    }
    return solid;
}

double actorGirthFactor(ActorBuild build) noexcept
{
    switch (build) {
    case ActorBuild::Slight:
        return 0.85;
    case ActorBuild::Average:
        return 1.0;
    case ActorBuild::Heavy:
        return 1.25;
    }
    return 1.0;
}

std::vector<ProxyPart> actorProxyParts(const Actor& actor)
{
    // Breadths and depths as fractions of stature for an average build: the styling values of
    // qml/ActorProxy.qml (the table gives heights, lengths and shoulder, hip and foot widths).
    const double girth = actorGirthFactor(actor.build);
    const double headWidth = 0.085;
    const double headDepth = 0.105;
    const double neckDiameter = 0.05 * girth;
    const double shoulderWidth = segment::kShoulderWidth * girth;
    const double hipWidth = segment::kHipWidth * girth;
    const double torsoWidth = 0.8 * shoulderWidth;
    const double torsoDepth = 0.12 * girth;
    const double pelvisDepth = 0.11 * girth;
    const double thighDiameter = 0.08 * girth;
    const double shankDiameter = 0.055 * girth;
    const double upperArmDiameter = 0.045 * girth;
    const double forearmDiameter = 0.038 * girth;
    const double handWidth = 0.025;
    const double handDepth = 0.05;
    const double legX = hipWidth / 4.0;
    const double armX = shoulderWidth / 2.0;
    const double elbowHeight = landmark::kShoulder - segment::kUpperArm;
    const double wristHeight = elbowHeight - segment::kForearm;

    std::vector<ProxyPart> parts;
    // Centre and size in fractions of stature; scaled to metres here.
    const double h = actor.heightM;
    auto add = [&](glm::dvec3 centre, glm::dvec3 size, ProxyMaterial material = ProxyMaterial::Body) {
        parts.push_back(ProxyPart{LocalBox{centre * h, size * h}, material});
    };
    add({0.0, (landmark::kCrown + landmark::kChin) / 2.0, 0.0}, {headWidth, landmark::kCrown - landmark::kChin, headDepth});
    add({0.0, landmark::kEye, -0.4 * headDepth}, {0.72 * headWidth, 0.014, 0.3 * headDepth}, ProxyMaterial::Visor);
    add({0.0, (landmark::kShoulder + landmark::kChin) / 2.0, 0.0},
        {neckDiameter, landmark::kChin - landmark::kShoulder + 0.02, neckDiameter});
    add({0.0, (landmark::kWaist + landmark::kShoulder) / 2.0, 0.0},
        {torsoWidth, landmark::kShoulder - landmark::kWaist, torsoDepth});
    add({0.0, (landmark::kHip + landmark::kWaist) / 2.0, 0.0},
        {hipWidth, landmark::kWaist - landmark::kHip + 0.04, pelvisDepth});
    for (const double side : {-1.0, 1.0}) {
        add({side * armX, landmark::kShoulder - segment::kUpperArm / 2.0, 0.0},
            {upperArmDiameter, segment::kUpperArm, upperArmDiameter});
        add({side * armX, elbowHeight - segment::kForearm / 2.0, 0.0},
            {forearmDiameter, segment::kForearm, forearmDiameter});
        add({side * armX, wristHeight - segment::kHand / 2.0, 0.0}, {handWidth, segment::kHand, handDepth});
        add({side * legX, (landmark::kKnee + landmark::kHip) / 2.0, 0.0},
            {thighDiameter, landmark::kHip - landmark::kKnee, thighDiameter});
        add({side * legX, (landmark::kAnkle + landmark::kKnee) / 2.0, 0.0},
            {shankDiameter, landmark::kKnee - landmark::kAnkle, shankDiameter});
        add({side * legX, landmark::kAnkle / 2.0, -0.25 * segment::kFootLength},
            {segment::kFootWidth, landmark::kAnkle, segment::kFootLength});
    }
    return parts;
}

} // namespace murnau
