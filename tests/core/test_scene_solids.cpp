// The solids the glTF export meshes, against hand-derived coordinates: a 4 m wall cut around a
// centred door and a window, a three-step flight, a model with and without a collision box,
// and actor proxies (crown at the stature, the visor at the Drillis & Contini eye height 0.936 H
// on the face side, a heavy build wider but never taller).

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

#include <gtest/gtest.h>

#include "core/scene/scene_solids.h"

using namespace murnau;

namespace {

LocalBox box(double x0, double x1, double y0, double y1, double depth)
{
    return LocalBox{glm::dvec3((x0 + x1) / 2, (y0 + y1) / 2, 0.0), glm::dvec3(x1 - x0, y1 - y0, depth)};
}

void expectSameBoxes(std::vector<LocalBox> actual, std::vector<LocalBox> expected)
{
    auto order = [](const LocalBox& a, const LocalBox& b) {
        return std::tie(a.centerM.x, a.centerM.y) < std::tie(b.centerM.x, b.centerM.y);
    };
    std::sort(actual.begin(), actual.end(), order);
    std::sort(expected.begin(), expected.end(), order);
    ASSERT_EQ(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        for (int c = 0; c < 3; ++c) {
            EXPECT_NEAR(actual[i].centerM[c], expected[i].centerM[c], 1e-12) << "box " << i;
            EXPECT_NEAR(actual[i].sizeM[c], expected[i].sizeM[c], 1e-12) << "box " << i;
        }
    }
}

} // namespace

TEST(GltfExportShapes, AWallIsCutAroundItsDoorAndWindow)
{
    // 4 m long (x in [-2, 2]), 3 m high, 0.2 m thick; a 1 m door at the centre, 2 m high; a 0.5 m
    // window centred at x = 1.25, sill 1 m, 1 m high.
    SetPiece wall;
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = glm::dvec3(4.0, 3.0, 0.2);
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 1.0, 2.0, 0.0},
                     WallOpening{OpeningKind::Window, 1.25, 0.5, 1.0, 1.0}};
    const SetPieceSolid solid = setPieceSolid(wall);
    EXPECT_FALSE(solid.cylinder.has_value());
    expectSameBoxes(solid.boxes, {
                                     box(-2.0, -0.5, 0.0, 3.0, 0.2),   // left of the door, full height
                                     box(-0.5, 0.5, 2.0, 3.0, 0.2),    // lintel over the door
                                     box(0.5, 1.0, 0.0, 3.0, 0.2),     // between door and window
                                     box(1.0, 1.5, 0.0, 1.0, 0.2),     // below the window's sill
                                     box(1.0, 1.5, 2.0, 3.0, 0.2),     // above the window
                                     box(1.5, 2.0, 0.0, 3.0, 0.2),     // right of the window
                                 });
}

TEST(GltfExportShapes, StairsAreOneBlockPerStepClimbingTowardsMinusZ)
{
    // 1 m wide, 0.6 m rise over 0.9 m run in 3 steps: rise 0.2, going 0.3; the lowest step at +z.
    SetPiece stairs;
    stairs.shape = SetPieceShape::Stairs;
    stairs.sizeM = glm::dvec3(1.0, 0.6, 0.9);
    stairs.stepCount = 3;
    const SetPieceSolid solid = setPieceSolid(stairs);
    ASSERT_EQ(solid.boxes.size(), 3U);
    for (int k = 0; k < 3; ++k) {
        const LocalBox& step = solid.boxes[static_cast<std::size_t>(k)];
        EXPECT_NEAR(step.sizeM.y, 0.2 * (k + 1), 1e-12);
        EXPECT_NEAR(step.centerM.y, 0.1 * (k + 1), 1e-12);
        EXPECT_NEAR(step.centerM.z, 0.45 - 0.3 * (k + 0.5), 1e-12);
        EXPECT_NEAR(step.sizeM.z, 0.3, 1e-12);
        EXPECT_NEAR(step.sizeM.x, 1.0, 1e-12);
    }
}

TEST(GltfExportShapes, ModelsUseTheirCollisionBoxOrAPlaceholderCube)
{
    SetPiece model;
    model.shape = SetPieceShape::Model;
    model.sizeM = glm::dvec3(1.2, 1.05, 0.8);
    SetPieceSolid solid = setPieceSolid(model);
    EXPECT_FALSE(solid.placeholder);
    expectSameBoxes(solid.boxes, {box(-0.6, 0.6, 0.0, 1.05, 0.8)});

    model.sizeM = glm::dvec3(0.0);
    solid = setPieceSolid(model);
    EXPECT_TRUE(solid.placeholder);
    expectSameBoxes(solid.boxes, {box(-0.25, 0.25, 0.0, 0.5, 0.5)});

    SetPiece cylinder;
    cylinder.shape = SetPieceShape::Cylinder;
    cylinder.sizeM = glm::dvec3(0.5, 8.0, 0.5);
    solid = setPieceSolid(cylinder);
    ASSERT_TRUE(solid.cylinder.has_value());
    EXPECT_EQ(solid.cylinder->radiusM, 0.25);
    EXPECT_EQ(solid.cylinder->heightM, 8.0);
    EXPECT_TRUE(solid.boxes.empty());
}

TEST(GltfExportShapes, ActorProxiesHaveTheirStatureAndFaceMinusZ)
{
    Actor actor;
    actor.heightM = 1.8;
    const std::vector<ProxyPart> average = actorProxyParts(actor);
    double top = 0.0, bottom = 1.0, widest = 0.0;
    const LocalBox* visor = nullptr;
    for (const ProxyPart& part : average) {
        top = std::max(top, part.box.centerM.y + part.box.sizeM.y / 2);
        bottom = std::min(bottom, part.box.centerM.y - part.box.sizeM.y / 2);
        widest = std::max(widest, std::abs(part.box.centerM.x) + part.box.sizeM.x / 2);
        if (part.material == ProxyMaterial::Visor)
            visor = &part.box;
    }
    EXPECT_NEAR(top, 1.8, 1e-12);      // crown = stature
    EXPECT_NEAR(bottom, 0.0, 1e-12);   // soles on the floor
    ASSERT_NE(visor, nullptr);
    EXPECT_NEAR(visor->centerM.y, 0.936 * 1.8, 1e-12);   // eye height
    EXPECT_LT(visor->centerM.z, 0.0);                    // on the face, towards -Z

    actor.build = ActorBuild::Heavy;
    double heavyTop = 0.0, heavyWidest = 0.0;
    for (const ProxyPart& part : actorProxyParts(actor)) {
        heavyTop = std::max(heavyTop, part.box.centerM.y + part.box.sizeM.y / 2);
        heavyWidest = std::max(heavyWidest, std::abs(part.box.centerM.x) + part.box.sizeM.x / 2);
    }
    EXPECT_NEAR(heavyTop, 1.8, 1e-12);
    // The widest point is the arm's outer face: shoulder breadth / 2 + arm thickness / 2, both x girth.
    EXPECT_NEAR(heavyWidest, widest * 1.25, 1e-12);
    EXPECT_EQ(actorGirthFactor(ActorBuild::Slight), 0.85);
}
