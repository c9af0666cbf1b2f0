// MoveSpecs from a project (core/moves/project_move_spec.h), on the demo: in scene 1 Anna walks
// from her mark "start" at (-18.4, 0, -9.275) to "end" at (-5.8, 0, -9.275), 12.6 m in 9 s
// (6350400000 flicks), 1.4 m/s along +X. Shot sh-0001 starts 1 s into the action (705600000
// flicks), so at its first instant she is 1.4 m along: (-17.0, 0, -9.275), facing her walk:
// atan2(-Tx, -Tz) for T = (1, 0, 0), -90 deg (blocking.h). The shot uses camera A (32 mm) and
// lasts 5644800000 flicks = 8 s at 24 fps.

#include <gtest/gtest.h>

#include "core/moves/project_move_spec.h"
#include "core/scene/project_json.h"

namespace murnau {
namespace {

Project demo()
{
    Result<Project> project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    EXPECT_TRUE(project.ok()) << (project.ok() ? "" : project.error().describe());
    return project.ok() ? std::move(project).value() : Project{};
}

TEST(ProjectMoveSpec, TakesTheShotsCameraTimingAndTheSubjectWhereTheBlockingPutsThem)
{
    const Project project = demo();
    const Result<MoveSpec> spec = moveSpecForShot(project, "sh-0001", "Anna");
    ASSERT_TRUE(spec.ok()) << spec.error().describe();
    EXPECT_EQ(spec->subject.name, "Anna");
    EXPECT_DOUBLE_EQ(spec->subject.heightM, 1.68);
    EXPECT_NEAR(spec->subject.positionM.x, -17.0, 1e-9);
    EXPECT_NEAR(spec->subject.positionM.z, -9.275, 1e-9);
    EXPECT_NEAR(spec->subject.facingDeg, -90.0, 1e-9);
    EXPECT_EQ(spec->camera.name, "A");
    EXPECT_DOUBLE_EQ(spec->camera.focalLengthMm, 32.0);
    EXPECT_EQ(spec->durationFlicks, 8 * kFlicksPerSecond);
    EXPECT_EQ(spec->frameRate, (FrameRate{24, 1}));
}

TEST(ProjectMoveSpec, RefusesUnknownShotsAndActors)
{
    const Project project = demo();
    const Result<MoveSpec> noShot = moveSpecForShot(project, "sh-9999", "Anna");
    ASSERT_FALSE(noShot.ok());
    EXPECT_EQ(noShot.error().field, "shotId");
    const Result<MoveSpec> noActor = moveSpecForShot(project, "sh-0001", "Zoe");
    ASSERT_FALSE(noActor.ok());
    EXPECT_EQ(noActor.error().field, "subject");
    EXPECT_NE(noActor.error().message.find("Anna, Ben, Chloe, Dev"), std::string::npos) << noActor.error().message;
    const Result<Actor> named = findSubject(project, "Chloe", "--subject");
    ASSERT_TRUE(named.ok());
    EXPECT_DOUBLE_EQ(named->heightM, 1.25);
    EXPECT_FALSE(findSubject(Project{}, "Anna").ok());
}

} // namespace
} // namespace murnau
