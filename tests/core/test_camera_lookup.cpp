// Camera setups by name (core/scene/camera_lookup.h).

#include <gtest/gtest.h>

#include "core/scene/camera_lookup.h"

using namespace murnau;

TEST(CameraLookup, FindsTheSetupOfThatNameOrNone)
{
    Project project;
    project.cameras.resize(2);
    project.cameras[0].name = "A";
    project.cameras[1].name = "B";
    EXPECT_EQ(findCamera(project, "B"), &project.cameras[1]);
    EXPECT_EQ(findCamera(project, "A"), &project.cameras[0]);
    EXPECT_EQ(findCamera(project, "b"), nullptr);   // names are case-sensitive, as shots write them
    EXPECT_EQ(findCamera(project, ""), nullptr);
    EXPECT_EQ(findCamera(Project{}, "A"), nullptr);
}
